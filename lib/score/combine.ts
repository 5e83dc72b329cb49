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

/**
 * Round contributions to hundredths so that they add up exactly to the rounded total (largest
 * remainder): rounding each one alone could make seven 14.2857 rows sum to 100.03.
 */
function roundToTotal(raw: number[]): { parts: number[]; total: number } {
  const hundredths = raw.map((r) => r * 100);
  const target = Math.round(hundredths.reduce((s, h) => s + h, 0));
  const units = hundredths.map(Math.floor);
  let missing = target - units.reduce((s, u) => s + u, 0);
  const order = hundredths.map((h, i) => ({ i, frac: h - Math.floor(h) })).sort((x, y) => y.frac - x.frac || x.i - y.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    units[i] = (units[i] ?? 0) + 1;
    missing--;
  }
  return { parts: units.map((u) => u / 100), total: target / 100 };
}

/** Score 0..100 = the sum of the contributions (weight x value x 100, to the hundredth). */
export function combine(c: Candidate, a: Answers, weights: Weights): { score: number; breakdown: BreakdownRow[] } {
  const rows = weights.map(({ id, weight }) => {
    const crit = CRITERIA_TABLE[id];
    return { crit, weight, r: crit.score(c, a) };
  });
  const { parts, total } = roundToTotal(rows.map(({ weight, r }) => weight * r.value * 100));
  const breakdown: BreakdownRow[] = rows.map(({ crit, weight, r }, i) => ({
    criterion: crit.id,
    label: crit.label,
    weight,
    value: r.value,
    contribution: parts[i] ?? 0,
    note: r.note,
  }));
  return { score: total, breakdown };
}

/** The score alone, equal to combine()'s, without notes or breakdown: for what-if, which needs only the #1. */
export function scoreOnly(c: Candidate, a: Answers, weights: Weights): number {
  let hundredths = 0;
  for (const { id, weight } of weights) hundredths += weight * CRITERIA_TABLE[id].value(c, a) * 100 * 100;
  return Math.round(hundredths) / 100;
}
