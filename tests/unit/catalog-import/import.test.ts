import { describe, expect, it } from "vitest";
import { runImport } from "../../../scripts/catalog/build";
import type { ProviderOverlay } from "../../../scripts/catalog/overlay-schema";
import { litellm, makeOverlays, makeProvider, SNAPSHOT, TODAY, tree } from "./factories";

type Offer = { model: string; endpoint?: string; regions: string[]; scope: string; status: string; retiresOn?: string; prices: Record<string, number | string>; tiers: unknown[]; source: string; asOf: string; upstream?: string; regionalUplift?: number; notes: string[] };

const cited = { source: "https://example.org/regions", asOf: "2026-11-28" };

function run(providers: Record<string, ProviderOverlay>, withLitellm = true) {
  const out = runImport({ tree: tree(), ...(withLitellm ? { litellm: litellm() } : {}), overlays: makeOverlays(providers), snapshot: SNAPSHOT, today: TODAY });
  const offers = (pid: string) => ((out.files.get(`providers/${pid}.json`) as { offerings: Offer[] } | undefined)?.offerings ?? []);
  return { ...out, offers };
}

describe("offerings from models.dev", () => {
  it("cites the snapshot file at its commit, dated the snapshot's day, with the provider's page as upstream", () => {
    const { offers } = run({ openai: makeProvider({ upstream: { modelsDev: ["openai"], litellm: [] } }) }, false);
    const gpt5 = offers("openai").find((o) => o.model === "gpt-5");
    expect(gpt5?.source).toBe("https://github.com/anomalyco/models.dev/blob/f3fc692299671838c7c65fd8126bf84d81a2e817/providers/openai/models/gpt-5.toml");
    expect(gpt5?.asOf).toBe("2026-07-02");
    expect(gpt5?.upstream).toBe("https://openai.com/api/pricing/");
  });

  it("gives each upstream key the endpoint, regions and scope of the first matching rule", () => {
    const bedrock = makeProvider({
      upstream: { modelsDev: ["amazon-bedrock"], litellm: [] },
      endpoints: [
        { match: "^global\\.", endpoint: "global", regions: ["us", "eu", "uk", "apac", "other"], scope: "global", ...cited },
        { match: "^eu\\.", endpoint: "eu", regions: ["eu"], scope: "geographic", ...cited },
      ],
    });
    const got = run({ "aws-bedrock": bedrock }, false).offers("aws-bedrock").map((o) => [o.endpoint, o.regions, o.scope, o.prices.input]);
    expect(got).toEqual([["eu", ["eu"], "geographic", 5.5], ["global", ["us", "eu", "uk", "apac", "other"], "global", 5]]);
  });

  it("reads a geographic price dearer than the global one by one ratio as the regional uplift", () => {
    const bedrock = makeProvider({
      upstream: { modelsDev: ["amazon-bedrock"], litellm: [] },
      endpoints: [
        { match: "^global\\.", endpoint: "global", regions: ["us", "eu", "uk", "apac", "other"], scope: "global", ...cited },
        { match: "^eu\\.", endpoint: "eu", regions: ["eu"], scope: "geographic", ...cited },
      ],
    });
    const eu = run({ "aws-bedrock": bedrock }, false).offers("aws-bedrock").find((o) => o.endpoint === "eu");
    expect(eu?.regionalUplift).toBe(1.1);
  });

  it("leaves out a key no endpoint rule matches, since its regions are undocumented", () => {
    const p = makeProvider({ upstream: { modelsDev: ["amazon-bedrock"], litellm: [] }, endpoints: [{ match: "^eu\\.", endpoint: "eu", regions: ["eu"], scope: "geographic", ...cited }] });
    const { offers, report } = run({ "aws-bedrock": p }, false);
    expect(offers("aws-bedrock").map((o) => o.endpoint)).toEqual(["eu"]);
    expect(report.skipped.some((s) => /global\.anthropic.*no endpoint rule/.test(s))).toBe(true);
  });

  it("skips a subscription plan priced 0 per token", () => {
    const { files, report } = run({ "zai-plan": makeProvider({ upstream: { modelsDev: ["zai-coding-plan"], litellm: [] } }) }, false);
    expect((files.get("providers/zai-plan.json") as { offerings: Offer[] }).offerings).toEqual([]);
    expect(report.skipped.some((s) => /glm-4\.7\.toml: priced 0 per token/.test(s))).toBe(true);
  });

  it("marks an offering models.dev calls deprecated as retired, never active", () => {
    const r1 = run({ together: makeProvider({ upstream: { modelsDev: ["togetherai"], litellm: [] } }) }, false).offers("together");
    expect(r1.map((o) => [o.model, o.status])).toEqual([["deepseek-r1", "retired"]]);
  });

  it("keeps one offering for a release listed under a dated and an undated key", () => {
    const anthropic = run({ anthropic: makeProvider({ upstream: { modelsDev: ["anthropic"], litellm: [] } }) }, false).offers("anthropic");
    expect(anthropic.filter((o) => o.model === "claude-sonnet-4")).toHaveLength(1);
  });

  it("keeps a price published in EUR in EUR", () => {
    const scw = run({ scaleway: makeProvider({ upstream: { modelsDev: ["scaleway"], litellm: [] } }) }, false).offers("scaleway");
    expect(scw[0]?.prices).toMatchObject({ currency: "EUR", input: 0.15, output: 0.6 });
  });
});

