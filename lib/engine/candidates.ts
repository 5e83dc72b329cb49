import type { Answers } from "../schema/answers";
import { apiCandidates } from "./options-api";
import { cloudCandidate, memoryByQuant, rentableGpus } from "./options-cloud";
import { ownCandidate, ownedMachines } from "./options-own";
import type { Candidate, EngineContext } from "./types";

/**
 * Candidates by way of running. Each part depends on only some answers: API on the token volume;
 * rented GPUs also on regions and context; own hardware also on the hardware list. What-if reuses
 * the parts its change leaves alone.
 */
export type CandidateParts = { api: Candidate[]; cloud: Candidate[]; own: Candidate[] };

export function buildParts(answers: Answers, ctx: EngineContext, reuse: Partial<CandidateParts> = {}): CandidateParts {
  const api: Candidate[] = reuse.api ?? [];
  const cloud: Candidate[] = reuse.cloud ?? [];
  const own: Candidate[] = reuse.own ?? [];
  const rentable = reuse.cloud ? [] : rentableGpus(answers, ctx);
  const machines = reuse.own ? [] : ownedMachines(answers, ctx);
  for (const facts of ctx.models) {
    if (!reuse.api) for (const c of apiCandidates(facts, answers, ctx)) api.push(c);
    if (!facts.selfHostable || (reuse.cloud && (reuse.own || answers.hardware.length === 0))) continue;
    const mem = memoryByQuant(facts, answers);
    if (!reuse.cloud) cloud.push(cloudCandidate(facts, answers, rentable, mem));
    if (!reuse.own && answers.hardware.length > 0) own.push(ownCandidate(facts, answers, machines, mem));
  }
  return { api, cloud, own };
}

/**
 * Every model x deployment for these answers, whether allowed or not (the hard constraints judge
 * them next): each API offering, the cheapest rented setup, and the user's own hardware if they have any.
 */
export function buildCandidates(answers: Answers, ctx: EngineContext, reuse: Partial<CandidateParts> = {}): Candidate[] {
  const { api, cloud, own } = buildParts(answers, ctx, reuse);
  return [...api, ...cloud, ...own];
}
