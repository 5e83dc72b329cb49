import { numberAt, optionalNumberAt } from "../input-error";
import { readCsv } from "../read";
import type { Draft, DraftRow, Reader, SourceMeta } from "../types";
import { epochSetting } from "./epoch-names";

const COMMIT = "f87d3cc8e8a8f8471be475ebce58fb9a73b4e756";
const fileOf = (name: string) => `epoch/external_benchmark_${name}.csv`;
const sourceOf = (name: string) => `epoch-research/benchmark-stitching/data/external_benchmark_${name}.csv@${COMMIT}`;

/** What every Epoch transcription shares: secondary (a copy of another leaderboard), Epoch's licence. */
function transcription(name: string, fields: Pick<SourceMeta, "name" | "url" | "harness" | "sigma" | "metrics" | "scale" | "credit"> & { kind?: SourceMeta["kind"] }): SourceMeta {
  return {
    kind: "independent",
    secondary: true,
    source: sourceOf(name),
    asOf: "2025-11-21",
    licence: "CC BY 4.0 (Epoch AI's transcription); the figures are the original leaderboard's, cited with it",
    ...fields,
  };
}

function rowsOf(dir: string, file: string, nameOf: (cells: Record<string, string>) => string, metrics: Record<string, string>, keep: (cells: Record<string, string>) => boolean = () => true): DraftRow[] {
  const rows: DraftRow[] = [];
  for (const r of readCsv(dir, file)) {
    const name = nameOf(r.cells).trim();
    if (!name || !keep(r.cells)) continue;
    for (const [metric, column] of Object.entries(metrics)) {
      const score = optionalNumberAt(file, `line ${r.line}`, column, r.cells[column]);
      if (score !== undefined) rows.push({ as: name, metric, score, ...epochSetting(name) });
    }
  }
  return rows;
}

export const readEpochExternal: Reader = (dir) => {
  const drafts: Draft[] = [];
  drafts.push({
    id: "fiction-livebench",
    meta: transcription("fictionlivebench", {
      name: "Fiction.LiveBench (long-context story comprehension), via Epoch AI",
      url: "https://fiction.live/stories/Fiction-liveBench-Mar-14-2025/oQdzQvKHw8JyXbN87/home",
      credit: "Fiction.live (Fiction.LiveBench), transcribed by Epoch AI (CC BY 4.0)",
      harness: "Fiction.live asks each model questions about a long story that require tracking characters and events across the text, at context lengths from 0 to 192k tokens.",
      scale: { kind: "percent" },
      // About 36 questions per length: at 50 % the binomial SD is about 8 points.
      sigma: 8,
      metrics: {
        "32k": { label: "Fiction.LiveBench at 32k tokens", what: "Share of comprehension questions answered correctly with a 32k-token story, in %." },
        "120k": { label: "Fiction.LiveBench at 120k tokens", what: "Share of comprehension questions answered correctly with a 120k-token story, in %." },
      },
    }),
    rows: rowsOf(dir, fileOf("fictionlivebench"), (c) => c["Model version"] ?? "", { "32k": "32k token score", "120k": "120k token score" }),
  });
  drafts.push({
    id: "terminal-bench",
    meta: transcription("terminal_bench", {
      name: "Terminal-Bench (1.0), reference agents only, via Epoch AI",
      url: "https://www.tbench.ai/leaderboard",
      credit: "Terminal-Bench (tbench.ai), transcribed by Epoch AI (CC BY 4.0)",
      harness: "Tasks in a real terminal (build, configure, debug) solved by an agent; only rows with the benchmark's own reference agents, Terminus and Terminus 2, are read, so the model is what differs.",
      scale: { kind: "percent" },
      sigma: 3,
      metrics: {
        "terminus-2": { label: "Terminal-Bench, Terminus 2 agent", what: "Share of terminal tasks solved with the Terminus 2 reference agent, in %, ± 1.96 standard errors." },
        terminus: { label: "Terminal-Bench, Terminus agent", what: "Share of terminal tasks solved with the original Terminus reference agent, in %, ± 1.96 standard errors." },
      },
    }),
    rows: terminalRows(dir, fileOf("terminal_bench")),
  });
  drafts.push({
    id: "lech-mazur-writing",
    meta: transcription("lech_mazur_writing", {
      name: "Lech Mazur's creative-writing benchmark, via Epoch AI",
      url: "https://github.com/lechmazur/writing",
      credit: "lechmazur/writing, transcribed by Epoch AI (CC BY 4.0)",
      harness: "Each model writes short stories that must use a fixed set of required elements; a panel of LLM judges grades every story on a 10-point rubric.",
      scale: WRITING_SCALE,
      sigma: 4,
      metrics: { "mean-score": { label: "Creative-writing mean grade", what: "Mean grade of the model's stories on the judges' 10-point rubric." } },
    }),
    rows: rowsOf(dir, fileOf("lech_mazur_writing"), (c) => c["Model version"] ?? "", { "mean-score": "Mean score" }),
  });
  drafts.push({
    id: "video-mme",
    meta: transcription("videomme", {
      name: "Video-MME (video understanding), via Epoch AI",
      url: "https://video-mme.github.io/home_page.html#leaderboard",
      credit: "Video-MME leaderboard, transcribed by Epoch AI (CC BY 4.0)",
      harness: "Multiple-choice questions (four options) about 900 videos of 11 seconds to 1 hour; many leaderboard rows are submitted by the models' authors.",
      scale: { kind: "percent" },
      sigma: 2.5,
      metrics: { "overall-no-subtitles": { label: "Video-MME overall, no subtitles", what: "Share of the 2,700 questions answered correctly from the video frames alone, in % (chance 25 %)." } },
    }),
    rows: rowsOf(dir, fileOf("videomme"), (c) => `${c.Name?.trim() ?? ""} (${c["Model version"]?.trim() ?? ""})`, { "overall-no-subtitles": "Overall (no subtitles)" }, (c) => Boolean(c["Model version"]?.trim())),
  });
  return drafts;
};

/**
 * Anchors present in the table and in the catalog: GPT-4o mini and Gemini 2.5 Pro map to the values
 * they get on LMArena's creative-writing category, so the two writing measures share a scale.
 */
export const WRITING_SCALE = {
  kind: "anchored",
  low: { model: "gpt-4o-mini", maps: 46 },
  high: { model: "gemini-2.5-pro", maps: 81 },
} as const;

function terminalRows(dir: string, file: string): DraftRow[] {
  const rows: DraftRow[] = [];
  for (const r of readCsv(dir, file)) {
    const agent = r.cells.Agent?.trim();
    const name = r.cells["Model version"]?.trim();
    const metric = agent === "Terminus 2" ? "terminus-2" : agent === "Terminus" ? "terminus" : undefined;
    if (!metric || !name) continue;
    const score = numberAt(file, `line ${r.line}`, "Accuracy mean", r.cells["Accuracy mean"]);
    const se = optionalNumberAt(file, `line ${r.line}`, "Accuracy SE", r.cells["Accuracy SE"]);
    const interval = se && se > 0 ? { low: Math.round((score - 1.96 * se) * 100) / 100, high: Math.round((score + 1.96 * se) * 100) / 100 } : {};
    rows.push({ as: name, metric, score, ...interval, ...epochSetting(name) });
  }
  return rows;
}
