import { gpuUnverifiedCount } from "../../engine/explain";
import type { Candidate } from "../../engine/types";
import type { Answers } from "../../schema/answers";
import type { Task } from "../../schema/common";
import { activeTasks } from "../tasks";
import { criterion, memoised } from "../types";

function coverage(c: Candidate, a: Answers): number {
  const { tasks, importance, total } = activeTasks(a);
  let cov = 0;
  for (let i = 0; i < tasks.length; i++) cov += (importance[i] ?? 0) * c.facts.quality[tasks[i] as Task].coverage;
  return total > 0 ? cov / total : 0;
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
