import type { Candidate } from "../engine/types";
import type { Answers } from "../schema/answers";
import { CRITERIA, type CriterionId } from "../schema/common";
import type { BreakdownRow } from "../schema/recommendation";
import { CRITERIA_TABLE } from "./criteria";
import type { NoteMemo } from "./types";

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

/** One row's contribution in hundredths of a point: weight x value x 100 points x 100. */
const hundredths = (weight: number, value: number) => weight * value * 100 * 100;

/** The criterion values of a candidate, in the order of `weights`, appended to `out`. */
export function valuesInto(c: Candidate, a: Answers, weights: Weights, out: number[]): void {
  for (const { id } of weights) out.push(CRITERIA_TABLE[id].value(c, a));
}

/** Score 0..100 from the values at `at` in `values`: the rounded sum of the contributions. */
export function scoreOf(values: readonly number[], at: number, weights: Weights): number {
  let h = 0;
  for (let i = 0; i < weights.length; i++) h += hundredths(weights[i]?.weight ?? 0, values[at + i] ?? 0);
  return Math.round(h) / 100;
}

/**
 * Contributions rounded to hundredths so that they add up exactly to the rounded total (largest
 * remainder): rounding each one alone could make seven 14.2857 rows sum to 100.03. Ties go to the
 * earlier row. Plain loops over at most eight rows: this runs for every option returned.
 */
function roundToTotal(values: readonly number[], at: number, weights: Weights, units: number[], fracs: number[]): void {
  let sum = 0;
  let floors = 0;
  for (let i = 0; i < weights.length; i++) {
    const h = hundredths(weights[i]?.weight ?? 0, values[at + i] ?? 0);
    sum += h;
    units[i] = Math.floor(h);
    fracs[i] = h - Math.floor(h);
    floors += units[i] ?? 0;
  }
  for (let missing = Math.round(sum) - floors; missing > 0; missing--) {
    let pick = -1;
    for (let i = 0; i < weights.length; i++) if (fracs[i] !== -1 && (pick < 0 || (fracs[i] ?? 0) > (fracs[pick] ?? 0))) pick = i;
    if (pick < 0) break;
    units[pick] = (units[pick] ?? 0) + 1;
    fracs[pick] = -1;
  }
}

const scratch = { units: [] as number[], fracs: [] as number[] };

/** The breakdown of a candidate from its values: one row per weighted criterion, with its note. */
export function breakdownOf(c: Candidate, a: Answers, weights: Weights, values: readonly number[], at: number, memos?: NoteMemo[]): BreakdownRow[] {
  roundToTotal(values, at, weights, scratch.units, scratch.fracs);
  const rows: BreakdownRow[] = [];
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (!w) continue;
    const crit = CRITERIA_TABLE[w.id];
    const value = values[at + i] ?? 0;
    rows.push({ criterion: w.id, label: crit.label, weight: w.weight, value, contribution: (scratch.units[i] ?? 0) / 100, note: crit.note(c, a, value, memos?.[i]) });
  }
  return rows;
}

/** Score 0..100 = the sum of the contributions (weight x value x 100, to the hundredth). */
export function combine(c: Candidate, a: Answers, weights: Weights): { score: number; breakdown: BreakdownRow[] } {
  const values: number[] = [];
  valuesInto(c, a, weights, values);
  return { score: scoreOf(values, 0, weights), breakdown: breakdownOf(c, a, weights, values, 0) };
}

/** The score alone, equal to combine()'s, without notes or breakdown: for what-if, which needs only the #1. */
export function scoreOnly(c: Candidate, a: Answers, weights: Weights): number {
  let h = 0;
  for (const { id, weight } of weights) h += hundredths(weight, CRITERIA_TABLE[id].value(c, a));
  return Math.round(h) / 100;
}
