import { describe, expect, it } from "vitest";
import { parseFrameId, parseTheme, parseTop, toSearchParams } from "@/app/embed/embed-params";
import { deploymentLabel, formatMonthly } from "@/app/embed/format";

describe("embed parameters", () => {
  it.each([
    [null, 3], ["1", 1], ["3", 3], ["5", 5], ["6", 5], ["100", 5], ["0", 3], ["-1", 3], ["2.5", 3], ["x", 3], ["", 3],
  ])("shows top=%s as %i options", (value, n) => {
    expect(parseTop(value)).toBe(n);
  });

  it.each([["light", "light"], ["dark", "dark"], ["auto", "auto"], [null, "auto"], ["DARK", "auto"], ["blue", "auto"]])(
    "reads theme=%s as %s",
    (value, theme) => {
      expect(parseTheme(value)).toBe(theme);
    },
  );

  it("accepts a short frame id and rejects markup or long ones", () => {
    expect(parseFrameId("flagless-embed-1-ab12")).toBe("flagless-embed-1-ab12");
    expect(parseFrameId("<script>")).toBeUndefined();
    expect(parseFrameId("a".repeat(65))).toBeUndefined();
    expect(parseFrameId(null)).toBeUndefined();
  });

  it("keeps repeated and encoded values of Next's searchParams", () => {
    const p = toSearchParams({ t: "coding:3", r: ["eu", "us"], x: undefined });
    expect(p.getAll("r")).toEqual(["eu", "us"]);
    expect(p.get("t")).toBe("coding:3");
    expect(p.has("x")).toBe(false);
  });
});

describe("widget formatting", () => {
  it("labels an API offering with its provider and regions", () => {
    expect(deploymentLabel({ kind: "api", providerId: "mistral", providerName: "Mistral AI", regions: ["eu"] })).toBe("API · Mistral AI · EU");
  });

  it("labels rented GPUs with count, GPU, quantization and region", () => {
    expect(deploymentLabel({ kind: "cloud-gpu", gpu: "h100-sxm", gpuName: "H100 SXM", gpuCount: 2, quantization: "fp8", regions: ["eu"] })).toBe(
      "Rented GPU · 2× H100 SXM · FP8 · EU",
    );
  });

  it("labels own hardware without the on-prem marker", () => {
    expect(deploymentLabel({ kind: "own-hardware", gpu: "rtx-4090", gpuName: "RTX 4090", gpuCount: 1, quantization: "q4", regions: ["on-prem"] })).toBe(
      "Own hardware · 1× RTX 4090 · Q4",
    );
  });

  it.each([[0.4, "$0.40"], [9.99, "$9.99"], [10, "$10"], [1234.5, "$1,235"]])("writes %d USD a month as %s", (usd, text) => {
    expect(formatMonthly(usd)).toBe(text);
  });
});
