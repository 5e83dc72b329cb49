import { z } from "zod";
import { InputError } from "../input-error";
import { readCsv, readJson } from "../read";
import type { Draft, DraftRow, Reader, SourceMeta } from "../types";
import { arenaSetting } from "./lmarena-names";

/** arena-catalog's shape: { category: { model: { rating, rating_q025, rating_q975 } } }. */
const Entry = z.object({ rating: z.number(), rating_q025: z.number(), rating_q975: z.number() });
const Board = z.record(z.string(), z.record(z.string(), z.unknown()));

/** The categories read (issue 16): overall, the task categories, and the languages for multilingual. */
export const TEXT_CATEGORIES: Record<string, string> = {
  full: "overall",
  coding: "coding",
  creative_writing: "creative writing",
  if: "instruction following",
  multiturn: "multi-turn conversations",
  long_user: "longer queries (500 tokens or more)",
  hard_6: "hard prompts",
  math: "math",
  chinese: "prompts in Chinese",
  french: "prompts in French",
  german: "prompts in German",
  spanish: "prompts in Spanish",
  japanese: "prompts in Japanese",
  korean: "prompts in Korean",
  russian: "prompts in Russian",
};
export const VISION_CATEGORIES: Record<string, string> = { full: "overall" };

export function arenaMetrics(): SourceMeta["metrics"] {
  const out: SourceMeta["metrics"] = {};
  for (const [cat, label] of Object.entries(TEXT_CATEGORIES)) {
    out[`text/${cat}`] = {
      label: `Text arena: ${label}`,
      what: `Bradley-Terry rating from blind pairwise human votes on ${cat === "full" ? "all text prompts" : `text prompts in the category "${cat}" (${label})`}, style-controlled (the effect of answer length and markdown removed); higher is preferred more often.`,
    };
  }
  out["vision/full"] = {
    label: "Vision arena: overall",
    what: "Bradley-Terry rating from blind pairwise human votes on prompts with an image, style-controlled; higher is preferred more often.",
    scale: VISION_SCALE,
  };
  return out;
}

/**
 * Anchors chosen so the official file and the mirror agree: both rows are in every category read,
 * in both files, with ratings that moved by under 7 points between them. Text: Llama 3.1 8B Instruct
 * (a weak, heavily voted 2024 model) maps to 20 and Gemini 3 Pro (the official file's top row) to 90;
 * official and mirror values of the models both hold then differ by 1.1 points on average.
 * Vision: GPT-4o mini maps to 20 and Gemini 2.5 Pro to 70, which leaves room above for the newest
 * models (up to about 95) instead of clamping them at 100; mean difference 1.6 points.
 */
export const TEXT_SCALE = {
  kind: "anchored",
  low: { model: "llama-3.1-8b-instruct", maps: 20 },
  high: { model: "gemini-3-pro", maps: 90 },
} as const;
export const VISION_SCALE = {
  kind: "anchored",
  low: { model: "gpt-4o-mini", maps: 20 },
  high: { model: "gemini-2.5-pro", maps: 70 },
} as const;

/** Rows of one arena file, for the categories asked; `dateOf` gives a row's date by category. */
export function arenaRows(dir: string, rel: string, arena: "text" | "vision", dateOf: (metric: string) => string | undefined): DraftRow[] {
  const parsed = Board.safeParse(readJson(dir, rel));
  if (!parsed.success) throw new InputError(rel, "(root)", "expected { category: { model: { rating, rating_q025, rating_q975 } } }");
  const cats = arena === "text" ? TEXT_CATEGORIES : VISION_CATEGORIES;
  const rows: DraftRow[] = [];
  for (const cat of Object.keys(cats)) {
    const board = parsed.data[cat];
    if (!board) throw new InputError(rel, `category "${cat}"`, "is missing");
    const metric = `${arena}/${cat}`;
    for (const [name, value] of Object.entries(board)) {
      const e = Entry.safeParse(value);
      if (!e.success) throw new InputError(rel, `category "${cat}", model "${name}"`, "expected numbers rating, rating_q025 and rating_q975");
      const { rating, rating_q025: low, rating_q975: high } = e.data;
      if (!(low <= rating && rating <= high)) throw new InputError(rel, `category "${cat}", model "${name}"`, "the 95 % bounds do not contain the rating");
      const date = dateOf(metric);
      rows.push({ as: name, metric, score: rating, low, high, ...arenaSetting(name), ...(date ? { date } : {}) });
    }
  }
  return rows;
}

const OFFICIAL = "lmarena/arena-catalog";
const OFFICIAL_COMMIT = "c9558b60647217fafa878cb7ee14f8f43c355594";

export const readLmarena: Reader = (dir) => {
  const base = "lmarena/arena-catalog";
  const rows = [
    ...arenaRows(dir, `${base}/leaderboard-text-style-control.json`, "text", () => undefined),
    ...arenaRows(dir, `${base}/leaderboard-vision-style-control.json`, "vision", () => undefined),
  ];
  const draft: Draft = {
    id: "lmarena",
    meta: {
      name: "LMArena (Chatbot Arena), style control",
      kind: "independent",
      source: `${OFFICIAL}/data/leaderboard-{text,vision}-style-control.json@${OFFICIAL_COMMIT}`,
      url: "https://lmarena.ai/leaderboard",
      asOf: "2025-12-11",
      licence: "No licence file in the repository: the ratings are shipped as cited facts, with their source.",
      credit: "LMArena (lmarena.ai), leaderboard data of 2025-12-11",
      harness: "Anonymous side-by-side battles between two models on prompts people bring; people vote for the better answer and a Bradley-Terry model turns the votes into ratings with bootstrap 95 % intervals.",
      scale: TEXT_SCALE,
      sigma: 3,
      metrics: arenaMetrics(),
    },
    rows,
  };
  return [draft];
};

/** The mirror's per-category dates: the day the category's values last changed in its history. */
export function mirrorDates(dir: string): (metric: string) => string | undefined {
  const rel = "lmarena/lmarena_llm-ranking-mirror_long.csv";
  const dates = new Map<string, string>();
  for (const r of readCsv(dir, rel)) {
    if (r.cells.style_control === "yes" && r.cells.metric && r.cells.date) dates.set(r.cells.metric, r.cells.date);
  }
  return (metric) => dates.get(metric);
}
