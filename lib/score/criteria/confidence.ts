import { gpuUnverified } from "../../engine/explain";
import { TASKS } from "../../schema/common";
import type { Criterion } from "../types";

/**
 * How much of what the score rests on is measured and verified: the share of the tasks' benchmark
 * weight the model has (70 %) and the absence of unverified fields (30 %).
 */
export const confidence: Criterion = {
  id: "confidence",
  label: "Data confidence",
  baseWeight: () => 0.1,
  score: (c, a) => {
    let cov = 0;
    let imp = 0;
    for (const t of TASKS) {
      const i = a.tasks[t] ?? 0;
      cov += i * c.facts.quality[t].coverage;
      imp += i;
    }
    const coverage = imp > 0 ? cov / imp : 0;
    const unverified = c.facts.unverified + (c.offering?.unverified.length ?? 0) + gpuUnverified(c).length;
    const value = 0.7 * coverage + 0.3 / (1 + unverified);
    const note = `benchmarks cover ${Math.round(coverage * 100)} % of your tasks' weight; ${unverified === 0 ? "no unverified figures" : `${unverified} unverified figure${unverified > 1 ? "s" : ""}`}`;
    return { value, note };
  },
};
