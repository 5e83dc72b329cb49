import { describe, expect, it } from "vitest";
import { buildCandidates } from "@/lib/engine/candidates";
import { violations } from "@/lib/engine/constraints";
import { buildContext } from "@/lib/engine/context";
import type { AnswersInput } from "@/lib/schema/answers";
import { makeAnswers } from "../../fixtures/answers";
import { makeCatalog, makeModel } from "../../fixtures/catalog";

function codesFor(id: string, overrides: Partial<AnswersInput>, catalog = makeCatalog()): string[] {
  const a = makeAnswers(overrides);
  const c = buildCandidates(a, buildContext(catalog)).find((x) => x.id === id || x.id.startsWith(`${id}:`));
  if (!c) throw new Error(`no candidate ${id}`);
  return violations(c, a).map((r) => r.code);
}

describe("hard constraints", () => {
  it("excludes an API offering processed outside the allowed regions, saying where", () => {
    const a = makeAnswers({ regions: ["eu"] });
    const c = buildCandidates(a, buildContext(makeCatalog())).find((x) => x.id === "api:prov-cn.moe-671b");
    expect(c && violations(c, a)).toEqual([{ code: "residency", message: "Provider CN processes prompts in China; you allowed the EU only." }]);
  });
  it("lets an API in an allowed region through", () => expect(codesFor("api:prov-eu.dense-8b", { regions: ["eu", "us"] })).toEqual([]));
  it("lets every region through with any", () => expect(codesFor("api:prov-cn.moe-671b", { regions: ["any"] })).toEqual([]));
  it("excludes a hosting kind the user did not allow, once per model", () => expect(codesFor("api:dense-8b", { hosting: ["cloud-gpu"] })).toEqual(["hosting"]));
  it("excludes closed weights when open weights only", () => expect(codesFor("api:prov-us.closed-x", { regions: ["any"], openWeightsOnly: true })).toEqual(["open-weights"]));
  it("excludes a non-commercial licence for commercial use only", () => {
    const cat = makeCatalog({ models: [makeModel({ license: { id: "research", commercial: false, source: "https://example.org/l", asOf: "2025-01-01" } })] });
    expect(codesFor("api:prov-eu.dense-8b", { commercialUse: true }, cat)).toEqual(["commercial"]);
    expect(codesFor("api:prov-eu.dense-8b", { commercialUse: false }, cat)).toEqual([]);
  });
  it.each([
    [131_072, []],
    [131_073, ["context"]],
  ])("needs a context of at least minContextTokens (%d)", (ctx, codes) => {
    expect(codesFor("api:prov-eu.dense-8b", { minContextTokens: ctx })).toEqual(codes);
  });
  it("excludes a text-only model for image tasks", () => {
    expect(codesFor("api:prov-eu.dense-8b", { tasks: { vision: 1 } })).toEqual(["vision"]);
    expect(codesFor("api:prov-us.closed-x", { tasks: { vision: 1 }, regions: ["us"] })).toEqual([]);
  });
  it("excludes origins only when the user lists them", () => {
    expect(codesFor("api:prov-cn.moe-671b", { regions: ["any"], excludedOrigins: ["CN"] })).toEqual(["origin"]);
    expect(codesFor("api:prov-cn.moe-671b", { regions: ["any"], excludedOrigins: [] })).toEqual([]);
  });
  it.each([
    // dense-8b at 300M tokens: 225M x $0.2 + 75M x $0.6 = $90
    [90, []],
    [89.99, ["budget"]],
  ])("excludes over a hard budget of $%d", (budget, codes) => {
    expect(codesFor("api:prov-eu.dense-8b", { budgetUsdPerMonth: budget, budgetIsHardLimit: true })).toEqual(codes);
    expect(codesFor("api:prov-eu.dense-8b", { budgetUsdPerMonth: budget, budgetIsHardLimit: false })).toEqual([]);
  });
  it("excludes own hardware the model does not fit", () => {
    const a = { hosting: ["own-hardware" as const], hardware: [{ gpu: "rtx-4090", count: 1 }] };
    expect(codesFor("own:moe-671b", a)).toEqual(["hardware-fit"]);
    expect(codesFor("own:dense-8b", a)).toEqual([]);
  });
  it("excludes rented GPUs when no rental is published in an allowed region", () => {
    const cat = makeCatalog();
    cat.gpus = cat.gpus.filter((g) => g.id === "h100-sxm");
    expect(codesFor("cloud:dense-8b", { regions: ["us"] }, cat)).toEqual(["no-rental"]);
  });
});
