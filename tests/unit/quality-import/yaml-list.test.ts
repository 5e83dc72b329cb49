import { describe, expect, it } from "vitest";
import { parseYamlList } from "@/scripts/quality/yaml-list";

describe("parseYamlList", () => {
  it("reads a list of flat maps, unquoting values", () => {
    const text = '- dirname: run-1\n  model: gpt-5 (high)\n  command: "aider --model x # via y"\n\n- dirname: run-2\n  model: o3\n';
    expect(parseYamlList(text, "a.yml")).toEqual([
      { line: 1, fields: { dirname: "run-1", model: "gpt-5 (high)", command: "aider --model x # via y" } },
      { line: 5, fields: { dirname: "run-2", model: "o3" } },
    ]);
  });

  it("names the file and line of anything but a flat entry", () => {
    expect(() => parseYamlList("- model: a\n    nested: b\n", "a.yml")).toThrow(/^a\.yml: line 2: expected "- key: value"/);
  });

  it("refuses a field before the first entry", () => {
    expect(() => parseYamlList("  model: a\n", "a.yml")).toThrow(/a\.yml: line 1: a field comes before the first list entry/);
  });
});
