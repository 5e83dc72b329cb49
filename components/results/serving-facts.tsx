import type { Option } from "@/lib/schema/recommendation";
import { format, type Words } from "@/lib/vocab";
import { speedLine, ttftLine } from "./option-words";

/**
 * How a self-hosted option runs: runtime, parallelism, weight format, the requests it serves at
 * once, per-request speed and time to the first token with the ranges of their accuracy class,
 * and memory. An API lists what the catalog knows of its speed.
 */
export function ServingFacts({ o, W }: { o: Option; W: Words }) {
  const d = o.deployment;
  const rows: [string, string][] = [];
  if (d.runtime) rows.push(["Runtime", W.runtime(d.runtime)]);
  if (d.parallelism) rows.push(["Parallelism", `${W.parallelism(d.parallelism)}${d.gpuCount && d.gpuCount > 1 ? `, ${d.gpuCount} GPUs` : ""}`]);
  if (d.quantization) rows.push(["Weight format", W.quant(d.quantization)]);
  if (d.kvDtype) rows.push(["KV cache", W.quant(d.kvDtype)]);
  if ((d.replicas ?? 1) > 1) rows.push(["Replicas", format.count(d.replicas ?? 1)]);
  if (o.concurrencyServed !== undefined) rows.push(["Serves at once", `${format.count(o.concurrencyServed)} ${o.concurrencyServed === 1 ? "request" : "requests"}`]);
  const s = speedLine(o);
  if (s) rows.push(["Speed per request", s]);
  if (o.aggregateTokensPerSecond !== undefined && o.concurrencyServed !== undefined && o.concurrencyServed > 1) rows.push(["All requests together", `${format.speed(o.aggregateTokensPerSecond)} tokens/s`]);
  const t = ttftLine(o);
  if (t) rows.push(["First token", t]);
  if (o.memory) {
    const m = o.memory;
    rows.push(["Memory", `${format.gigabytes(m.totalBytes)} (weights ${format.gigabytes(m.weightsBytes)}, KV cache ${format.gigabytes(m.kvCacheBytes)}${m.perGpuBytes !== undefined && (d.gpuCount ?? 1) > 1 ? `; ${format.gigabytes(m.perGpuBytes)} per GPU` : ""})`]);
  }
  if (d.rental) rows.push(["GPU price", `${W.money(d.rental.usdPerGpuHour)} per GPU-hour (${d.rental.provider}${d.serverless ? ", serverless: billed per second of work" : ", always on"})`]);
  if (rows.length === 0) return <p className="mt-1 text-muted">The catalog has no measured speed for this API.</p>;
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
