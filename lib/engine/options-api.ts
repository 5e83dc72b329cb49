import type { Answers } from "../schema/answers";
import { apiCost } from "./cost";
import type { Candidate, EngineContext, ModelFacts } from "./types";

/** One candidate per API offering of the model, priced at list prices. */
export function apiCandidates(facts: ModelFacts, answers: Answers, ctx: EngineContext): Candidate[] {
  const offerings = ctx.offeringsByModel.get(facts.model.id) ?? [];
  return offerings.map((o) => ({
    id: `api:${o.id}`,
    facts,
    kind: "api",
    offering: o,
    provider: ctx.providerById.get(o.providerId),
    regions: [...o.regions],
    contextTokens: o.contextTokens ?? facts.model.contextTokens,
    cost: apiCost(o, answers.tokensPerMonth, answers.inputShare),
    problems: [],
  }));
}