describe("LiteLLM over models.dev", () => {
  const openai = () => makeProvider({ upstream: { modelsDev: ["openai"], litellm: ["openai"] } });

  it("adds LiteLLM's batch prices and keeps models.dev's list price", () => {
    const o = run({ openai: openai() }).offers("openai").find((x) => x.model === "gpt-5.4");
    expect(o?.prices).toMatchObject({ input: 2.5, output: 15, batchInput: 1.25, batchOutput: 7.5 });
    expect(o?.source).toContain("models.dev");
  });

  it("retires an offering whose LiteLLM shutdown date has passed", () => {
    const g = run({ google: makeProvider({ upstream: { modelsDev: ["google"], litellm: ["gemini"] } }) }).offers("google");
    expect(g.find((o) => o.model === "gemini-3-pro")).toMatchObject({ status: "retired", retiresOn: "2026-03-09" });
    expect(g.find((o) => o.model === "gemini-2.5-pro")?.status).toBe("active");
  });

  it("prices an inherited regional offering at the global price times LiteLLM's uplift", () => {
    const p = openai();
    p.offerings.push({ model: "gpt-5.4", endpoint: "eu", regions: ["eu"], scope: "geographic" });
    const eu = run({ openai: p }).offers("openai").find((o) => o.model === "gpt-5.4" && o.endpoint === "eu");
    expect(eu).toMatchObject({ regions: ["eu"], scope: "geographic", regionalUplift: 1.1 });
    expect(eu?.prices).toMatchObject({ input: 2.75, output: 16.5 });
  });
});

describe("overlays win", () => {
  it("an overlay price beats the snapshot's and the conflict is reported", () => {
    const p = makeProvider({ upstream: { modelsDev: ["openai"], litellm: [] } });
    p.offerings.push({ model: "gpt-5", prices: { input: 1.1 } });
    const { offers, report } = run({ openai: p }, false);
    const o = offers("openai").find((x) => x.model === "gpt-5");
    expect(o?.prices).toMatchObject({ currency: "USD", input: 1.1, output: 10 });
    expect(report.conflicts).toEqual([expect.stringMatching(/^openai\/gpt-5@: prices .*"input":1\.1.* wins over .*"input":1\.25/)]);
  });

  it("an overlay that only adds a note keeps the imported status and tiers", () => {
    const p = makeProvider({ upstream: { modelsDev: ["google"], litellm: [] } });
    p.offerings.push({ model: "gemini-3-pro", notes: ["A hand note."] });
    const g = run({ google: p }, false).offers("google").find((o) => o.model === "gemini-3-pro");
    expect(g).toMatchObject({ status: "retired", notes: expect.arrayContaining(["A hand note."]) });
    expect(g?.tiers).toHaveLength(1);
  });

  it("a model overlay's figure beats the snapshot's and the conflict is reported", () => {
    const out = runImport({ tree: tree(), overlays: makeOverlays({ openai: makeProvider({ upstream: { modelsDev: ["openai"], litellm: [] } }) }, { "gpt-5": { lab: "openai", modelsDev: "openai/gpt-5", name: "GPT-5", contextTokens: 272_000 } }), snapshot: SNAPSHOT, today: TODAY });
    expect((out.files.get("models/gpt-5.json") as { contextTokens: number }).contextTokens).toBe(272_000);
    expect(out.report.conflicts).toContain("models/gpt-5: contextTokens 272000 from the overlay wins over 400000 in the snapshot");
  });

  it("keeps a closed model without any offering out of the catalog, and an open-weight one in", () => {
    const { files } = run({}, false);
    expect(files.has("models/gpt-5.json")).toBe(false);
    expect(files.has("models/deepseek-r1.json")).toBe(true);
  });
});

describe("LiteLLM-only rows", () => {
  it("are held back where models.dev covers the provider, unless an overlay offering takes them", () => {
    const p = makeProvider({ upstream: { modelsDev: ["google"], litellm: ["openai"] } });
    expect(run({ google: p }).offers("google").some((o) => o.model === "gpt-5.4")).toBe(false);
    p.offerings.push({ model: "gpt-5.4" });
    const taken = run({ google: p }).offers("google").find((o) => o.model === "gpt-5.4");
    expect(taken?.source).toContain("RoCry/llm-api-price");
    expect(taken?.prices).toMatchObject({ input: 2.5, batchInput: 1.25 });
  });
});
