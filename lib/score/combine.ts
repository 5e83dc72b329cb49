import type { Candidate } from "../engine/types";
import type { Answers } from "../schema/answers";
import { CRITERIA, type CriterionId } from "../schema/common";
import type { BreakdownRow } from "../schema/recommendation";
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

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Score 0..100 = the sum of the contributions (weight x value x 100, to the hundredth). */
export function combine(c: Candidate, a: Answers, weights: Weights): { score: number; breakdown: BreakdownRow[] } {
  const breakdown: BreakdownRow[] = weights.map(({ id, weight }) => {
    const crit = CRITERIA_TABLE[id];
    const r = crit.score(c, a);
    return { criterion: id, label: crit.label, weight, value: r.value, contribution: round2(weight * r.value * 100), note: r.note };
  });
  const score = round2(breakdown.reduce((s, r) => s + r.contribution, 0));
  return { score, breakdown };
}
