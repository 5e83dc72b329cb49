import { InputError, numberAt } from "../input-error";
import { readCsv } from "../read";
import { effortOf, withMode } from "../setting";
import type { DraftRow, Mode, Reader } from "../types";

const FILE = "arena-hard-auto/arena_hard_v2_readme.csv";

const METRICS: Record<string, { column: string; label: string; what: string }> = {
  "hard-prompt": {
    column: "arena-hard-v2.0/hard_prompt/style_control/judge_gemini-2.5",
    label: "Arena-Hard v2 hard prompts (official configuration)",
    what: "Win rate against o3-mini on 500 hard user prompts, judged by Gemini 2.5 with style control, in % (50 = as good as the baseline).",
  },
  "hard-prompt-gpt-4.1-judge": {
    column: "arena-hard-v2.0/hard_prompt/style_control/judge_gpt-4.1",
    label: "Arena-Hard v2 hard prompts (GPT-4.1 as judge)",
    what: "The same win rate against o3-mini, judged by GPT-4.1 instead, in %.",
  },
  "creative-writing": {
    column: "arena-hard-v2.0/creative_writing/judge_ensemble_gpt-4.1+gemini-2.5",
    label: "Arena-Hard v2 creative writing",
    what: "Win rate against Gemini 2.0 Flash on 250 creative-writing prompts, judged by GPT-4.1 and Gemini 2.5 together, in %.",
  },
};

/** "(-0.8 / +0.9)" -> the offsets; a cut-off or zero-width interval (the baseline) -> undefined. */
export function offsets(text: string): { minus: number; plus: number } | undefined {
  const m = /^\(-([0-9.]+) \/ \+([0-9.]+)\)$/.exec(text.trim());
  if (!m) return undefined;
  const minus = Number(m[1]);
  const plus = Number(m[2]);
  return minus > 0 || plus > 0 ? { minus, plus } : undefined;
}

function hardMode(name: string): Mode {
  const effort = effortOf(/-(low|medium|high)$/.exec(name)?.[1]);
  if (/-thinking-(\d+k)$/.test(name)) return { thinking: true, budget: /-thinking-(\d+k)$/.exec(name)?.[1] ?? "" };
  return effort ? { effort } : {};
}

const round = (v: number) => Math.round(v * 10) / 10;

export const readArenaHard: Reader = (dir) => {
  const rows: DraftRow[] = [];
  const notes: string[] = [];
  for (const r of readCsv(dir, FILE)) {
    const metric = Object.entries(METRICS).find(([, v]) => v.column === r.cells.metric)?.[0];
    const name = r.cells.model?.trim();
    if (!metric) continue;
    if (!name) throw new InputError(FILE, `line ${r.line}`, '"model" is blank');
    const score = numberAt(FILE, `line ${r.line}`, "score", r.cells.score);
    const ci = r.cells.ci_as_printed ?? "";
    const o = offsets(ci);
    if (!o && !/^\(-0\.0 \/ \+0\.0\)$/.test(ci.trim())) notes.push(`${FILE} line ${r.line}: interval ${JSON.stringify(ci)} unreadable (the source line is cut off); row kept without it`);
    rows.push({ as: name, metric, score, ...(o ? { low: round(score - o.minus), high: round(score + o.plus) } : {}), ...withMode(hardMode(name)) });
  }
  return [
    {
      id: "arena-hard-auto",
      notes,
      meta: {
        name: "Arena-Hard-Auto v2.0 (preview)",
        kind: "independent",
        source: "lmarena/arena-hard-auto/README.md@196f6b826783b3da7310e361a805fa36f0be83f3",
        url: "https://github.com/lmarena/arena-hard-auto",
        asOf: "2025-06-18",
        licence: "Apache-2.0",
        credit: "Arena-Hard-Auto (LMArena), Apache-2.0",
        harness: "The LMArena team answers a fixed set of hard prompts with each model and lets an LLM judge compare every answer with a baseline model's; the interval is the printed bootstrap range.",
        scale: { kind: "percent" },
        sigma: 2,
        metrics: Object.fromEntries(Object.entries(METRICS).map(([k, v]) => [k, { label: v.label, what: v.what }])),
      },
      rows,
    },
  ];
};
