import { describe, expect, it } from "vitest";
import { readAider } from "@/scripts/quality/sources/aider";
import { readArenaHard } from "@/scripts/quality/sources/arena-hard";
import { readBfcl } from "@/scripts/quality/sources/bfcl";
import { readEpochExternal } from "@/scripts/quality/sources/epoch-external";
import { readEpochRuns } from "@/scripts/quality/sources/epoch-runs";
import { readLivebench } from "@/scripts/quality/sources/livebench";
import { readLmarena } from "@/scripts/quality/sources/lmarena";
import { readLmarenaMirror } from "@/scripts/quality/sources/lmarena-mirror";
import { readLongbench } from "@/scripts/quality/sources/longbench";
import { readRuler } from "@/scripts/quality/sources/ruler";
import { readTau2 } from "@/scripts/quality/sources/tau2";
import type { Draft, Reader } from "@/scripts/quality/types";
import { FIXTURES } from "./helpers";

const draft = (read: Reader, id?: string): Draft => {
  const all = read(FIXTURES);
  const d = id ? all.find((x) => x.id === id) : all[0];
  if (!d) throw new Error(`no draft ${id}`);
  return d;
};
const row = (d: Draft, as: string, metric?: string) => d.rows.find((r) => r.as === as && (metric === undefined || r.metric === metric));

describe("LMArena readers", () => {
  it("read the style-control rating with its 95 % bounds as low and high, per category", () => {
    const r = row(draft(readLmarena), "gemini-3-pro", "text/full");
    expect(r?.low).toBeLessThan(r?.score ?? 0);
    expect(r?.high).toBeGreaterThan(r?.score ?? 0);
    expect(new Set(draft(readLmarena).rows.map((x) => x.metric)).size).toBe(16);
  });

  it("read the setting from the name: a thinking budget, thinking off, or the model as served", () => {
    const d = draft(readLmarena);
    expect(row(d, "claude-opus-4-5-20251101-thinking-32k")?.mode).toEqual({ thinking: true, budget: "32k" });
    expect(row(d, "qwen3-235b-a22b-no-thinking")?.mode).toEqual({ thinking: false });
    expect(row(d, "qwen3-235b-a22b")?.mode).toEqual({});
  });

  it("date the mirror's rows by the day their category last changed, and mark it secondary of the official source", () => {
    const d = draft(readLmarenaMirror);
    expect(d.secondaryOf).toBe("lmarena");
    expect(d.meta.secondary).toBe(true);
    expect(row(d, "claude-opus-4-6", "text/full")?.date).toBe("2026-07-08");
    expect(row(d, "claude-opus-4-6", "vision/full")?.date).toBe("2026-07-14");
  });
});

describe("Aider polyglot", () => {
  it("reads pass_rate_2 with the run's date, effort and thinking setting", () => {
    const d = draft(readAider);
    expect(row(d, "gpt-5 (medium)")).toMatchObject({ metric: "pass_rate_2", mode: { effort: "medium" }, date: "2025-08-25" });
    expect(row(d, "claude-sonnet-4-20250514 (no thinking)")?.mode).toEqual({ thinking: false });
    expect(row(d, "claude-sonnet-4-20250514 (32k thinking)")?.mode).toMatchObject({ thinking: true, budget: "32k" });
  });
});

describe("LiveBench", () => {
  it("averages a category's task scores as the site does", () => {
    // gpt-5-mini, Coding = mean(code_completion 76.087, code_generation 76.056) from the table.
    const r = row(draft(readLivebench), "gpt-5-mini", "Coding");
    expect(r?.score).toBe(76.072);
  });

  it("leaves out a row whose cells cannot be aligned to the header, and says so", () => {
    const d = draft(readLivebench);
    expect(d.rows.some((r) => r.as.startsWith("nemotron"))).toBe(false);
    expect(d.notes).toEqual([expect.stringMatching(/line 5 has 21 cells, the header has 24: left out/)]);
  });
});

