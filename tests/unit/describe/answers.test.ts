import { describe, expect, it } from "vitest";
import { describeAnswers } from "@/lib/describe/answers";
import { groupExclusions } from "@/lib/describe/reasons";
import { deploymentText } from "@/lib/describe/option";
import { makeAnswers } from "@/tests/fixtures/answers";

function textOf(field: string, lines: ReturnType<typeof describeAnswers>): string | undefined {
  return lines.find((l) => l.field === field)?.text;
}

describe("describeAnswers", () => {
  it("orders tasks by importance, in words", () => {
    const lines = describeAnswers(makeAnswers({ tasks: { chat: 1, coding: 3, reasoning: 3, vision: 0 } }));
    expect(textOf("tasks", lines)).toBe("coding, reasoning and maths (essential); chat and assistance (nice to have).");
  });

  it("says anywhere for regions any, and lists allowed regions otherwise", () => {
    expect(textOf("regions", describeAnswers(makeAnswers({ regions: ["any"] })))).toMatch(/^Anywhere/);
    expect(textOf("regions", describeAnswers(makeAnswers({ regions: ["eu", "uk"] })))).toBe("Only in the EU or the UK.");
  });

  it("names owned GPUs from the catalog and marks unknown ids", () => {
    const a = makeAnswers({ hardware: [{ gpu: "rtx-4090", count: 2 }, { gpu: "mystery", count: 1 }] });
    const names = new Map([["rtx-4090", "NVIDIA GeForce RTX 4090"]]);
    expect(textOf("hardware", describeAnswers(a, names))).toBe('2 x NVIDIA GeForce RTX 4090 and 1 x "mystery" (not in the catalog).');
  });

  it("tells a hard budget from a target", () => {
    expect(textOf("budgetUsdPerMonth", describeAnswers(makeAnswers({ budgetIsHardLimit: true })))).toContain("a hard limit");
    expect(textOf("budgetUsdPerMonth", describeAnswers(makeAnswers({ budgetIsHardLimit: false })))).toContain("a target");
  });

  it("states excluded origins by country name, and flag neutrality when none", () => {
    expect(textOf("openWeightsOnly", describeAnswers(makeAnswers({ excludedOrigins: ["CN", "US"] })))).toContain(
      "excluding models from labs based in China or the United States",
    );
    expect(textOf("openWeightsOnly", describeAnswers(makeAnswers()))).toContain("no lab excluded for its country of origin");
  });

  it("writes volumes in words", () => {
    expect(textOf("tokensPerMonth", describeAnswers(makeAnswers({ tokensPerMonth: 1.5e9, inputShare: 0.5 })))).toBe(
      "1.5 billion tokens a month, 50% of them input.",
    );
  });
});

describe("deploymentText", () => {
  it("describes a rented GPU deployment with provider, region and quantization", () => {
    const text = deploymentText({
      kind: "cloud-gpu",
      regions: ["eu"],
      gpu: "h100",
      gpuName: "NVIDIA H100",
      gpuCount: 2,
      quantization: "fp8",
      rental: { provider: "Lambda", region: "eu", usdPerGpuHour: 2.5, source: "https://example.com/p", asOf: "2026-01-01" },
    });
    expect(text).toBe("2 x NVIDIA H100 rented from Lambda (the EU), FP8");
  });
});

describe("groupExclusions", () => {
  it("groups by first reason, biggest group first, one item per model", () => {
    const groups = groupExclusions([
      { id: "a1", modelId: "a", modelName: "A", reasons: [{ code: "residency", message: "m1" }] },
      { id: "a2", modelId: "a", modelName: "A", reasons: [{ code: "residency", message: "m2" }] },
      { id: "b1", modelId: "b", modelName: "B", reasons: [{ code: "residency", message: "m3" }] },
      { id: "c1", modelId: "c", modelName: "C", reasons: [{ code: "context", message: "m4" }, { code: "residency", message: "x" }] },
    ]);
    expect(groups.map((g) => [g.code, g.count, g.items.map((i) => i.modelId)])).toEqual([
      ["residency", 3, ["a", "b"]],
      ["context", 1, ["c"]],
    ]);
    expect(groups[0]?.heading).toBe("Processes prompts outside the allowed regions");
  });
});
