import type { CallEnv, Candidate } from "../core/types";
import type { Answers } from "../schema/answers";
import { CRITERIA, type CriterionId } from "../schema/common";
import { CRITERIA_TABLE } from "./criteria";

export type Weights = { id: CriterionId; weight: number }[];

/** Weights from the answers and the user's multipliers, normalised to sum to 1; zero-weight criteria are left out. */
export function criterionWeights(a: Answers): Weights {
  const raw = CRITERIA.map((id) => ({ id, weight: CRITERIA_TABLE[id].baseWeight(a) * (a.weights?.[id] ?? 1) }));
  let sum = raw.reduce((s, r) => s + r.weight, 0);
  // Every multiplier at 0: fall back to the default weights rather than divide by zero.
  const rows = sum > 0 ? raw : CRITERIA.map((id) => ({ id, weight: CRITERIA_TABLE[id].baseWeight(a) }));
  if (sum <= 0) sum = rows.reduce((s, r) => s + r.weight, 0);
  return rows.filter((r) => r.weight > 0).map((r) => ({ id: r.id, weight: r.weight / sum }));
}

/** The criterion values of a candidate, in the order of `weights`. */
export function valuesOf(c: Candidate, a: Answers, env: CallEnv, weights: Weights): number[] {
  return weights.map(({ id }) => CRITERIA_TABLE[id].value(c, a, env));
}

/** One row's contribution in hundredths of a point: weight x value x 100 points x 100. */
const hundredths = (weight: number, value: number) => weight * value * 100 * 100;

/** Score 0..100: the rounded sum of the contributions. */
export function scoreOf(values: readonly number[], weights: Weights): number {
  let h = 0;
  for (let i = 0; i < weights.length; i++) h += hundredths(weights[i]?.weight ?? 0, values[i] ?? 0);
  return Math.round(h) / 100;
}

/**
 * Contributions rounded to hundredths so that they add up exactly to the rounded total (largest
 * remainder): rounding each one alone could make seven 14.2857 rows sum to 100.03.
 */
export function contributions(values: readonly number[], weights: Weights): number[] {
  const raw = weights.map((w, i) => hundredths(w.weight, values[i] ?? 0));
  const floors = raw.map(Math.floor);
  let missing = Math.round(raw.reduce((s, x) => s + x, 0)) - floors.reduce((s, x) => s + x, 0);
  const order = raw.map((x, i) => [x - Math.floor(x), i] as const).sort((p, q) => q[0] - p[0] || p[1] - q[1]);
  for (const [, i] of order) {
    if (missing <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    missing--;
  }
  return floors.map((f) => f / 100);
}
