import { HOURS_PER_MONTH, SERVERLESS_BUSY_SHARE } from "../core/assumptions";
import type { Candidate } from "../core/types";
import { apiCostUsd, cents, sumLines } from "../cost/api";
import { electricityPrice, ownCostLines } from "../cost/self-hosted";
import { physGpu } from "../physics";
import { derivedConcurrency, type Answers } from "../schema/answers";
import type { Context } from "./context";
import { isSized, prepared, sizeSetup } from "./sizing";

/**
 * Break-even volume (issue 19 item 5): the monthly tokens at which a self-hosted option costs the
 * same as an API option, keeping the self-hosted setup (GPU, count, format) and letting replicas,
 * serverless billing and busy hours follow the volume. Absent when the two cost curves do not
 * cross between MIN and MAX tokens a month.
 */
export const BREAK_EVEN_RANGE = { min: 1e3, max: 1e13 } as const;

function answersAt(a: Answers, tokens: number): Answers {
  const derived = derivedConcurrency(a.tokensPerMonth, a.inputShare);
  return { ...a, tokensPerMonth: tokens, concurrentRequests: a.concurrentRequests === derived ? derivedConcurrency(tokens, a.inputShare) : a.concurrentRequests };
}

/** A candidate's monthly cost as a function of volume (Infinity where its setup cannot serve it): the setup is prepared once. */
export function costCurve(c: Candidate, a: Answers, ctx: Context): (tokens: number) => number {
  if (c.kind === "api") {
    const o = c.offering;
    return o ? (tokens) => apiCostUsd(o, c.facts.model, answersAt(a, tokens)) : () => Infinity;
  }
  const s = c.self;
  const g = s && physGpu(s.gpu);
  const p = s && g && prepared(c.facts, g, s.count, s.quant);
  if (!s || !p) return () => Infinity;
  const electricity = electricityPrice(a, ctx.catalog);
  return (tokens) => {
    const at = answersAt(a, tokens);
    const sized = sizeSetup(p, at, c.kind === "own-hardware" ? 1 : 1000);
    if (!isSized(sized)) return Infinity;
    if (c.kind === "own-hardware") return sumLines(ownCostLines(s.gpu, s.count, sized.busyHours, at, electricity));
    const r = s.rental;
    if (!r) return Infinity;
    // The same rental; serverless only where this rental is one and the fleet is busy under a quarter of the month.
    if (s.serverless && sized.busyHours < HOURS_PER_MONTH * SERVERLESS_BUSY_SHARE) return cents(r.usdPerGpuHour * s.count * sized.replicas * sized.busyHours);
    return cents(r.usdPerGpuHour * s.count * sized.replicas * HOURS_PER_MONTH);
  };
}

/** The volume where the two costs cross nearest to the user's volume, or undefined. */
export function breakEven(self: Candidate, api: Candidate, a: Answers, ctx: Context): number | undefined {
  const selfCost = costCurve(self, a, ctx);
  const apiCost = costCurve(api, a, ctx);
  const f = (t: number) => selfCost(t) - apiCost(t);
  const { min, max } = BREAK_EVEN_RANGE;
  const steps = 40;
  const ts = Array.from({ length: steps + 1 }, (_, i) => min * (max / min) ** (i / steps));
  const vs = ts.map(f);
  const here = Math.log(Math.max(min, a.tokensPerMonth));
  let bestPair: [number, number] | undefined;
  for (let i = 0; i < steps; i++) {
    const x = vs[i] as number;
    const y = vs[i + 1] as number;
    if (!Number.isFinite(x) || !Number.isFinite(y) || Math.sign(x) === Math.sign(y)) continue;
    const mid = (Math.log(ts[i] as number) + Math.log(ts[i + 1] as number)) / 2;
    if (!bestPair || Math.abs(mid - here) < Math.abs((Math.log(ts[bestPair[0]] as number) + Math.log(ts[bestPair[1]] as number)) / 2 - here)) bestPair = [i, i + 1];
  }
  if (!bestPair) return undefined;
  let lo = ts[bestPair[0]] as number;
  let hi = ts[bestPair[1]] as number;
  const sLo = Math.sign(f(lo));
  // 24 halvings of a bracket 10^0.25 wide in log space: the volume to 1 part in 10^7.
  for (let k = 0; k < 24; k++) {
    const mid = Math.sqrt(lo * hi);
    if (Math.sign(f(mid)) === sLo) lo = mid;
    else hi = mid;
  }
  return Math.round(Math.sqrt(lo * hi));
}
