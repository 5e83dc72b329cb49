import type { Answers } from "../schema/answers";
import { newCandidate } from "./candidate";
import { apiCostUsd } from "./cost";
import { offeringOptionId } from "./words";
import type { Candidate, EngineContext, ModelFacts } from "./types";

/** One candidate per API offering of the model, priced at list prices. */
export function apiCandidates(facts: ModelFacts, answers: Answers, ctx: EngineContext, out: Candidate[]): void {
  const offerings = ctx.offeringsByModel.get(facts.model.id);
  if (!offerings) return;
  for (const o of offerings) {
    const c = newCandidate(offeringOptionId(o), facts, "api", o.regions, o.contextTokens ?? facts.model.contextTokens);
    c.offering = o;
    c.provider = ctx.providerById.get(o.providerId);
    c.costUsd = apiCostUsd(o, answers.tokensPerMonth, answers.inputShare);
    out.push(c);
  }
}
