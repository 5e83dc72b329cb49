import type { Answers } from "../schema/answers";
import { newCandidate } from "./candidate";
import { apiCostUsd } from "./cost";
import { offeringOptionId } from "./words";
import type { Candidate, EngineContext } from "./types";

/**
 * One candidate per API offering, priced at list prices, in offering-id order (so that the
 * exclusions, sorted by id, arrive almost sorted). Offerings of a model not in the catalog are skipped.
 */
export function apiCandidates(answers: Answers, ctx: EngineContext, out: Candidate[]): void {
  for (const o of ctx.offerings) {
    const facts = ctx.modelById.get(o.modelId);
    if (!facts) continue;
    const c = newCandidate(offeringOptionId(o), facts, "api", o.regions, o.contextTokens ?? facts.model.contextTokens);
    c.offering = o;
    c.provider = ctx.providerById.get(o.providerId);
    c.costUsd = apiCostUsd(o, answers.tokensPerMonth, answers.inputShare);
    out.push(c);
  }
}
