import type { CallEnv, Candidate, ModelFacts } from "../core/types";
import { optionQuality, type OptionQuality } from "../quality/option";
import { criterionWeights, scoreOf, valuesOf, type Weights } from "../score/combine";
import type { Answers } from "../schema/answers";
import type { ReasonMessage } from "../vocab/messages";
import { buildParts, type CandidateParts } from "./candidates";
import { passes, violations, type RuleDay } from "./constraints";
import type { Context } from "./context";

/** A candidate that passes, with its numbers: what ranking, paging and explaining read. */
export type Scored = { c: Candidate; values: number[]; score: number; scoreLow: number; scoreHigh: number; quality: OptionQuality };
export type Left = { c: Candidate; reasons: ReasonMessage[]; relevance: number };

export type Ranking = {
  weights: Weights;
  env: CallEnv;
  /** Every passing option, best first; ties broken by id, so the order is total. */
  ranked: Scored[];
  excluded: Left[];
};

const byScore = (x: Scored, y: Scored) => y.score - x.score || (x.c.id < y.c.id ? -1 : x.c.id > y.c.id ? 1 : 0);

/** The call's view of quality: one per model, worked out on first use. */
export function callEnv(a: Answers, ctx: Context, day: RuleDay): CallEnv {
  const memo = new Map<ModelFacts, OptionQuality>();
  return {
    today: day.today,
    quality: (f) => {
      let q = memo.get(f);
      if (!q) memo.set(f, (q = optionQuality(f.evidence, a, ctx.floors)));
      return q;
    },
  };
}

/**
 * The interval of a score from its quality interval: the other criteria are figures (cost,
 * speed estimates carry their own ranges, shown apart), quality is where the evidence is uncertain.
 */
function interval(score: number, values: readonly number[], weights: Weights, q: OptionQuality): { low: number; high: number } {
  const i = weights.findIndex((w) => w.id === "quality");
  if (i < 0) return { low: score, high: score };
  const w = (weights[i]?.weight ?? 0) * 100;
  const v = values[i] ?? 0;
  return { low: Math.max(0, score - w * (v - q.low / 100)), high: Math.min(100, score + w * (q.high / 100 - v)) };
}

/** Score every candidate that passes; keep every one that does not with its reasons. Numbers only. */
export function rankAll(a: Answers, ctx: Context, day: RuleDay, parts: CandidateParts = buildParts(a, ctx, day)): Ranking {
  const weights = criterionWeights(a);
  const env = callEnv(a, ctx, day);
  const ranked: Scored[] = [];
  const excluded: Left[] = [];
  for (const part of [parts.api, parts.cloud, parts.own]) {
    for (const c of part) {
      if (!passes(c, a, day)) {
        excluded.push({ c, reasons: violations(c, a, day), relevance: env.quality(c.facts).rankValue });
        continue;
      }
      const values = valuesOf(c, a, env, weights);
      const score = scoreOf(values, weights);
      const quality = env.quality(c.facts);
      const { low, high } = interval(score, values, weights, quality);
      ranked.push({ c, values, score, scoreLow: low, scoreHigh: high, quality });
    }
  }
  ranked.sort(byScore);
  return { weights, env, ranked, excluded };
}

/** The #1 for these answers, without anything else: what-if asks this many times. */
export function topOf(a: Answers, ctx: Context, day: RuleDay): Scored | undefined {
  const parts = buildParts(a, ctx, day);
  const weights = criterionWeights(a);
  const env = callEnv(a, ctx, day);
  let best: Scored | undefined;
  for (const part of [parts.api, parts.cloud, parts.own]) {
    for (const c of part) {
      if (!passes(c, a, day)) continue;
      const values = valuesOf(c, a, env, weights);
      const score = scoreOf(values, weights);
      if (!best || score > best.score || (score === best.score && c.id < best.c.id)) best = { c, values, score, scoreLow: score, scoreHigh: score, quality: env.quality(c.facts) };
    }
  }
  return best;
}

/** Options whose score interval overlaps the #1's, among those with enough evidence to say so. */
export const TIE_MIN_COVERAGE = 0.5;
export function tiedWithTop(s: Scored, top: Scored | undefined): boolean {
  if (!top) return false;
  if (s === top) return true;
  if (s.quality.coverage < TIE_MIN_COVERAGE || top.quality.coverage < TIE_MIN_COVERAGE) return false;
  return s.scoreHigh >= top.scoreLow;
}
