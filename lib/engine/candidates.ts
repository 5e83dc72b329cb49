import type { Answers } from "../schema/answers";
import type { MemoryEstimate } from "./memory";
import { apiCandidates } from "./options-api";
import { cloudCandidate, memoryByQuant, rentableGpus } from "./options-cloud";
import { ownCandidate, ownedMachines } from "./options-own";
import type { Candidate, EngineContext } from "./types";

/**
 * Every model x deployment for these answers, whether allowed or not (the hard constraints judge
 * them next): each API offering, the cheapest rented setup, and the user's own hardware if they have any.
 */
export function buildCandidates(answers: Answers, ctx: EngineContext): Candidate[] {
  const rentable = rentableGpus(answers, ctx);
  const machines = ownedMachines(answers, ctx);
  const out: Candidate[] = [];
  for (const facts of ctx.models) {
    for (const c of apiCandidates(facts, answers, ctx)) out.push(c);
    if (!facts.selfHostable) continue;
    const mem: Map<string, MemoryEstimate> = memoryByQuant(facts, answers);
    out.push(cloudCandidate(facts, answers, rentable, mem));
    if (answers.hardware.length > 0) out.push(ownCandidate(facts, answers, machines, mem));
  }
  return out;
}
