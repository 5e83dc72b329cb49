import { TASK_BENCHMARKS } from "../../catalog/task-benchmarks";
import { NEUTRAL_TASK_QUALITY } from "../../engine/assumptions";
import type { TaskQuality } from "../../engine/types";
import type { Answers } from "../../schema/answers";
import { TASKS, type Task } from "../../schema/common";
import { activeTasks } from "../tasks";
import { criterion, memoised } from "../types";

/** Quality of a task without any benchmark: neutral, never 0 or 100; data confidence drops instead. */
export const UNKNOWN_TASK_QUALITY = NEUTRAL_TASK_QUALITY;

const points = (v: number) => Math.round(v * 100);
const LABELS = Object.fromEntries(TASKS.map((t) => [t, TASK_BENCHMARKS[t].label.toLowerCase()])) as Record<Task, string>;

/** "coding 56/100 (90 measured on HumanEval: 11 % of the task's benchmark weight; the rest counts 50)" */
function taskNote(label: string, q: TaskQuality): string {
  if (q.coverage === 0) return `${label} unknown (no benchmark in the catalog; counts ${points(UNKNOWN_TASK_QUALITY)})`;
  if (q.coverage >= 1) return `${label} ${points(q.value)}/100 (${q.used.join(", ")})`;
  return `${label} ${points(q.value)}/100 (${points(q.measured)} measured on ${q.used.join(", ")}: ${points(q.coverage)} % of the task's benchmark weight; the rest counts ${points(UNKNOWN_TASK_QUALITY)})`;
}

/**
 * Task quality: per task, the weighted mean of normalised benchmark scores (lib/catalog/task-benchmarks.ts)
 * pulled toward the neutral value by the benchmark weight missing (lib/engine/context.ts); across
 * tasks, weighted by the importance the user gave each.
 */
export const quality = criterion(
  { id: "quality", label: "Quality on your tasks", baseWeight: () => 0.35 },
  (c, a) => {
    const { tasks, importance, total } = activeTasks(a);
    let sum = 0;
    for (let i = 0; i < tasks.length; i++) sum += (importance[i] ?? 0) * c.facts.quality[tasks[i] as Task].value;
    return total > 0 ? sum / total : UNKNOWN_TASK_QUALITY;
  },
  // The same for every option of a model within a call.
  (c, a, _v, memo) => memoised(memo, c.facts, () => qualityNote(c.facts.quality, memoised(memo, TASK_SET, () => taskSetKey(a)), a)),
);

/**
 * The note reads only the model's per-task quality (fixed by the catalog) and which tasks the user
 * weighs, never how much: so it is kept per model and set of tasks, across calls (at most 2^7 sets
 * per model). Keyed by the catalog's own quality record, it goes when the catalog does.
 */
const notesByQuality = new WeakMap<Record<Task, TaskQuality>, Map<string, string>>();

/** The call's memo keeps the task-set key under this key: written once per call, not once per model. */
const TASK_SET = Symbol("task set");

/** "coding,chat,": the tasks the user weighs, read afresh each call (answers may change in place). */
function taskSetKey(a: Answers): string {
  let key = "";
  for (const t of TASKS) if ((a.tasks[t] ?? 0) > 0) key += `${t},`;
  return key;
}

function qualityNote(quality: Record<Task, TaskQuality>, key: string, a: Answers): string {
  let byTasks = notesByQuality.get(quality);
  if (!byTasks) notesByQuality.set(quality, (byTasks = new Map()));
  let note = byTasks.get(key);
  if (note === undefined) {
    const parts: string[] = [];
    for (const t of TASKS) if ((a.tasks[t] ?? 0) > 0) parts.push(taskNote(LABELS[t], quality[t]));
    byTasks.set(key, (note = parts.join("; ")));
  }
  return note;
}
