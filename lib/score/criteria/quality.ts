import { TASK_BENCHMARKS } from "../../catalog/task-benchmarks";
import { TASKS } from "../../schema/common";
import { criterion, memoised } from "../types";

/** Quality of a task without any benchmark: neutral, never 0 or 100; data confidence drops instead. */
export const UNKNOWN_TASK_QUALITY = 0.5;

/**
 * Task quality: per task, the weighted mean of normalised benchmark scores (lib/catalog/task-benchmarks.ts);
 * across tasks, weighted by the importance the user gave each.
 */
export const quality = criterion(
  { id: "quality", label: "Quality on your tasks", baseWeight: () => 0.35 },
  (c, a) => {
    let sum = 0;
    let weight = 0;
    for (const t of TASKS) {
      const imp = a.tasks[t] ?? 0;
      if (imp === 0) continue;
      const q = c.facts.quality[t];
      sum += imp * (q.coverage > 0 ? q.value : UNKNOWN_TASK_QUALITY);
      weight += imp;
    }
    return weight > 0 ? sum / weight : UNKNOWN_TASK_QUALITY;
  },
  // The same for every option of a model within a call.
  (c, a, _v, memo) =>
    memoised(memo, c.facts, () => {
      const parts: string[] = [];
      for (const t of TASKS) {
        if ((a.tasks[t] ?? 0) === 0) continue;
        const q = c.facts.quality[t];
        const label = TASK_BENCHMARKS[t].label.toLowerCase();
        parts.push(q.coverage > 0 ? `${label} ${Math.round(q.value * 100)}/100 (${q.used.join(", ")})` : `${label} unknown (no benchmark in the catalog)`);
      }
      return parts.join("; ");
    }),
);
