import { describe, expect, it } from "vitest";
import { importQuality } from "@/scripts/quality/import";
import { READERS } from "@/scripts/quality/sources";
import { QualitySourceFile, type QualityRow } from "@/lib/schema/quality";
import { FIXTURE_MODELS, FIXTURES, fixtureNames } from "./helpers";

const run = () => importQuality(FIXTURES, READERS, fixtureNames(), FIXTURE_MODELS);
const fileOf = (id: string) => {
  const text = run().files.get(`${id}.json`);
  if (!text) throw new Error(`no file ${id}`);
  return QualitySourceFile.parse(JSON.parse(text));
};
const reportOf = (id: string) => run().reports.find((r) => r.source === id);
const rowsOf = (id: string, model: string, metric: string): QualityRow[] => fileOf(id).rows.filter((r) => r.model === model && r.metric === metric);

describe("building a source file", () => {
  it("writes every source in the QualitySourceFile format", () => {
    const { files } = run();
    expect([...files.keys()].sort()).toEqual(
      ["aider-polyglot", "arena-hard-auto", "bfcl", "epoch", "fiction-livebench", "lech-mazur-writing", "livebench", "lmarena", "lmarena-mirror", "longbench-v2", "ruler", "ruler-reported", "tau2-bench", "tau2-bench-reported", "terminal-bench", "video-mme"].map((id) => `${id}.json`).sort(),
    );
    for (const text of files.values()) expect(QualitySourceFile.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it("maps printed names to releases and keeps the printed name in `as`", () => {
    expect(rowsOf("aider-polyglot", "gpt-5", "pass_rate_2").map((r) => r.as).sort()).toEqual(["gpt-5 (high)", "gpt-5 (low)", "gpt-5 (medium)"]);
  });

  it("leaves out names mapped to null, and counts them", () => {
    expect(fileOf("aider-polyglot").rows.some((r) => r.as.includes("+"))).toBe(false);
    expect(reportOf("aider-polyglot")?.outOfScope).toBe(1);
  });

  it("leaves out rows of a release with no data/models file yet, and lists the release", () => {
    expect(fileOf("tau2-bench").rows.some((r) => r.model === "gpt-5.2")).toBe(false);
    expect(reportOf("tau2-bench")?.awaiting.get("gpt-5.2")).toEqual(["GPT-5.2"]);
  });

  it("reports printed names that have no entry in names.json", () => {
    expect(reportOf("lmarena-mirror")?.unmapped).toEqual([]);
    const names = fixtureNames();
    delete names["bfcl"]?.["GLM-4.6 (FC thinking)"];
    const report = importQuality(FIXTURES, READERS, names, FIXTURE_MODELS).reports.find((r) => r.source === "bfcl");
    expect(report?.unmapped).toEqual(["GLM-4.6 (FC thinking)"]);
  });

  it("marks the API default among several settings of a release, and says so in `setting`", () => {
    const gpt5 = rowsOf("aider-polyglot", "gpt-5", "pass_rate_2");
    expect(gpt5.filter((r) => r.default).map((r) => r.as)).toEqual(["gpt-5 (medium)"]);
    expect(gpt5.find((r) => r.default)?.setting).toMatch(/^default setting: reasoning effort medium/);
    const sonnet = rowsOf("aider-polyglot", "claude-sonnet-4", "pass_rate_2");
    expect(sonnet.find((r) => r.default)?.as).toBe("claude-sonnet-4-20250514 (no thinking)");
    const qwen = rowsOf("lmarena", "qwen3-235b-a22b", "text/full");
    expect(qwen.find((r) => r.default)).toMatchObject({ as: "qwen3-235b-a22b", setting: "as served (thinking on)" });
  });

  it("leaves `default` out where a source has one row of a release", () => {
    expect(rowsOf("lmarena", "gemini-3-pro", "text/full")).toEqual([expect.not.objectContaining({ default: expect.anything() })]);
  });

  it("keeps, in the mirror, only releases the official file lacks, plus the scale's anchor rows", () => {
    const mirror = fileOf("lmarena-mirror");
    expect(new Set(mirror.rows.map((r) => r.model))).toEqual(new Set(["claude-opus-4.6", "llama-3.1-8b-instruct", "gemini-3-pro", "gpt-4o-mini", "gemini-2.5-pro"]));
    expect(mirror.rows.some((r) => r.model === "claude-opus-4.5")).toBe(false);
    expect(reportOf("lmarena-mirror")?.official).toBeGreaterThan(0);
  });

  it("notes an anchored metric whose anchor row is missing", () => {
    const names = { ...fixtureNames(), "lech-mazur-writing": { "gemini-2.5-pro": "gemini-2.5-pro", "gpt-4o-mini-2024-07-18": null } };
    const report = importQuality(FIXTURES, READERS, names, FIXTURE_MODELS).reports.find((r) => r.source === "lech-mazur-writing");
    expect(report?.notes).toEqual(expect.arrayContaining([expect.stringContaining('mean-score: anchor "gpt-4o-mini" has no row')]));
  });
});
