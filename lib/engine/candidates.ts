import type { Answers } from "../schema/answers";
import type { Hosting } from "../schema/common";
import { newCandidate } from "./candidate";
import { failsModelRules } from "./constraints";
import { hasMemory, memoryTable } from "./memory-table";
import { apiCandidates } from "./options-api";
import { cloudCandidate, missingData, rentableGpus } from "./options-cloud";
import { ownCandidate, ownedMachines } from "./options-own";
import { outputTokensPerMonth } from "./speed";
import type { Candidate, EngineContext, ModelFacts } from "./types";

/**
 * Candidates by way of running. Each part depends on only some answers: API on the token volume;
 * rented GPUs also on regions and context; own hardware also on the hardware list. What-if reuses
 * the parts its change leaves alone.
 */
export type CandidateParts = { api: Candidate[]; cloud: Candidate[]; own: Candidate[] };

const PREFIX: Record<Hosting, string> = { api: "api", "cloud-gpu": "cloud", "own-hardware": "own" };
const NO_REGIONS: readonly string[] = [];
const ON_PREM: readonly string[] = ["on-prem"];

/**
 * One stand-in for the model and a way of running that need not be built: the user did not allow
 * that way, or the model breaks a rule that needs no deployment. Its reasons come from the rules;
 * a model whose memory cannot be computed says so too, as a built candidate would.
 */
function stub(facts: ModelFacts, kind: Hosting, missing: boolean): Candidate {
  const c = missing && kind !== "api" ? missingData(facts, kind) : newCandidate(`${PREFIX[kind]}:${facts.model.id}`, facts, kind, kind === "own-hardware" ? ON_PREM : NO_REGIONS, facts.model.contextTokens);
  c.stub = true;
  return c;
}

export function buildParts(answers: Answers, ctx: EngineContext, reuse: Partial<CandidateParts> = {}): CandidateParts {
  const api: Candidate[] = reuse.api ?? [];
  const cloud: Candidate[] = reuse.cloud ?? [];
  const own: Candidate[] = reuse.own ?? [];
  const apiOk = answers.hosting.includes("api");
  const cloudOk = answers.hosting.includes("cloud-gpu");
  const ownOk = answers.hosting.includes("own-hardware");
  const hasOwn = answers.hardware.length > 0;
  const needCloud = !reuse.cloud;
  const needOwn = !reuse.own && hasOwn;
  // GPU searches run only for ways of running the user allows.
  const rentable = needCloud && cloudOk ? rentableGpus(answers, ctx) : [];
  const machines = needOwn && ownOk ? ownedMachines(answers, ctx) : [];
  const mem = needCloud || needOwn ? memoryTable(ctx, answers.minContextTokens) : [];
  const output = outputTokensPerMonth(answers.tokensPerMonth, answers.inputShare);
  // One reusable probe judges the rules that read only the model, before any deployment is built.
  const probe = newCandidate("", ctx.models[0] as ModelFacts, "cloud-gpu", NO_REGIONS, 0);
  if (!reuse.api && apiOk) apiCandidates(answers, ctx, api);
  for (const facts of ctx.models) {
    if (!reuse.api && !apiOk && ctx.offeringsByModel.has(facts.model.id)) api.push(stub(facts, "api", false));
    if (!facts.selfHostable || (!needCloud && !needOwn)) continue;
    const m = mem[facts.index] ?? [];
    probe.facts = facts;
    probe.contextTokens = facts.model.contextTokens;
    const failsRules = failsModelRules(probe, answers);
    const missing = !hasMemory(m);
    if (needCloud) cloud.push(cloudOk && !failsRules ? cloudCandidate(facts, answers, rentable, m, output) : stub(facts, "cloud-gpu", missing));
    if (needOwn) own.push(ownOk && !failsRules ? ownCandidate(facts, machines, m, output) : stub(facts, "own-hardware", missing));
  }
  return { api, cloud, own };
}

/**
 * Every model x deployment for these answers, whether allowed or not (the hard constraints judge
 * them next): each API offering, the cheapest rented setup, and the user's own hardware if they
 * have any; one stand-in per model for a way of running not allowed.
 */
export function buildCandidates(answers: Answers, ctx: EngineContext, reuse: Partial<CandidateParts> = {}): Candidate[] {
  const { api, cloud, own } = buildParts(answers, ctx, reuse);
  return [...api, ...cloud, ...own];
}
