import type { Answers } from "../schema/answers";
import type { Catalog, Gpu } from "../schema/catalog";
import { BITS_PER_WEIGHT, DECODE_EFFICIENCY, HOURS_PER_MONTH, QUANT_PREFERENCE, RENTED_GPU_COUNTS } from "./assumptions";
import { cents, rentedCostUsd, rentedReplicas } from "./cost";
import { gb } from "./format";
import { deviceBytes } from "./memory";
import { hasMemory, type MemoryByQuant } from "./memory-table";
import { anyRegion, listLabel, regionAllowed } from "./regions";
import { busyHoursPerMonth, servingTokensPerSecond } from "./speed";
import { newCandidate } from "./candidate";
import type { Candidate, EngineContext, IndexedRental, ModelFacts } from "./types";

/** A GPU type with its cheapest allowed rental; `bandwidth` is DECODE_EFFICIENCY x bytes per second, undefined when unknown. */
export type RentableGpu = { gpu: Gpu; rental: IndexedRental; oneBytes: number; bandwidth: number | undefined };

// Module-local copies of the tables the search reads in its innermost loop.
const QUANTS = QUANT_PREFERENCE;
const BITS: readonly number[] = QUANT_PREFERENCE.map((q) => BITS_PER_WEIGHT[q]);
const COUNTS = RENTED_GPU_COUNTS;
const HOURS = HOURS_PER_MONTH;
const NO_REGIONS: readonly string[] = [];
const ON_PREM: readonly string[] = ["on-prem"];

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
    const bandwidth = gpu.bandwidthGBs === undefined ? undefined : DECODE_EFFICIENCY * gpu.bandwidthGBs * 1e9;
    if (best) out.push({ gpu, rental: best, oneBytes: deviceBytes(gpu, 1), bandwidth });
  }
  return out;
}

const MISSING = "missing-data";

/** The model lacks the figures its memory needs: no deployment can be sized. */
export function missingData(facts: ModelFacts, kind: "cloud-gpu" | "own-hardware"): Candidate {
  const { model } = facts;
  const c = newCandidate(`${kind === "cloud-gpu" ? "cloud" : "own"}:${model.id}`, facts, kind, kind === "cloud-gpu" ? NO_REGIONS : ON_PREM, model.contextTokens);
  c.problems = [{ code: MISSING, message: `The catalog lacks the parameter count or attention dimensions of ${model.name}, so its memory cannot be computed.` }];
  return c;
}

/**
 * The cheapest GPU type x count x quantization that holds the model, on rented GPUs. A numeric
 * search over plain locals; the candidate is built once, for the winner. `outputTokens` is the
 * monthly decode load.
 */
export function cloudCandidate(facts: ModelFacts, answers: Answers, rentable: RentableGpu[], mem: MemoryByQuant, outputTokens: number): Candidate {
  const { model } = facts;
  if (!model.params || !hasMemory(mem)) return missingData(facts, "cloud-gpu");
  if (rentable.length === 0) {
    const where = anyRegion(answers) ? "any region" : listLabel(answers.regions);
    const c = newCandidate(`cloud:${model.id}`, facts, "cloud-gpu", NO_REGIONS, model.contextTokens);
    c.problems = [{ code: "no-rental", message: `No published on-demand GPU rental price in ${where}.` }];
    return c;
  }
  // Per quantization, the bytes each token reads; per GPU type, its effective bandwidth (see speed.ts:
  // the same products in the same order, so the figures equal decodeTokensPerSecond's).
  const activeB = model.params.activeB;
  let bestQi = -1;
  let bestR: RentableGpu | undefined;
  let bestCount = 0;
  let bestTps = 0;
  let bestBusy = 0;
  let bestUsd = 0;
  for (let qi = 0; qi < QUANTS.length; qi++) {
    const m = mem[qi];
    if (!m) continue;
    const need = m.totalBytes;
    const bytesPerToken = (activeB * 1e9 * BITS[qi]!) / 8;
    for (let g = 0; g < rentable.length; g++) {
      const r = rentable[g]!;
      let count = 0;
      for (let k = 0; k < COUNTS.length; k++) {
        if (need <= r.oneBytes * COUNTS[k]!) {
          count = COUNTS[k]!;
          break;
        }
      }
      if (count === 0 || r.bandwidth === undefined) continue;
      const price = r.rental.usdPerGpuHour;
      // One replica all month is the least this setup can cost: skip it when that already loses.
      if (bestR && cents(price * count * HOURS) > bestUsd) continue;
      const tps = (r.bandwidth * count) / bytesPerToken;
      const busy = busyHoursPerMonth(outputTokens, servingTokensPerSecond(tps));
      const usd = cents(price * count * HOURS * rentedReplicas(busy));
      if (!bestR || usd < bestUsd || (usd === bestUsd && (qi < bestQi || (qi === bestQi && r.gpu.id < bestR.gpu.id)))) {
        bestQi = qi;
        bestR = r;
        bestCount = count;
        bestTps = tps;
        bestBusy = busy;
        bestUsd = usd;
      }
    }
  }
  const quant = QUANT_PREFERENCE[bestQi];
  const memory = mem[bestQi];
  if (bestR && quant && memory) {
    const { gpu, rental } = bestR;
    const regions = rental.region === "global" ? (anyRegion(answers) ? ["global"] : answers.regions.slice()) : [rental.region];
    const c = newCandidate(`cloud:${model.id}:${gpu.id}x${bestCount}:${quant}`, facts, "cloud-gpu", regions, model.contextTokens);
    c.gpu = gpu;
    c.gpuCount = bestCount;
    c.quant = quant;
    c.rental = rental;
    c.rentalIndex = rental.index;
    c.memory = memory;
    c.tokensPerSecond = bestTps;
    c.busyHours = bestBusy;
    c.costUsd = rentedCostUsd(rental.usdPerGpuHour, bestCount, bestBusy);
    return c;
  }
  const smallest = mem[QUANT_PREFERENCE.indexOf("q4")] ?? mem.findLast((m) => m !== undefined);
  const c = newCandidate(`cloud:${model.id}`, facts, "cloud-gpu", NO_REGIONS, model.contextTokens);
  c.problems = [{ code: "hardware-fit", message: `${model.name} needs ${smallest ? gb(smallest.totalBytes) : "more memory"} even at q4; no rentable GPU type holds it in ${Math.max(...RENTED_GPU_COUNTS)} GPUs.` }];
  return c;
}
