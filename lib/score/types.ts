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
};

export const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
