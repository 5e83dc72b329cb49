import type { CallEnv, Candidate } from "../core/types";
import type { Answers } from "../schema/answers";
import type { CriterionId } from "../schema/common";
import type { Message } from "../vocab/messages";

/** A soft criterion: a value 0 (worst) to 1 (best) for every candidate, and its note for the options shown. */
export type Criterion = {
  id: CriterionId;
  /** Weight before the user's multipliers and before normalising to 1. */
  baseWeight: (a: Answers) => number;
  value: (c: Candidate, a: Answers, env: CallEnv) => number;
  note: (c: Candidate, a: Answers, env: CallEnv, value: number) => Message;
};

export const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
