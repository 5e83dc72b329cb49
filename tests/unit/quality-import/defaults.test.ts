import { describe, expect, it } from "vitest";
import { chooseDefault } from "@/scripts/quality/choose-default";
import { defaultFor } from "@/scripts/quality/defaults";
import type { Mode } from "@/scripts/quality/types";

describe("defaultFor", () => {
  it.each([
    ["gpt-5", { effort: "medium" }],
    ["o3", { effort: "medium" }],
    ["gpt-5.1", { effort: "none" }],
    ["gpt-5-pro", { effort: "high" }],
    ["gpt-5.1-codex", { effort: "medium" }],
    ["claude-sonnet-4.5", { thinking: false }],
    ["claude-opus-4.5", { thinking: false, effort: "high" }],
    ["qwen3-235b-a22b", { thinking: true }],
    ["qwen3-235b-a22b-instruct-2507", { thinking: false }],
    ["deepseek-v3.2", { thinking: false }],
    ["glm-4.6", { thinking: true }],
    ["gemini-2.5-flash-lite", { thinking: false }],
  ])("%s runs with %o unless asked otherwise", (id, mode) => {
    expect(defaultFor(id)?.mode).toEqual(mode);
  });

  it("has no rule for a model without a thinking switch", () => {
    expect(defaultFor("llama-3.3-70b-instruct")).toBeUndefined();
  });
});

const rows = (...modes: Mode[]) => modes.map((mode, order) => ({ mode, order }));

describe("chooseDefault", () => {
  it("picks the row at the default effort (OpenAI: medium) over high and low", () => {
    expect(chooseDefault(rows({ effort: "high" }, { effort: "medium" }, { effort: "low" }), { effort: "medium" })).toEqual({ index: 1, exact: true });
  });

  it("takes a row without a stated setting as the model as served", () => {
    expect(chooseDefault(rows({ thinking: true, budget: "32k" }, {}), { thinking: false })).toEqual({ index: 1, exact: true });
  });

  it("prefers a row that states the default over one that leaves it out", () => {
    expect(chooseDefault(rows({}, { effort: "medium" }), { effort: "medium" }).index).toBe(1);
  });

  it("breaks ties by the reader's preference, then the newest date", () => {
    expect(chooseDefault([{ order: 0, prefer: 0 }, { order: 1, prefer: 1 }], {}).index).toBe(1);
    expect(chooseDefault([{ order: 0, date: "2025-05-01" }, { order: 1, date: "2024-12-01" }], {}).index).toBe(0);
  });

  it("falls back to the nearest setting, and says it is not exact", () => {
    expect(chooseDefault(rows({ effort: "xhigh" }, { effort: "high" }), { effort: "medium" })).toEqual({ index: 1, exact: false });
  });
});
