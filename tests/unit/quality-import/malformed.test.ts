import { describe, expect, it } from "vitest";
import { parseArgs } from "@/scripts/quality/args";
import { importQuality } from "@/scripts/quality/import";
import { InputError } from "@/scripts/quality/input-error";
import { READERS } from "@/scripts/quality/sources";
import { FIXTURE_MODELS, fixtureNames, fixturesWith } from "./helpers";

const importFrom = (dir: string) => () => importQuality(dir, READERS, fixtureNames(), FIXTURE_MODELS);

describe("malformed input", () => {
  it("names the file and entry line of an Aider run whose pass rate is not a number", () => {
    const dir = fixturesWith("aider/polyglot_leaderboard.yml", (t) => t.replace("pass_rate_2: 88.0", "pass_rate_2: lots"));
    expect(importFrom(dir)).toThrow(InputError);
    expect(importFrom(dir)).toThrow(/^aider\/polyglot_leaderboard\.yml: entry at line \d+: pass_rate_2 is not a number: "lots"$/);
  });

  it("names the file, category and model of an arena entry without a rating", () => {
    const dir = fixturesWith("lmarena/arena-catalog/leaderboard-text-style-control.json", (t) => {
      const d = JSON.parse(t) as Record<string, Record<string, unknown>>;
      if (d.coding) d.coding["gemini-3-pro"] = { rating: "high" };
      return JSON.stringify(d);
    });
    expect(importFrom(dir)).toThrow('lmarena/arena-catalog/leaderboard-text-style-control.json: category "coding", model "gemini-3-pro": expected numbers rating, rating_q025 and rating_q975');
  });

  it("names the file and line of a CSV row with a score that is not a number", () => {
    const dir = fixturesWith("bfcl/data_overall.csv", (t) => t.replace("77.47%", "n/a"));
    expect(importFrom(dir)).toThrow(/^bfcl\/data_overall\.csv: line 2: Overall Acc is not a number: "n\/a"$/);
  });

  it("names a missing table", () => {
    const dir = fixturesWith("ruler/ruler_readme_table.csv", (t) => t);
    expect(importFrom(`${dir}/nowhere`)).toThrow(/lmarena\/arena-catalog\/leaderboard-text-style-control\.json: \(file\): cannot be read/);
  });

  it("asks for --reference", () => {
    expect(() => parseArgs(["--write"])).toThrow(/usage: npm run quality:import -- --reference DIR \[--write\]/);
    expect(parseArgs(["--reference", "ref", "--write"])).toEqual({ reference: "ref", write: true });
  });
});
