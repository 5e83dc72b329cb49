import { InputError, numberAt } from "../input-error";
import { readCsv } from "../read";
import type { DraftRow, Reader } from "../types";
import { epochDate, epochSetting } from "./epoch-names";

const FILE = "epoch/benchmarks_runs.csv";

/** The Epoch tasks read, by metric id. FrontierMath public and Tier 4 are left out (small or near zero). */
const TASKS: Record<string, { task: string; label: string; what: string }> = {
  "gpqa-diamond": { task: "GPQA diamond", label: "GPQA diamond", what: "Share of the 198 graduate-level, four-choice science questions answered correctly (chance 25 %)." },
  "math-level-5": { task: "MATH level 5", label: "MATH level 5", what: "Share of the hardest (level 5) competition maths problems of the MATH test set solved." },
  "otis-mock-aime": { task: "OTIS Mock AIME 2024-2025", label: "OTIS Mock AIME 2024-2025", what: "Share of 45 AIME-style problems from the 2024-2025 OTIS mock exams solved (integer answers)." },
  frontiermath: { task: "FrontierMath-2025-02-28-Private", label: "FrontierMath (tiers 1-3, private set)", what: "Share of the private FrontierMath tier 1-3 research-level maths problems solved, answers checked by code." },
  "swe-bench-verified": { task: "SWE-Bench verified", label: "SWE-bench Verified (Epoch's run)", what: "Share of the 500 human-validated GitHub issues resolved by the model in Epoch's own agent scaffold (not the SWE-bench site's data)." },
};

/** "choice:0.85±0.02,choice:0.83±0.02" -> the stderr printed for the scorer whose value is the best score. */
export function stderrOf(scores: string, best: number): number | undefined {
  const parts = [...scores.matchAll(/:([0-9.]+)±([0-9.]+)/g)].map((m) => ({ value: Number(m[1]), se: Number(m[2]) }));
  const hit = parts.find((p) => Math.abs(p.value - best) < 0.006) ?? [...parts].sort((a, b) => b.value - a.value)[0];
  return hit && Number.isFinite(hit.se) ? hit.se : undefined;
}

const round4 = (v: number) => Math.round(v * 10000) / 10000;

export const readEpochRuns: Reader = (dir) => {
  const byTask = new Map(Object.entries(TASKS).map(([id, t]) => [t.task, id]));
  const rows: DraftRow[] = [];
  for (const r of readCsv(dir, FILE)) {
    const metric = byTask.get(r.cells.task ?? "");
    if (!metric) continue;
    const where = `line ${r.line}`;
    const name = r.cells.model?.trim();
    if (!name) throw new InputError(FILE, where, '"model" is blank');
    const score = numberAt(FILE, where, "Best score (across scorers)", r.cells["Best score (across scorers)"]);
    const se = stderrOf(r.cells.Scores ?? "", score);
    const date = epochDate(r.cells.started_at ?? "");
    const version = r.cells["task version"] ? [`task version ${r.cells["task version"]}`] : [];
    const s = epochSetting(name);
    const setting = [s.setting, ...version].filter(Boolean).join("; ");
    const interval = se && se > 0 ? { low: round4(Math.max(0, score - 1.96 * se)), high: round4(Math.min(1, score + 1.96 * se)) } : {};
    rows.push({ as: name, metric, score, ...interval, mode: s.mode, ...(setting ? { setting } : {}), ...(date ? { date } : {}) });
  }
  return [
    {
      id: "epoch",
      meta: {
        name: "Epoch AI Benchmarking Hub: Epoch's own runs",
        kind: "independent",
        source: "epoch-research/benchmark-stitching/data/benchmarks_runs.csv@f87d3cc8e8a8f8471be475ebce58fb9a73b4e756",
        url: "https://epoch.ai/data/ai-benchmarking-dashboard",
        asOf: "2025-11-21",
        licence: "CC BY 4.0 (Epoch AI's benchmarking data; repository code MIT)",
        credit: "Epoch AI, CC BY 4.0",
        harness: "Epoch AI runs each model itself with one Inspect-based harness per benchmark, with logs published; the interval is the score ± 1.96 standard errors as printed.",
        scale: { kind: "fraction" },
        sigma: 3.5,
        metrics: Object.fromEntries(Object.entries(TASKS).map(([id, t]) => [id, { label: t.label, what: `${t.what} Fraction 0-1.` }])),
      },
      rows,
    },
  ];
};
