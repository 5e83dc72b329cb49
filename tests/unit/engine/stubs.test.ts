import { describe, expect, it } from "vitest";
import { recommend } from "@/lib/engine";
import { buildCandidates } from "@/lib/engine/candidates";
import { buildContext } from "@/lib/engine/context";
import type { AnswersInput } from "@/lib/schema/answers";
import { makeAnswers } from "../../fixtures/answers";
import { makeCatalog, makeModel } from "../../fixtures/catalog";

const now = new Date("2026-11-28T00:00:00Z");
const excludedFor = (overrides: Partial<AnswersInput>, catalog = makeCatalog()) => recommend(makeAnswers(overrides), catalog, { now, whatIf: false }).excluded;

describe("ways of running the user did not allow", () => {
  it("leaves out each model once per way not allowed, with the hosting reason and no GPU search", () => {
    const excluded = excludedFor({ hosting: ["api"], hardware: [{ gpu: "rtx-4090", count: 1 }], regions: ["any"] });
    const selfHosted = excluded.filter((e) => e.deployment?.kind !== "api");
    // dense-8b and moe-671b have open weights and parameters; closed-x has neither and is never self-hosted.
    expect(selfHosted.map((e) => e.id)).toEqual(["cloud:dense-8b", "cloud:moe-671b", "own:dense-8b", "own:moe-671b"]);
    for (const e of selfHosted) {
      expect(e.reasons.map((r) => r.code)).toEqual(["hosting"]);
      expect(e.deployment?.gpu).toBeUndefined();
    }
    expect(selfHosted[0]?.reasons[0]?.message).toBe("Runs on rented GPUs; you allowed an API only.");
  });
  it("leaves out every API offering of a model as one entry when APIs are not allowed", () => {
    const excluded = excludedFor({ hosting: ["cloud-gpu"] });
    expect(excluded.filter((e) => e.deployment?.kind === "api").map((e) => e.id)).toEqual(["api:closed-x", "api:dense-8b", "api:moe-671b"]);
  });
  it("writes no entry for own hardware when the user owns none", () => {
    expect(excludedFor({ hosting: ["api"], hardware: [] }).some((e) => e.id.startsWith("own:"))).toBe(false);
  });
  it("judges rules that need no deployment before the GPU search, with today's reasons", () => {
    const cat = makeCatalog({ models: [makeModel({ contextTokens: 4096 })] });
    const [entry] = excludedFor({ hosting: ["cloud-gpu"], minContextTokens: 8192 }, cat).filter((e) => e.id.startsWith("cloud:"));
    expect(entry?.id).toBe("cloud:dense-8b");
    expect(entry?.reasons).toEqual([{ code: "context", message: "Reads up to 4,096 tokens; you need 8,192." }]);
  });
  it("still says a model's memory cannot be computed, before the hosting reason", () => {
    const cat = makeCatalog({ models: [makeModel({ architecture: undefined })] });
    const [entry] = excludedFor({ hosting: ["api"], hardware: [{ gpu: "rtx-4090", count: 1 }] }, cat).filter((e) => e.id.startsWith("own:"));
    expect(entry?.reasons.map((r) => r.code)).toEqual(["missing-data", "hosting"]);
  });
  it("builds the full deployment once the way of running is allowed", () => {
    const c = buildCandidates(makeAnswers({ hosting: ["cloud-gpu"] }), buildContext(makeCatalog())).find((x) => x.id.startsWith("cloud:dense-8b"));
    expect(c?.id).toBe("cloud:dense-8b:rtx-4090x1:fp8");
    expect(c?.stub).toBeUndefined();
  });
});
