import { HOURS_PER_MONTH, RENTED_GPU_COUNTS, SERVERLESS_BUSY_SHARE } from "../core/assumptions";
import type { Candidate, GpuEntry, ModelFacts, RentalChoice } from "../core/types";
import { cents } from "../cost/api";
import { formatChoices, type PhysGpu } from "../physics";
import type { Answers } from "../schema/answers";
import { msg } from "../vocab/messages";
import { newCandidate } from "./candidate";
import type { Context } from "./context";
import { anyRegion, regionAllowed } from "../core/regions";
import { estimateOf, isSized, prepared, sizeSetup, type SizeFailure, type Sized } from "./sizing";

/**
 * Rented GPUs by documented region (issue 18 item 1): a rental satisfies region R only through a
 * row whose documented data-centre region is R; marketplace listings have no region and count
 * only when any region is allowed. A cloud whose operator's country the user excludes is left
 * out. Per GPU type, the cheapest on-demand row and the cheapest serverless row that qualify.
 */
export type Rentable = { entry: GpuEntry & { phys: PhysGpu }; onDemand?: RentalChoice; serverless?: RentalChoice };

export function rentableGpus(a: Answers, ctx: Context): { rentable: Rentable[]; marketplaceOnly: boolean } {
  const out: Rentable[] = [];
  let marketplaceOnly = false;
  for (const entry of ctx.gpus) {
    if (!entry.phys) continue;
    let onDemand: RentalChoice | undefined;
    let serverless: RentalChoice | undefined;
    entry.gpu.rentals.forEach((r, index) => {
      const cloud = ctx.cloudById.get(r.cloud);
      if (!cloud || (r.kind !== "on-demand" && r.kind !== "serverless")) return;
      const marketplace = r.marketplace ?? cloud.marketplace;
      const placed = marketplace || r.region === undefined ? anyRegion(a) : regionAllowed(a, r.region);
      if (!placed) {
        if (marketplace) marketplaceOnly = true;
        return;
      }
      if (a.excludedOperatorCountries.includes(cloud.operator.country)) return;
      const rate = r.currency === "USD" ? 1 : ctx.catalog.fx?.[r.currency]?.usdPer;
      if (rate === undefined) return;
      const choice: RentalChoice = { rental: r, cloud, index, usdPerGpuHour: r.pricePerGpuHour * rate, marketplace };
      const better = (b: RentalChoice | undefined) => !b || choice.usdPerGpuHour < b.usdPerGpuHour || (choice.usdPerGpuHour === b.usdPerGpuHour && cloud.id < b.cloud.id);
      if (r.kind === "on-demand" && better(onDemand)) onDemand = choice;
      if (r.kind === "serverless" && better(serverless)) serverless = choice;
    });
    if (onDemand || serverless) out.push({ entry: entry as Rentable["entry"], ...(onDemand ? { onDemand } : {}), ...(serverless ? { serverless } : {}) });
  }
  return { rentable: out, marketplaceOnly: marketplaceOnly && out.length === 0 };
}

type Best = { sized: Sized; r: Rentable; count: number; choice: RentalChoice; serverless: boolean; usd: number };

function costOf(s: Sized, count: number, r: Rentable): { choice: RentalChoice; serverless: boolean; usd: number } | undefined {
  const always = r.onDemand ? cents(r.onDemand.usdPerGpuHour * count * s.replicas * HOURS_PER_MONTH) : undefined;
  // Serverless when the fleet is busy under a quarter of the month (the stated rule).
  const server = r.serverless && s.busyHours < HOURS_PER_MONTH * SERVERLESS_BUSY_SHARE ? cents(r.serverless.usdPerGpuHour * count * s.replicas * s.busyHours) : undefined;
  if (server !== undefined && r.serverless && (always === undefined || server < always)) return { choice: r.serverless, serverless: true, usd: server };
  if (always !== undefined && r.onDemand) return { choice: r.onDemand, serverless: false, usd: always };
  return undefined;
}

