import { msg } from "../../vocab/messages";
import type { Criterion } from "../types";

/**
 * Quality on the weighed tasks (lib/quality): independent evaluations first, vendor figures
 * second; unmeasured tasks count at the catalog's floor for ranking and widen the interval.
 */
export const quality: Criterion = {
  id: "quality",
  baseWeight: () => 0.4,
  value: (c, _a, env) => env.quality(c.facts).rankValue / 100,
  note: (c, _a, env) => {
    const q = env.quality(c.facts);
    return msg("crit-quality", { parts: q.perTask.map((t) => ({ task: t.task, ...(t.score !== undefined ? { score: t.score } : {}), low: t.low, high: t.high, sources: t.sources })) });
  },
};
