import type { Answers } from "../schema/answers";
import type { Catalog, Gpu } from "../schema/catalog";
import { HOURS_PER_MONTH, QUANT_PREFERENCE, RENTED_GPU_COUNTS, SERVING_BATCH } from "./assumptions";
import { rentedCost } from "./cost";
import { gb, usd } from "./format";
import { computeMemory, deviceBytes, type MemoryEstimate } from "./memory";
import { anyRegion, listLabel, regionAllowed } from "./regions";
import { busyHoursPerMonth, decodeTokensPerSecond, outputTokensPerMonth, servingTokensPerSecond } from "./speed";
import type { Candidate, EngineContext, IndexedRental, ModelFacts } from "./types";

export type RentableGpu = { gpu: Gpu; rental: IndexedRental };

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
    if (best) out.push({ gpu, rental: best });
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
  let best: Candidate | undefined;
  let bestRank = 0;
  QUANT_PREFERENCE.forEach((quant, qi) => {
    const m = mem.get(quant);
    if (!m || !model.params) return;
    for (const { gpu, rental } of rentable) {
      const one = deviceBytes(gpu, 1);
      const count = RENTED_GPU_COUNTS.find((c) => m.totalBytes <= one * c);
      if (count === undefined) continue;
      const tps = decodeTokensPerSecond(model.params.activeB, quant, gpu, count);
      if (tps === undefined) continue;
      const busy = busyHoursPerMonth(output, servingTokensPerSecond(tps));
      const cost = rentedCost(rental.usdPerGpuHour, count, busy);
      const better = !best || cost.usd < best.cost.usd || (cost.usd === best.cost.usd && (qi < bestRank || (qi === bestRank && gpu.id < (best.gpu?.id ?? ""))));
      if (!better) continue;
      bestRank = qi;
      const regions = rental.region === "global" ? (anyRegion(answers) ? ["global"] : [...answers.regions]) : [rental.region];
      best = {
        ...base,
        id: `cloud:${model.id}:${gpu.id}x${count}:${quant}`,
        gpu, gpuCount: count, quant, rental: { provider: rental.provider, region: rental.region, usdPerGpuHour: rental.usdPerGpuHour, source: rental.source, asOf: rental.asOf }, rentalIndex: rental.index, regions, memory: m, tokensPerSecond: tps, busyHours: busy,
        cost: { usd: cost.usd, note: `${cost.note}, ${rental.provider} (${rental.region}) at ${usd(rental.usdPerGpuHour)}/GPU-hour` },
        problems: [],
        choice: `${quant} on ${count} x ${gpu.name}: needs ${gb(m.totalBytes)} for weights, KV cache of ${SERVING_BATCH} x ${answers.minContextTokens.toLocaleString("en-US")} tokens and runtime overhead; the cheapest fit at ${usd(cost.usd)} a month (${Math.round(HOURS_PER_MONTH)} h always on minimum)`,
      };
    }
  });
  if (best) return best;
  const smallest = mem.get("q4") ?? [...mem.values()].at(-1);
  return { ...base, id: `cloud:${model.id}`, problems: [{ code: "hardware-fit", message: `${model.name} needs ${smallest ? gb(smallest.totalBytes) : "more memory"} even at q4; no rentable GPU type holds it in ${Math.max(...RENTED_GPU_COUNTS)} GPUs.` }] };
}