/** The cheapest rented setup (GPU type x count x format x replicas) that serves the answers. */
export function rentedCandidate(facts: ModelFacts, a: Answers, rentable: Rentable[], marketplaceOnly: boolean): Candidate {
  const { model } = facts;
  const id = `cloud:${model.id}`;
  const fail = (problem: Candidate["problems"][number]) => {
    const c = newCandidate(id, facts, "cloud-gpu", [], model.contextTokens);
    c.problems = [problem];
    return c;
  };
  if (!facts.phys) return fail(msg("missing-data", { model: model.name }));
  if (rentable.length === 0) {
    return marketplaceOnly ? fail(msg("marketplace", { cloud: "", allowed: a.regions })) : fail(msg("no-rental", { allowed: a.regions, gpus: 0 }));
  }
  let best: Best | undefined;
  let fastest = 0;
  let slowestTtft = Number.POSITIVE_INFINITY;
  let smallestNeed = Number.POSITIVE_INFINITY;
  let failure: SizeFailure["kind"] = "fit";
  const quants = formatChoices(facts.phys);
  // A setup that reaches the target speed beats one that does not; then the cheaper; then the higher precision.
  const better = (s: Sized, usd: number, gpuId: string, b: Best) =>
    s.meetsTarget !== b.sized.meetsTarget ? s.meetsTarget : usd !== b.usd ? usd < b.usd : quants.indexOf(s.quant) !== quants.indexOf(b.sized.quant) ? quants.indexOf(s.quant) < quants.indexOf(b.sized.quant) : gpuId < b.r.entry.gpu.id;
  for (const r of rentable) {
    const minPrice = Math.min(r.onDemand?.usdPerGpuHour ?? Infinity, r.serverless?.usdPerGpuHour ?? Infinity);
    const cap = r.entry.phys.memoryBytes;
    for (const count of RENTED_GPU_COUNTS) {
      const min = r.onDemand?.rental.minGpus ?? 1;
      if (count < min || count % min !== 0) continue;
      // Always-on with one replica is the least this many GPUs cost: prune against a target-meeting best.
      if (best?.sized.meetsTarget && !r.serverless && cents(minPrice * count * HOURS_PER_MONTH) > best.usd) continue;
      for (const quant of quants) {
        const p = prepared(facts, r.entry.phys, count, quant);
        if (!p) continue;
        // The weights alone must fit the GPUs before anything else is worth working out.
        if (p.weights.total / count > cap) {
          smallestNeed = Math.min(smallestNeed, p.weights.total);
          continue;
        }
        const s = sizeSetup(p, a, 1000);
        if (!isSized(s)) {
          if (s.kind === "fit" && s.need > 0) smallestNeed = Math.min(smallestNeed, s.need);
          if (s.kind === "speed") fastest = Math.max(fastest, s.tps);
          if (s.kind === "ttft") slowestTtft = Math.min(slowestTtft, s.ttft);
          if (s.kind !== "fit") failure = s.kind;
          continue;
        }
        const cost = costOf(s, count, r);
        if (!cost) continue;
        if (!best || better(s, cost.usd, r.entry.gpu.id, best)) best = { sized: s, r, count, ...cost };
      }
    }
  }
  if (!best) {
    if (failure === "speed") return fail(msg("speed", { model: model.name, tps: fastest, need: a.minTokensPerSecond ?? 0 }));
    if (failure === "ttft") return fail(msg("ttft", { model: model.name, ttft: slowestTtft, max: a.maxTimeToFirstTokenSeconds ?? 0 }));
    return fail(msg("no-gpu-fit", { model: model.name, need: Number.isFinite(smallestNeed) ? smallestNeed : 0, concurrency: a.concurrentRequests, context: a.minContextTokens }));
  }
  const { sized, r, count, choice, serverless, usd } = best;
  const est = estimateOf(sized, a);
  const regions = choice.marketplace || choice.rental.region === undefined ? [] : [choice.rental.region];
  const c = newCandidate(`cloud:${model.id}:${r.entry.gpu.id}x${count}:${sized.quant}`, facts, "cloud-gpu", regions, model.contextTokens);
  c.self = {
    gpu: r.entry.gpu,
    count,
    quant: sized.quant,
    runtime: sized.p.runtime,
    parallelism: sized.p.parallelism,
    replicas: sized.replicas,
    concurrency: sized.batch,
    estimate: est,
    decode: est.decodeTokensPerSecond,
    ...(est.timeToFirstTokenSeconds ? { ttft: est.timeToFirstTokenSeconds } : {}),
    rental: choice,
    serverless,
    busyHours: sized.busyHours,
    tried: [],
  };
  c.operatorCountry = choice.cloud.operator.country;
  c.operatorName = choice.cloud.operator.name;
  c.costUsd = usd;
  c.tokensPerSecond = sized.perRequest;
  if (sized.ttft !== undefined) c.ttftSeconds = sized.ttft;
  return c;
}
