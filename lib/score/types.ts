import type { Candidate } from "../engine/types";
import type { Answers } from "../schema/answers";
import type { CriterionId } from "../schema/common";

/** A soft criterion's verdict on one option: 0 (worst) to 1 (best), and why in words. */
export type CriterionResult = { value: number; note: string };

export type Criterion = {
  id: CriterionId;
  label: string;
  /** Weight before the user's multipliers and before normalising to 1. */
  baseWeight: (a: Answers) => number;
  score: (c: Candidate, a: Answers) => CriterionResult;
  /** The value alone, without writing the note: what-if ranks many answer sets and needs only the #1. */
  value: (c: Candidate, a: Answers) => number;
};

/** A criterion from a value function and a note function. */
export function criterion(
  def: Omit<Criterion, "score" | "value">,
  value: (c: Candidate, a: Answers) => number,
  note: (c: Candidate, a: Answers, value: number) => string,
): Criterion {
  return { ...def, value, score: (c, a) => {
    const v = value(c, a);
    return { value: v, note: note(c, a, v) };
  } };
}

export const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
