import { z } from "zod";
import { InputError, numberAt } from "../input-error";
import { readCsv, readJson } from "../read";
import { effortOf, withMode } from "../setting";
import type { DraftRow, Mode, Reader } from "../types";

const TABLE = "livebench/table_2026_01_08.csv";
const CATEGORIES = "livebench/categories_2026_01_08.json";
const Categories = z.record(z.string(), z.array(z.string()).min(1));

/**
 * LiveBench's model names carry the setting: "-thinking-64k", "-thinking-auto-high-effort",
 * "-high-effort", "-highthinking", "-base" and "-nothinking" (thinking off), "-thinking",
 * "-non-reasoning" / "-reasoning", and a bare effort ("gpt-5-mini-high").
 */
export function livebenchMode(name: string): Mode {
  const mode: Mode = {};
  let m: RegExpExecArray | null;
  if ((m = /-thinking-(\d+k)/.exec(name))) Object.assign(mode, { thinking: true, budget: m[1] });
  else if (/-thinking-auto|-highthinking$|-thinking$|-reasoning$/.test(name) && !/-non-reasoning$/.test(name)) mode.thinking = true;
  else if (/-base$|-nothinking$|-non-reasoning$/.test(name)) mode.thinking = false;
  if (/-nothinking$/.test(name)) mode.effort = "none";
  const effort = effortOf(/-(\w+)-effort$/.exec(name)?.[1]) ?? (/-highthinking$/.test(name) ? "high" : undefined) ?? effortOf(/^(?:gpt|gemini|grok|o\d).*-(minimal|low|medium|high|xhigh)$/.exec(name)?.[1]);
  if (effort) mode.effort = effort;
  return mode;
}

/**
 * Category averages as the site computes them: the mean of the category's task scores
 * (categories_2026_01_08.json). A model missing any task of a category gets no row for it.
 */
export const readLivebench: Reader = (dir) => {
  const cats = Categories.safeParse(readJson(dir, CATEGORIES));
  if (!cats.success) throw new InputError(CATEGORIES, "(root)", "expected { category: [task, ...] }");
  const rows: DraftRow[] = [];
  const notes: string[] = [];
  // The 2026-07-01 table has one short row (nemotron-3-super-120b-a12b): its cells cannot be put under their tasks.
  const table = readCsv(dir, TABLE, (line, problem) => notes.push(`${TABLE} line ${line} ${problem}: left out`));
  for (const r of table) {
    const name = r.cells.model?.trim();
    if (!name) throw new InputError(TABLE, `line ${r.line}`, '"model" is blank');
    for (const [cat, tasks] of Object.entries(cats.data)) {
      const cells = tasks.map((t) => {
        if (!(t in r.cells)) throw new InputError(TABLE, `line ${r.line}`, `has no column "${t}" (category ${cat})`);
        return r.cells[t]?.trim() ?? "";
      });
      if (cells.some((c) => c === "")) continue;
      const scores = cells.map((c, i) => numberAt(TABLE, `line ${r.line}`, tasks[i] ?? "", c));
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      rows.push({ as: name, metric: cat, score: Math.round(mean * 1000) / 1000, ...withMode(livebenchMode(name)) });
    }
  }
  const metrics = Object.fromEntries(
    Object.entries(cats.data).map(([cat, tasks]) => [cat, { label: `LiveBench: ${cat}`, what: `Mean of the ${cat} task scores (${tasks.join(", ")}), 0-100, computed from the task scores as the site does.` }]),
  );
  return [
    {
      id: "livebench",
      notes,
      meta: {
        name: "LiveBench (2026-01-08 question release)",
        kind: "independent",
        source: "LiveBench/livebench.github.io/public/table_2026_01_08.csv@4bf96c8d9dc9b06c17d82dc76a54429975c2b2c2",
        url: "https://livebench.ai/",
        asOf: "2026-07-01",
        licence: "No licence file in the site repository (the benchmark code, LiveBench/LiveBench, is Apache-2.0): the scores are shipped as cited facts, with their source.",
        credit: "LiveBench (livebench.ai)",
        harness: "The LiveBench team runs every model on the same questions, released regularly to limit contamination, scored against objective ground truth without an LLM judge.",
        scale: { kind: "percent" },
        // A category holds 2-4 tasks of roughly 50 questions each: at 50 % the binomial SD is 3.5-5 points.
        sigma: 4,
        metrics,
      },
      rows,
    },
  ];
};
