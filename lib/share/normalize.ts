import type { Answers } from "../schema/answers";
import { CRITERIA, HOSTINGS, REGIONS, TASKS, type CriterionId, type Task } from "../schema/common";

/**
 * The canonical form of a set of answers: tasks without zero importances, regions, hosting
 * kinds, GPUs and countries in a fixed order, weight multipliers of 1 dropped. Two answers that
 * mean the same thing have the same canonical form, so they share one query string.
 */
export function normalizeAnswers(a: Answers): Answers {
  const tasks: Partial<Record<Task, Answers["tasks"][Task]>> = {};
  for (const t of TASKS) {
    const v = a.tasks[t];
    if (v !== undefined && v > 0) tasks[t] = v;
  }
  const regionOrder = ["any", ...REGIONS];
  const out: Answers = {
    ...a,
    tasks,
    regions: [...a.regions].sort((x, y) => regionOrder.indexOf(x) - regionOrder.indexOf(y)),
    hosting: [...a.hosting].sort((x, y) => HOSTINGS.indexOf(x) - HOSTINGS.indexOf(y)),
    hardware: [...a.hardware].sort((x, y) => (x.gpu < y.gpu ? -1 : x.gpu > y.gpu ? 1 : x.count - y.count)),
    excludedOrigins: [...new Set(a.excludedOrigins)].sort(),
    excludedOperatorCountries: [...new Set(a.excludedOperatorCountries)].sort(),
  };
  delete out.weights;
  if (a.weights) {
    const w: Partial<Record<CriterionId, number>> = {};
    for (const c of CRITERIA) {
      const v = a.weights[c];
      if (v !== undefined && v !== 1) w[c] = v;
    }
    if (Object.keys(w).length > 0) out.weights = w;
  }
  return out;
}
