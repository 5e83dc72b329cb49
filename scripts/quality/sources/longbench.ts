import { InputError, numberAt } from "../input-error";
import { readCsv } from "../read";
import type { DraftRow, Reader } from "../types";

const FILE = "longbench-v2/longbench_v2_leaderboard.csv";

/** The leaderboard's reference rows, not models. */
const BASELINES = new Set(["Human", "Random"]);

const METRICS: Record<string, { column: string; label: string; what: string }> = {
  overall: { column: "overall", label: "LongBench v2 overall", what: "Accuracy on all 503 four-choice questions over contexts of 8k to 2M words, in % (chance 25 %)." },
  long: { column: "long", label: "LongBench v2, long contexts", what: "Accuracy on the questions with the longest contexts (128k words and more), in % (chance 25 %)." },
};

/**
 * One row per model, metric and prompting: with chain of thought ("_cot") is preferred, since
 * reasoning models are only listed that way. A name listed with two dates (GPT-4o) is told apart
 * by its date.
 */
export const readLongbench: Reader = (dir) => {
  const table = readCsv(dir, FILE);
  const dates = new Map<string, Set<string>>();
  for (const r of table) dates.set(r.cells.model ?? "", (dates.get(r.cells.model ?? "") ?? new Set()).add(r.cells.date ?? ""));
  const rows: DraftRow[] = [];
  for (const r of table) {
    const model = r.cells.model?.trim();
    if (!model) throw new InputError(FILE, `line ${r.line}`, '"model" is blank');
    if (BASELINES.has(model)) continue;
    const m = /^(\w+)_acc_(cot|no_cot)$/.exec(r.cells.metric ?? "");
    const metric = Object.entries(METRICS).find(([, v]) => v.column === m?.[1])?.[0];
    if (!m || !metric) continue;
    const as = (dates.get(model)?.size ?? 0) > 1 ? `${model} (${r.cells.date})` : model;
    const cot = m[2] === "cot";
    rows.push({ as, metric, score: numberAt(FILE, `line ${r.line}`, "score", r.cells.score), setting: cot ? "with chain of thought" : "without chain of thought", mode: {}, prefer: cot ? 1 : 0 });
  }
  return [
    {
      id: "longbench-v2",
      meta: {
        name: "LongBench v2",
        kind: "independent",
        source: "longbench2/longbench2.github.io/index.html@da2d517805c7929b6d723e69b5f6516d9f0f82e6",
        url: "https://longbench2.github.io/",
        asOf: "2025-08-30",
        licence: "No licence file in the site repository (the benchmark, THUDM/LongBench, is MIT): the scores are shipped as cited facts, with their source.",
        credit: "LongBench v2 (THU-KEG and Zhipu AI)",
        harness: "The LongBench team asks every model the same 503 multiple-choice questions over long documents, dialogues and code repositories, with and without chain of thought.",
        scale: { kind: "percent" },
        // 503 questions: the binomial SD at 50 % is 2.2 points (the long subset is smaller, about 4).
        sigma: 2.5,
        metrics: Object.fromEntries(Object.entries(METRICS).map(([k, v]) => [k, { label: v.label, what: v.what }])),
      },
      rows,
    },
  ];
};
