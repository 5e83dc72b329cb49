import { gpuUnverifiedCount } from "../../engine/explain";
import type { Candidate } from "../../engine/types";
import type { Answers } from "../../schema/answers";
import { TASKS } from "../../schema/common";
import { criterion, memoised } from "../types";

function coverage(c: Candidate, a: Answers): number {
  let cov = 0;
  let imp = 0;
  for (const t of TASKS) {
    const i = a.tasks[t] ?? 0;
    if (i === 0) continue;
    cov += i * c.facts.quality[t].coverage;
    imp += i;
  }
  return imp > 0 ? cov / imp : 0;
}

const unverified = (c: Candidate) => c.facts.unverified + (c.offering?.unverified.length ?? 0) + gpuUnverifiedCount(c);

/**
 * How much of what the score rests on is measured and verified: the share of the tasks' benchmark
 * weight the model has (70 %) and the absence of unverified fields (30 %).
 */
export const confidence = criterion(
  { id: "confidence", label: "Data confidence", baseWeight: () => 0.1 },
  (c, a) => 0.7 * coverage(c, a) + 0.3 / (1 + unverified(c)),
  (c, a, _v, memo) => {
    const n = unverified(c);
    // The coverage half is the same for every option of a model within a call.
    const covered = memoised(memo, c.facts, () => `benchmarks cover ${Math.round(coverage(c, a) * 100)} % of your tasks' weight`);
    return `${covered}; ${n === 0 ? "no unverified figures" : `${n} unverified figure${n > 1 ? "s" : ""}`}`;
  },
);
