import type { Answers } from "../schema/answers";
import type { Catalog, Gpu } from "../schema/catalog";
import type { Quantization } from "../schema/common";
import { HOURS_PER_MONTH, QUANT_PREFERENCE, RENTED_GPU_COUNTS, SERVING_BATCH } from "./assumptions";
import { cents, rentedCost, rentedReplicas } from "./cost";
import { count as fmtCount, gb, usd } from "./format";
import { computeMemory, deviceBytes, type MemoryEstimate } from "./memory";
import { anyRegion, listLabel, regionAllowed } from "./regions";
import { busyHoursPerMonth, decodeTokensPerSecond, outputTokensPerMonth, servingTokensPerSecond } from "./speed";
import type { Candidate, EngineContext, IndexedRental, ModelFacts } from "./types";

export type RentableGpu = { gpu: Gpu; rental: IndexedRental; oneBytes: number };

/**
 * The cheapest published on-demand price per GPU type in an allowed region (a `global` list price
 * counts for every region). Non-USD prices are converted with catalog.fx, or skipped without it.
 */
export function rentableGpus(answers: Answers, ctx: EngineContext): RentableGpu[] {
  const fx: Catalog["fx"] = ctx.catalog.fx;
  const out: RentableGpu[] = [];
  for (const gpu of ctx.gpus) {
    let best: IndexedRental | undefined;
    for (const [index, r] of gpu.rentals.entries()) {
      if (r.kind !== "on-demand" || !regionAllowed(answers, r.region)) continue;
      const rate = r.currency === "USD" ? 1 : fx?.usdPer[r.currency];
      if (rate === undefined) continue;
      const price = r.pricePerGpuHour * rate;
      if (!best || price < best.usdPerGpuHour || (price === best.usdPerGpuHour && r.provider < best.provider)) {
        best = { provider: r.provider, region: r.region, usdPerGpuHour: price, source: r.source, asOf: r.asOf, index };
      }
    }
    if (best) out.push({ gpu, rental: best, oneBytes: deviceBytes(gpu, 1) });
  }
  return out;
}

/** Memory per quantization for the answers' context and the serving batch: computed once per model. */
export function memoryByQuant(facts: ModelFacts, answers: Answers): Map<string, MemoryEstimate> {
  const out = new Map<string, MemoryEstimate>();
  for (const q of QUANT_PREFERENCE) {
    const m = computeMemory(facts.model, { quant: q, contextTokens: answers.minContextTokens, batch: SERVING_BATCH });
    if (m) out.set(q, m);
  }
  return out;
}

/** The cheapest GPU type x count x quantization that holds the model, on rented GPUs. */
export function cloudCandidate(facts: ModelFacts, answers: Answers, rentable: RentableGpu[], mem: Map<string, MemoryEstimate>): Candidate {
  const { model } = facts;
  const base = { facts, kind: "cloud-gpu" as const, regions: [], contextTokens: model.contextTokens, cost: { usd: 0, note: "" } };
  if (mem.size === 0 || !model.params) {
    return { ...base, id: `cloud:${model.id}`, problems: [{ code: "missing-data", message: `The catalog lacks the parameter count or attention dimensions of ${model.name}, so its memory cannot be computed.` }] };
  }
  if (rentable.length === 0) {
    const where = anyRegion(answers) ? "any region" : listLabel(answers.regions);
    return { ...base, id: `cloud:${model.id}`, problems: [{ code: "no-rental", message: `No published on-demand GPU rental price in ${where}.` }] };
  }
  const output = outputTokensPerMonth(answers.tokensPerMonth, answers.inputShare);
  // Numbers only in the search; the candidate and its sentences are built once, for the winner.
  let best: { quant: Quantization; qi: number; m: MemoryEstimate; gpu: Gpu; rental: IndexedRental; count: number; tps: number; busy: number; usd: number } | undefined;
  QUANT_PREFERENCE.forEach((quant, qi) => {
    const m = mem.get(quant);
    if (!m || !model.params) return;
    for (const { gpu, rental, oneBytes } of rentable) {
      let count = 0;
      for (const n of RENTED_GPU_COUNTS) {
        if (m.totalBytes <= oneBytes * n) {
          count = n;
          break;
        }
      }
      if (count === 0) continue;
      // One replica all month is the least this setup can cost: skip it when that already loses.
      if (best && cents(rental.usdPerGpuHour * count * HOURS_PER_MONTH) > best.usd) continue;
      const tps = decodeTokensPerSecond(model.params.activeB, quant, gpu, count);
      if (tps === undefined) continue;
      const busy = busyHoursPerMonth(output, servingTokensPerSecond(tps));
      const cost = cents(rental.usdPerGpuHour * count * HOURS_PER_MONTH * rentedReplicas(busy));
      const better = !best || cost < best.usd || (cost === best.usd && (qi < best.qi || (qi === best.qi && gpu.id < best.gpu.id)));
      if (better) best = { quant, qi, m, gpu, rental, count, tps, busy, usd: cost };
    }
  });
  if (best) {
    const { quant, m, gpu, rental, count, tps, busy } = best;
    const cost = rentedCost(rental.usdPerGpuHour, count, busy);
    const { index, ...choice } = rental;
    return {
      ...base,
      id: `cloud:${model.id}:${gpu.id}x${count}:${quant}`,
      regions: rental.region === "global" ? (anyRegion(answers) ? ["global"] : [...answers.regions]) : [rental.region],
      gpu, gpuCount: count, quant, rental: choice, rentalIndex: index, memory: m, tokensPerSecond: tps, busyHours: busy,
      cost: { usd: cost.usd, note: `${cost.note}, ${rental.provider} (${rental.region}) at ${usd(rental.usdPerGpuHour)}/GPU-hour` },
      problems: [],
      choice: `${quant} on ${count} x ${gpu.name}: needs ${gb(m.totalBytes)} for weights, KV cache of ${SERVING_BATCH} x ${fmtCount(answers.minContextTokens)} tokens and runtime overhead; the cheapest fit at ${usd(cost.usd)} a month (${HOURS_PER_MONTH} h always on at least)`,
    };
  }
  const smallest = mem.get("q4") ?? [...mem.values()].at(-1);
  return { ...base, id: `cloud:${model.id}`, problems: [{ code: "hardware-fit", message: `${model.name} needs ${smallest ? gb(smallest.totalBytes) : "more memory"} even at q4; no rentable GPU type holds it in ${Math.max(...RENTED_GPU_COUNTS)} GPUs.` }] };
}
