import type { Option } from "../../lib/schema/recommendation";
import { format, regionsText } from "../../lib/vocab";
import type { Memo } from "../context";
import type { Block } from "../pdf/pager";
import { run, type Run } from "../pdf/text-layout";
import { CELL, labelTable, part } from "./card-parts";

/**
 * A self-hosted option's serving figures: the setup, runtime and parallelism, the memory it needs,
 * the decode speed per request as a range, the time to the first token, what it serves at once, and
 * the rental behind it. Absent for an API option.
 */
export function servingBlock(m: Memo, o: Option, x: number): Block | undefined {
  const { p, S, W } = m;
  const d = o.deployment;
  if (d.kind === "api") return undefined;
  const v = S.serving;
  const text = (t: string): Run[] => [run(t, CELL)];
  const rows: { label: string; value: Run[] }[] = [];
  const gpu = d.gpuName ?? d.gpu ?? "GPU";
  rows.push({ label: v.setup, value: text(v.setupValue(d.gpuCount ?? 1, gpu, d.quantization ? W.quant(d.quantization) : "", d.replicas ?? 1)) });
  const runtime = [d.runtime ? W.runtime(d.runtime) : undefined, d.parallelism ? W.parallelism(d.parallelism) : undefined, d.kvDtype ? `KV ${W.quant(d.kvDtype)}` : undefined].filter((s) => s !== undefined);
  if (runtime.length > 0) rows.push({ label: v.runtime, value: text(runtime.join(", ")) });
  const mem = o.memory;
  if (mem) {
    const gb = format.gigabytes;
    const perGpu = mem.perGpuBytes !== undefined && (d.gpuCount ?? 1) > 1 ? gb(mem.perGpuBytes) : undefined;
    rows.push({ label: v.memory, value: text(v.memoryValue(gb(mem.weightsBytes), gb(mem.kvCacheBytes), mem.overheadBytes ? gb(mem.overheadBytes) : undefined, gb(mem.totalBytes), perGpu)) });
  }
  if (o.tokensPerSecond !== undefined) {
    const r = o.tokensPerSecondRange ?? { low: o.tokensPerSecond, high: o.tokensPerSecond };
    rows.push({ label: v.speed, value: text(v.speedValue(format.speed(r.low), format.speed(r.high), format.speed(o.tokensPerSecond))) });
  }
  if (o.aggregateTokensPerSecond !== undefined && o.concurrencyServed !== undefined) {
    rows.push({ label: v.aggregate, value: text(v.aggregateValue(format.speed(o.aggregateTokensPerSecond), o.concurrencyServed)) });
  }
  const t = o.timeToFirstTokenSeconds;
  if (t) rows.push({ label: v.ttft, value: text(v.ttftValue(format.seconds(t.value), format.seconds(t.low), format.seconds(t.high))) });
  const rental = d.rental;
  if (rental) {
    const where = [rental.location, regionsText(d, W)].filter((s) => s !== undefined && s !== "").join(", ");
    rows.push({ label: v.rental, value: text(v.rentalValue(rental.provider, where, W.money(rental.usdPerGpuHour), rental.kind)) });
  }
  return part(p, v.head, [labelTable(p, rows, x)], x);
}
