import type { Option } from "@/lib/schema/recommendation";
import { format, type Words } from "@/lib/vocab";
import { speedLine, ttftLine } from "./option-words";
import { inLocale } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";


/**
 * How a self-hosted option runs: runtime, parallelism, weight format, the requests it serves at
 * once, per-request speed and time to the first token with the ranges of their accuracy class,
 * and memory. An API lists what the catalog knows of its speed.
 */
export function ServingFacts({ o, W }: { o: Option; W: Words }) {
  const d = o.deployment;
  const rows: [string, string][] = [];
  const r = inLocale(RESULTS, W.locale);
  const k = r.serving;
  if (d.runtime) rows.push([k.runtime, W.runtime(d.runtime)]);
  if (d.parallelism) rows.push([k.parallelism, `${W.parallelism(d.parallelism)}${d.gpuCount && d.gpuCount > 1 ? r.gpus(d.gpuCount) : ""}`]);
  if (d.quantization) rows.push([k.format, W.quant(d.quantization)]);
  if (d.kvDtype) rows.push([k.kv, W.quant(d.kvDtype)]);
  if ((d.replicas ?? 1) > 1) rows.push([k.replicas, format.count(d.replicas ?? 1)]);
  if (o.concurrencyServed !== undefined) rows.push([k.serves, r.requests(format.count(o.concurrencyServed), o.concurrencyServed === 1)]);
  const s = speedLine(o, W.locale);
  if (s) rows.push([k.speed, s]);
  if (o.aggregateTokensPerSecond !== undefined && o.concurrencyServed !== undefined && o.concurrencyServed > 1) rows.push([k.all, r.tokensPerSecond(format.speed(o.aggregateTokensPerSecond))]);
  const t = ttftLine(o);
  if (t) rows.push([k.firstToken, t]);
  if (o.memory) {
    const m = o.memory;
    rows.push([k.memory, r.memoryLine(format.gigabytes(m.totalBytes), format.gigabytes(m.weightsBytes), format.gigabytes(m.kvCacheBytes), m.perGpuBytes !== undefined && (d.gpuCount ?? 1) > 1 ? format.gigabytes(m.perGpuBytes) : "")]);
  }
  if (d.rental) rows.push([k.gpuPrice, r.gpuPriceLine(W.money(d.rental.usdPerGpuHour), d.rental.provider, d.serverless === true)]);
  if (rows.length === 0) return <p className="mt-1 text-muted">{k.noSpeed}</p>;
  return (
    <dl className="facts-grid">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
