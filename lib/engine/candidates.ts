import type { Candidate, ModelFacts } from "../core/types";
import type { Answers } from "../schema/answers";
import type { Hosting } from "../schema/common";
import { msg } from "../vocab/messages";
import { apiCandidates } from "./api";
import { newCandidate } from "./candidate";
import { failsModelRules, type RuleDay } from "./constraints";
import type { Context } from "./context";
import { ownCandidate, ownedMachines } from "./own";
import { rentableGpus, rentedCandidate } from "./rented";
import { outputTokensPerMonth } from "./sizing";

/**
 * Candidates by way of running. Each part depends on only some answers: the API part on the
 * volume and mix; rented GPUs on regions, operators, concurrency, context, speed floors and the
 * volume; own hardware on the machines too. A part is kept per the answers it reads, so what-if
 * variants and repeated calls reuse what their change leaves alone.
 */
export type CandidateParts = { api: Candidate[]; cloud: Candidate[]; own: Candidate[] };

const PREFIX: Record<Hosting, string> = { api: "api", "cloud-gpu": "cloud", "own-hardware": "own" };
const NO_REGIONS: readonly string[] = [];
const ON_PREM: readonly string[] = ["on-prem"];

/** A stand-in for a model and a way of running that was not built: the rules give its reasons. */
function stub(facts: ModelFacts, kind: Hosting): Candidate {
  const c = newCandidate(`${PREFIX[kind]}:${facts.model.id}`, facts, kind, kind === "own-hardware" ? ON_PREM : NO_REGIONS, facts.model.contextTokens);
  if (kind !== "api" && !facts.phys && facts.model.openWeights) c.problems = [msg("missing-data", { model: facts.model.name })];
  c.stub = true;
  return c;
}

const modelRuleKey = (a: Answers) => `${a.openWeightsOnly}|${a.commercialUse}|${a.minContextTokens}|${(a.tasks.vision ?? 0) > 0}|${a.excludedOrigins.join(",")}`;

export function cloudKey(a: Answers): string {
  return `${a.hosting.includes("cloud-gpu")}|${modelRuleKey(a)}|${a.regions.join(",")}|${a.excludedOperatorCountries.join(",")}|${a.concurrentRequests}|${a.promptTokens}|${a.minTokensPerSecond}|${a.maxTimeToFirstTokenSeconds}|${outputTokensPerMonth(a)}`;
}

export function ownKey(a: Answers): string {
  return `${a.hosting.includes("own-hardware")}|${modelRuleKey(a)}|${a.hardware.map((h) => `${h.gpu}:${h.count}`).join(",")}|${a.concurrentRequests}|${a.promptTokens}|${a.minTokensPerSecond}|${a.maxTimeToFirstTokenSeconds}|${outputTokensPerMonth(a)}|${a.ownHardwareCost}|${a.gpuPriceUsd}|${a.amortizationMonths}|${a.opsHoursPerMonth}|${a.opsUsdPerHour}|${a.electricityUsdPerKwh}|${a.regions[0]}`;
}

export function apiKey(a: Answers): string {
  return `${a.hosting.includes("api")}|${a.tokensPerMonth}|${a.inputShare}|${a.cachedInputShare}|${a.batchShare}|${a.promptTokens}|${a.reasoningTokensPerOutputToken}`;
}

/** A small cache of built parts per catalog context, bounded (most recent kept). */
class PartCache {
  private map = new Map<string, Candidate[]>();
  constructor(private readonly max: number) {}
  get(k: string) {
    const v = this.map.get(k);
    if (v) {
      this.map.delete(k);
      this.map.set(k, v);
    }
    return v;
  }
  set(k: string, v: Candidate[]) {
    this.map.set(k, v);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }
}

const caches = new WeakMap<Context, { api: PartCache; cloud: PartCache; own: PartCache }>();
function cachesOf(ctx: Context) {
  let c = caches.get(ctx);
  if (!c) caches.set(ctx, (c = { api: new PartCache(64), cloud: new PartCache(64), own: new PartCache(64) }));
  return c;
}

function buildApi(a: Answers, ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  if (a.hosting.includes("api")) apiCandidates(a, ctx, out);
  else for (const f of ctx.models) if (ctx.offeringsByModel.has(f.model.id)) out.push(stub(f, "api"));
  return out;
}

function buildSelf(kind: "cloud-gpu" | "own-hardware", a: Answers, ctx: Context, d: RuleDay): Candidate[] {
  const out: Candidate[] = [];
  const allowed = a.hosting.includes(kind);
  const probe = newCandidate("", ctx.models[0] as ModelFacts, kind, NO_REGIONS, 0);
  const { rentable, marketplaceOnly } = kind === "cloud-gpu" && allowed ? rentableGpus(a, ctx) : { rentable: [], marketplaceOnly: false };
  const machines = kind === "own-hardware" && allowed ? ownedMachines(a, ctx) : [];
  for (const facts of ctx.models) {
    if (!facts.model.openWeights) continue;
    probe.facts = facts;
    probe.contextTokens = facts.model.contextTokens;
    if (!allowed || failsModelRules(probe, a, d) || !facts.phys) {
      out.push(stub(facts, kind));
      continue;
    }
    out.push(kind === "cloud-gpu" ? rentedCandidate(facts, a, rentable, marketplaceOnly) : ownCandidate(facts, machines, a, ctx));
  }
  return out;
}

/**
 * Every model x deployment for these answers, allowed or not (the hard constraints judge them
 * next): each API offering, the cheapest rented setup per model, the model on the user's own
 * hardware if they have any; one stand-in per model for a way of running not allowed.
 */
export function buildParts(a: Answers, ctx: Context, d: RuleDay): CandidateParts {
  const c = cachesOf(ctx);
  const get = (cache: PartCache, key: string, build: () => Candidate[]) => {
    const hit = cache.get(key);
    if (hit) return hit;
    const v = build();
    cache.set(key, v);
    return v;
  };
  return {
    api: get(c.api, apiKey(a), () => buildApi(a, ctx)),
    cloud: get(c.cloud, cloudKey(a), () => buildSelf("cloud-gpu", a, ctx, d)),
    own: a.hardware.length > 0 ? get(c.own, ownKey(a), () => buildSelf("own-hardware", a, ctx, d)) : [],
  };
}
