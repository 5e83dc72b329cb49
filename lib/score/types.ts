import type { Candidate } from "../engine/types";
import type { Answers } from "../schema/answers";
import type { CriterionId } from "../schema/common";

/** A soft criterion's verdict on one option: 0 (worst) to 1 (best), and why in words. */
export type CriterionResult = { value: number; note: string };

/**
 * Notes one call has already written, for a criterion to reuse across options that share what the
 * note depends on (a model's quality note for each of its offerings, one context length, ...).
 * A fresh map per call and criterion: the key is the criterion's own choice.
 */
export type NoteMemo = Map<unknown, string>;

export type Criterion = {
  id: CriterionId;
  label: string;
  /** Weight before the user's multipliers and before normalising to 1. */
  baseWeight: (a: Answers) => number;
  /** The value alone: what ranking needs for every candidate, and what-if for every variant. */
  value: (c: Candidate, a: Answers) => number;
  /** The sentence behind a value, written only for the options returned. */
  note: (c: Candidate, a: Answers, value: number, memo?: NoteMemo) => string;
  score: (c: Candidate, a: Answers) => CriterionResult;
};

/** A criterion from a value function and a note function. */
export function criterion(
  def: Omit<Criterion, "score" | "value" | "note">,
  value: Criterion["value"],
  note: Criterion["note"],
): Criterion {
  return { ...def, value, note, score: (c, a) => {
    const v = value(c, a);
    return { value: v, note: note(c, a, v) };
  } };
}

/** A note computed once per key within a call (or every time, without a memo). */
export function memoised(memo: NoteMemo | undefined, key: unknown, write: () => string): string {
  if (!memo) return write();
  let hit = memo.get(key);
  if (hit === undefined) memo.set(key, (hit = write()));
  return hit;
}

export const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