describe("BFCL, τ²-bench", () => {
  it("BFCL prefers native function calling over prompted tools", () => {
    const d = draft(readBfcl);
    expect(row(d, "Claude-Opus-4-5-20251101 (FC)")?.prefer).toBe(1);
    expect(row(d, "Claude-Opus-4-5-20251101 (Prompt)")?.prefer).toBe(0);
  });

  it("τ²-bench puts Sierra's runs in the independent source and self-submitted ones in the vendor source", () => {
    expect(draft(readTau2, "tau2-bench").rows.map((r) => r.as)).not.toContain("Claude-Sonnet-4.5");
    expect(draft(readTau2, "tau2-bench-reported")).toMatchObject({ meta: { kind: "vendor" }, rows: [{ as: "Claude-Sonnet-4.5" }, { as: "Claude-Sonnet-4.5" }] });
  });

  it("τ²-bench keeps pass^1 of text submissions with the standard harness, the 0.1 harness as its own metric", () => {
    const all = readTau2(FIXTURES).flatMap((d) => d.rows);
    expect(all.some((r) => r.as === "gpt-realtime-2")).toBe(false);
    expect(new Set(all.map((r) => r.metric))).toEqual(new Set(["airline", "retail", "airline-v0", "retail-v0"]));
  });
});

describe("Epoch AI", () => {
  it("reads fractions with low/high = score ± 1.96 printed standard errors", () => {
    const r = row(draft(readEpochRuns), "gpt-5-2025-08-07_medium", "gpqa-diamond");
    expect(r).toMatchObject({ score: 0.854, low: 0.8148, high: 0.8932, date: "2025-08-07", mode: { effort: "medium" } });
  });

  it("reads the transcriptions as secondary sources citing the original leaderboard", () => {
    const drafts = readEpochExternal(FIXTURES);
    expect(drafts.map((d) => d.id)).toEqual(["fiction-livebench", "terminal-bench", "lech-mazur-writing", "video-mme"]);
    for (const d of drafts) expect(d.meta).toMatchObject({ secondary: true, credit: expect.stringContaining("Epoch AI") });
    expect(drafts[0]?.meta.url).toContain("fiction.live");
  });

  it("keeps only Terminal-Bench rows of its reference agents, with their standard errors", () => {
    const d = draft(readEpochExternal, "terminal-bench");
    expect(d.rows).toEqual([expect.objectContaining({ as: "claude-sonnet-4-5-20250929", metric: "terminus-2", score: 51, low: 49.43, high: 52.57 })]);
  });
});

describe("LongBench v2, RULER, Arena-Hard", () => {
  it("LongBench tells one name with two dates apart and prefers chain of thought", () => {
    const d = draft(readLongbench);
    expect(d.rows.map((r) => r.as)).toEqual(expect.arrayContaining(["GPT-4o (2024-08-06)", "GPT-4o (2024-11-20)", "Gemini-2.5-Pro"]));
    expect(d.rows.some((r) => r.as === "Human")).toBe(false);
    expect(row(d, "Gemini-2.5-Pro", "overall")).toMatchObject({ score: 63.3, prefer: 1, setting: "with chain of thought" });
  });

  it("RULER adds the size to the printed name and sends starred rows to the vendor source", () => {
    const [own, reported] = readRuler(FIXTURES);
    expect(own?.rows.map((r) => r.as)).toEqual(expect.arrayContaining(["Llama3.1 (70B)", "Llama3.1 (8B)"]));
    expect(reported).toMatchObject({ id: "ruler-reported", meta: { kind: "vendor" } });
    expect(reported?.rows.every((r) => r.as === "Qwen3-32B* (32B)")).toBe(true);
  });

  it("Arena-Hard turns printed offsets into an interval; the baseline and a cut-off line get none", () => {
    const d = draft(readArenaHard);
    expect(row(d, "o3-2025-04-16", "hard-prompt")).toMatchObject({ score: 85.9, low: 85.1, high: 86.8 });
    expect(row(d, "o3-mini-2025-01-31", "hard-prompt")?.low).toBeUndefined();
    expect(row(d, "s1.1-32B", "creative-writing")?.low).toBeUndefined();
    expect(d.notes).toEqual([expect.stringMatching(/line 9: interval .* unreadable/)]);
  });
});
