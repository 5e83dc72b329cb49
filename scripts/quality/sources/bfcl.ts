import { InputError, numberAt } from "../input-error";
import { readCsv } from "../read";
import { withMode } from "../setting";
import type { DraftRow, Mode, Reader } from "../types";

const FILE = "bfcl/data_overall.csv";

/**
 * "(FC)" is the model's native function-calling API, "(Prompt)" tools described in the prompt; an
 * offering that calls tools uses the native API, so an FC row is preferred where both exist.
 */
export function bfclSetting(name: string): { mode: Mode; setting?: string; prefer: number } {
  const paren = /\(([^)]*)\)\s*$/.exec(name)?.[1] ?? "";
  const fc = /\bFC\b/.test(paren);
  const mode: Mode = /thinking/i.test(paren) ? { thinking: true } : {};
  const how = fc ? "native function calling (FC)" : paren ? "tools described in the prompt" : "";
  return { ...withMode(mode, how ? [how] : []), prefer: fc ? 1 : 0 };
}

export const readBfcl: Reader = (dir) => {
  const rows: DraftRow[] = readCsv(dir, FILE).map((r) => {
    const name = r.cells.Model?.trim();
    if (!name) throw new InputError(FILE, `line ${r.line}`, '"Model" is blank');
    const score = numberAt(FILE, `line ${r.line}`, "Overall Acc", r.cells["Overall Acc"]);
    return { as: name, metric: "overall", score, ...bfclSetting(name) };
  });
  return [
    {
      id: "bfcl",
      meta: {
        name: "Berkeley Function Calling Leaderboard (BFCL) v4",
        kind: "independent",
        source: "ShishirPatil/gorilla/data_overall.csv@8c24bd7cd50499b601783bd6e6b0a921017da10a",
        url: "https://gorilla.cs.berkeley.edu/leaderboard.html",
        asOf: "2025-12-16",
        licence: "Apache-2.0 (LICENSE of ShishirPatil/gorilla)",
        credit: "Berkeley Function Calling Leaderboard (Gorilla project, UC Berkeley), Apache-2.0",
        harness: "The Gorilla team runs every model through the same tool-use checks: single and parallel calls (AST-checked), live user-contributed functions, multi-turn tasks, web search, memory, and relevance detection.",
        scale: { kind: "percent" },
        // Thousands of checks, but the overall is a weighted mean of sections of a few hundred cases
        // (multi-turn, agentic): about 2 points, plus the spread between prompt formats.
        sigma: 2.5,
        metrics: { overall: { label: "BFCL v4 overall accuracy", what: "Weighted mean accuracy over the sections (non-live and live calls, multi-turn, agentic web search and memory), in %." } },
      },
      rows,
    },
  ];
};
