import type { Answers } from "../schema/answers";
import { TASKS, type Task } from "../schema/common";

/** The tasks the user weighs (importance above 0), with their importance and its sum. */
export type ActiveTasks = { tasks: Task[]; importance: number[]; total: number };

function activeOf(a: Answers): ActiveTasks {
  const out: ActiveTasks = { tasks: [], importance: [], total: 0 };
  for (const t of TASKS) {
    const imp = a.tasks[t] ?? 0;
    if (imp === 0) continue;
    out.tasks.push(t);
    out.importance.push(imp);
    out.total += imp;
  }
  return out;
}

// Set for the length of one synchronous ranking pass (see withActiveTasks), so that the quality and
// confidence criteria read the answers' tasks once per pass instead of once per candidate. Outside
// a pass every call works them out afresh, so answers changed in place are never read stale.
let current: { answers: Answers; active: ActiveTasks } | undefined;

export function activeTasks(a: Answers): ActiveTasks {
  return current?.answers === a ? current.active : activeOf(a);
}

/** Run one ranking pass over many candidates with the answers' tasks worked out once. */
export function withActiveTasks<T>(a: Answers, pass: () => T): T {
  const outer = current;
  current = { answers: a, active: activeOf(a) };
  try {
    return pass();
  } finally {
    current = outer;
  }
}
