import type { Answers } from "../schema/answers";
import { TASKS, type Task } from "../schema/common";
import type { ModelEvidence } from "./evidence";

/**
 * A model's quality for the tasks a person weighs (issue 16 item 3): the importance-weighted mean
 * over the tasks measured; each task nobody measured is "not measured", widens the interval by its
 * weight times the full range (0 at the low end, 100 at the high end), and is counted once. For
 * ranking, an unmeasured task counts at the catalog's floor for that task (UNMEASURED_PERCENTILE of
 * the models measured on it): a stated, conservative value, so missing evidence never lifts a model.
 */
export const UNMEASURED_PERCENTILE = 0.1;
/**
 * Ranking reads a task's score less this many standard deviations: the level the evidence
 * supports with about 84 % confidence. A model known only through a loose proxy (one board of
 * human preference, a vendor's own figure) does not outrank one measured directly at the same
 * point, and more evidence for a model can only help it (issue 16: uncertainty carried into the
 * ranking).
 */
export const RANK_SD = 1;
/** 95 % interval of a normal estimate. */
const Z95 = 1.96;

export type TaskQuality = { task: Task; score?: number; low: number; high: number; sources: string[]; independent: boolean; disagree: boolean };

export type OptionQuality = {
  /** Mean over measured tasks, 0-100; undefined when none is measured. */
  score?: number;
  low: number;
  high: number;
  /** Importance-weighted share of the weighed tasks an independent evaluation measures. */
  coverage: number;
  perTask: TaskQuality[];
  /** What ranking uses, 0-100: each measured task at its score less RANK_SD standard deviations, unmeasured tasks at the catalog's floor. */
  rankValue: number;
};

export type TaskFloors = Record<Task, number>;

/** The floor per task: the UNMEASURED_PERCENTILE of the scores of the models measured on it (0 when none is). */
export function taskFloors(all: readonly ModelEvidence[]): TaskFloors {
  const out = {} as TaskFloors;
  for (const t of TASKS) {
    const xs = all.map((e) => e[t]?.score).filter((v): v is number => v !== undefined).sort((a, b) => a - b);
    out[t] = xs.length === 0 ? 0 : (xs[Math.floor(UNMEASURED_PERCENTILE * (xs.length - 1))] as number);
  }
  return out;
}

const clamp = (v: number) => Math.min(100, Math.max(0, v));

export function optionQuality(e: ModelEvidence, a: Pick<Answers, "tasks">, floors: TaskFloors): OptionQuality {
  let w = 0;
  let wMeasured = 0;
  let wIndependent = 0;
  let sum = 0;
  let low = 0;
  let high = 0;
  let rank = 0;
  const perTask: TaskQuality[] = [];
  for (const t of TASKS) {
    const imp = a.tasks[t] ?? 0;
    if (imp <= 0) continue;
    w += imp;
    const ev = e[t];
    if (!ev) {
      high += imp * 100;
      rank += imp * floors[t];
      perTask.push({ task: t, low: 0, high: 100, sources: [], independent: false, disagree: false });
      continue;
    }
    const lo = clamp(ev.score - Z95 * ev.sd);
    const hi = clamp(ev.score + Z95 * ev.sd);
    wMeasured += imp;
    if (ev.independent) wIndependent += imp;
    sum += imp * ev.score;
    low += imp * lo;
    high += imp * hi;
    rank += imp * clamp(ev.score - RANK_SD * ev.sd);
    perTask.push({ task: t, score: ev.score, low: lo, high: hi, sources: [...new Set(ev.measurements.map((m) => m.source))], independent: ev.independent, disagree: ev.disagree });
  }
  const q: OptionQuality = {
    low: w > 0 ? low / w : 0,
    high: w > 0 ? high / w : 100,
    coverage: w > 0 ? wIndependent / w : 0,
    perTask,
    rankValue: w > 0 ? rank / w : 0,
  };
  if (wMeasured > 0) q.score = sum / wMeasured;
  return q;
}
