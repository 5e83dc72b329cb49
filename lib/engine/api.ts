import type { Candidate } from "../core/types";
import { apiCostUsd } from "../cost/api";
import type { Answers } from "../schema/answers";
import { newCandidate } from "./candidate";
import type { Context } from "./context";

/** One candidate per API offering, priced line by line at its list prices, in offering-id order. */
export function apiCandidates(a: Answers, ctx: Context, out: Candidate[]): void {
  for (const o of ctx.offerings) {
    const facts = ctx.modelById.get(o.modelId);
    if (!facts) continue;
    const c = newCandidate(`api:${o.id}`, facts, "api", o.regions, o.contextTokens ?? facts.model.contextTokens);
    c.offering = o;
    const p = ctx.providerById.get(o.providerId);
    if (p) {
      c.provider = p;
      c.operatorCountry = p.operator.country;
      c.operatorName = p.operator.name;
    }
    c.costUsd = apiCostUsd(o, facts.model, a);
    if (o.speed?.outputTokensPerSecond !== undefined) c.tokensPerSecond = o.speed.outputTokensPerSecond;
    if (o.speed?.ttftSeconds !== undefined) c.ttftSeconds = o.speed.ttftSeconds;
    out.push(c);
  }
}
