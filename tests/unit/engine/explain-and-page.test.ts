import { describe, expect, it } from "vitest";
import type { Candidate } from "@/lib/core/types";
import { buildContext } from "@/lib/engine/context";
import { deploymentOf, evidenceOf, otherHosts } from "@/lib/engine/explain";
import { displayFx, recommend } from "@/lib/engine/recommend";
import type { Catalog } from "@/lib/schema/catalog";
import { makeAnswers } from "../../fixtures/answers";
import { cite, makeCatalog, makeModel, makeOffering, makeProvider } from "../../fixtures/catalog";

const now = new Date("2026-11-20T00:00:00Z");
const today = "2026-11-20";

describe("deploymentOf and evidenceOf", () => {
  const ctx = buildContext(makeCatalog());
  const facts = ctx.modelById.get("dense-8b")!;
  const provider = ctx.providerById.get("prov-eu")!;
  const offering = { ...ctx.offerings.find((o) => o.id === "prov-eu/dense-8b")!, planRequired: "Pro" };
  const api = { id: "api:x", kind: "api", facts, provider, offering, regions: ["eu"], problems: [] } as unknown as Candidate;

  it("names an API's provider, scope and plan", () => {
    expect(deploymentOf(api)).toStrictEqual({ kind: "api", regions: ["eu"], providerId: "prov-eu", providerName: "Provider EU", scope: "in-region", planRequired: "Pro" });
    expect(deploymentOf({ ...api, provider: undefined, offering: { ...offering, planRequired: undefined } } as Candidate)).toStrictEqual({ kind: "api", regions: ["eu"], providerId: "prov-eu", scope: "in-region" });
    expect(deploymentOf({ ...api, kind: "own-hardware", provider: undefined, offering: undefined, regions: ["on-prem"] } as Candidate)).toStrictEqual({ kind: "own-hardware", regions: ["on-prem"], gpuCount: 0 });
    expect(deploymentOf({ ...api, kind: "cloud-gpu", provider: undefined, offering: undefined, regions: [], stub: true } as Candidate)).toStrictEqual({ kind: "cloud-gpu", regions: [] });
  });

  it("gives the operator, its policy and where prompts are processed", () => {
    expect(evidenceOf(api)).toMatchObject({ regions: ["eu"], locationProven: true, operator: "Provider EU SAS", operatorCountry: "FR", scope: "in-region", planRequired: "Pro", trainsOnPrompts: "no", zeroRetention: "default", source: cite.source, asOf: cite.asOf });
    expect(evidenceOf({ ...api, regions: [] } as Candidate).locationProven).toBe(false);
    const withUrls = { ...api, provider: { ...provider, dpaUrl: "https://example.org/dpa", subprocessorsUrl: "https://example.org/sub", dataPolicy: { ...provider.dataPolicy, retentionDays: 30 }, operator: { ...provider.operator, contractingEntity: "EU BV", contractingCountry: "NL" } } } as Candidate;
    expect(evidenceOf(withUrls)).toMatchObject({ dpaUrl: "https://example.org/dpa", subprocessorsUrl: "https://example.org/sub", retentionDays: 30, contractingEntity: "EU BV", contractingCountry: "NL" });
    const bare = evidenceOf({ ...api, provider: undefined, offering: undefined } as Candidate);
    expect(bare).toStrictEqual({ regions: ["eu"], locationProven: true });
    expect(evidenceOf({ ...api, kind: "own-hardware", provider: undefined, offering: undefined, regions: [] } as Candidate).locationProven).toBe(true);
  });

  it("counts the other providers of the same release in the allowed regions, live on the day", () => {
    const cat = makeCatalog({
      providers: [...makeCatalog().providers, makeProvider({ id: "prov-b" }), makeProvider({ id: "prov-c" }), makeProvider({ id: "prov-d" })],
      offerings: [
        ...makeCatalog().offerings,
        makeOffering({ id: "prov-b/dense-8b", providerId: "prov-b" }),
        makeOffering({ id: "prov-b/dense-8b-2", providerId: "prov-b" }),
        makeOffering({ id: "prov-c/dense-8b", providerId: "prov-c", regions: ["us"] }),
        makeOffering({ id: "prov-d/dense-8b", providerId: "prov-d", retiresOn: today }),
        makeOffering({ id: "prov-us/dense-8b", providerId: "prov-us", status: "retired" }),
      ],
    });
    const c = buildContext(cat);
    const cand = { facts: c.modelById.get("dense-8b"), offering: { providerId: "prov-eu" } } as unknown as Candidate;
    expect(otherHosts(cand, makeAnswers(), c, today)).toBe(1);
    expect(otherHosts(cand, makeAnswers({ regions: ["any"] }), c, today)).toBe(2);
    expect(otherHosts(cand, makeAnswers({ regions: ["any"] }), c, "2026-11-19")).toBe(3);
  });
});

describe("recommend", () => {
  const catalog: Catalog = makeCatalog({
    models: [...makeCatalog().models.map((m) => (m.id === "dense-8b" ? { ...m, successor: "closed-x", license: { ...m.license, note: "Attribution required." } } : m))],
    offerings: [makeOffering({ status: "beta", notes: ["Cached prices apply."], retiresOn: "2026-12-31", prices: { currency: "USD", input: 0.2, output: 0.6, vatIncluded: true } }), ...makeCatalog().offerings.slice(1)],
    fx: { EUR: { usdPer: 1.1, ...cite }, CNY: { usdPer: 0.14, ...cite } },
  });
  const a = makeAnswers({ regions: ["any"], hosting: ["api", "cloud-gpu", "own-hardware"], hardware: [{ gpu: "rtx-4090", count: 1 }] });

  it("pages the ranking and counts it all", () => {
    const all = recommend(a, catalog, { now, whatIf: false, limit: 200 });
    expect(all.total).toBe(all.ranked.length);
    const page = recommend(a, catalog, { now, whatIf: false, limit: 2, offset: 1 });
    expect(page).toMatchObject({ offset: 1, limit: 2, group: "option", total: all.total });
    expect(page.ranked.map((o) => o.id)).toEqual(all.ranked.slice(1, 3).map((o) => o.id));
    expect(recommend(a, catalog, { now, whatIf: false, limit: -5, offset: -3 })).toMatchObject({ limit: 0, offset: 0, ranked: [] });
    expect(recommend(a, catalog, { now, whatIf: false }).limit).toBe(20);
    expect(recommend(a, catalog, { now }).whatIf).toEqual(recommend(a, catalog, { now, whatIf: true }).whatIf);
    expect(all.whatIf).toEqual([]);
  });

  it("explains an API option: status, notes, speed unmeasured, why it is where it is", () => {
    const r = recommend(a, catalog, { now, whatIf: false, limit: 200 });
    const o = r.ranked.find((x) => x.id === "api:prov-eu/dense-8b")!;
    expect(o).toMatchObject({ modelId: "dense-8b", modelName: "Dense 8B", lab: "Lab A", origin: "US", status: "retiring", retiresOn: "2026-12-31", successorId: "closed-x", selfHostable: true, monthlyCostUsd: 90 });
    expect(o.notes.some((n) => n.includes("Attribution required."))).toBe(true);
    expect(o.notes.some((n) => n.includes("Cached prices apply."))).toBe(true);
    expect(o.notes.some((n) => n.includes("2026-12-31"))).toBe(true);
    expect(o.notes.some((n) => n.includes("Closed X"))).toBe(true);
    expect(o.notes.length).toBeGreaterThanOrEqual(7);
    expect(typeof o.whyHere).toBe("string");
    expect(o.breakdown.map((b) => b.criterion)).toEqual(r.ranked[0]!.breakdown.map((b) => b.criterion));
    expect(o.costLines.reduce((s, l) => s + l.usd, 0)).toBeCloseTo(o.monthlyCostUsd, 2);
    expect(o.otherHosts).toBe(0);
    expect("memory" in o).toBe(false);
  });

  it("explains a self-hosted option with its memory, speed and setup", () => {
    const r = recommend(a, catalog, { now, whatIf: false, limit: 200 });
    const own = r.ranked.find((x) => x.deployment.kind === "own-hardware")!;
    expect(own.memory).toBeDefined();
    expect(own.selfHostable).toBe(true);
    expect(own.tokensPerSecond).toBe(Math.round(own.tokensPerSecond! * 10) / 10);
    expect(own.tokensPerSecondRange!.low).toBeLessThanOrEqual(own.tokensPerSecond!);
    expect(own.tokensPerSecondRange!.high).toBeGreaterThanOrEqual(own.tokensPerSecond!);
    expect(own.concurrencyServed).toBe(a.concurrentRequests);
    expect(own.aggregateTokensPerSecond).toBeGreaterThan(0);
    expect(own.deployment).toMatchObject({ gpu: "rtx-4090", gpuName: "RTX 4090", gpuCount: 1, replicas: 1, kvDtype: "bf16" });
    expect("serverless" in own.deployment).toBe(false);
    const cloud = r.ranked.find((x) => x.deployment.kind === "cloud-gpu")!;
    expect(cloud.deployment.serverless).toBe(false);
    expect(cloud.deployment.rental).toMatchObject({ kind: "on-demand", marketplace: expect.any(Boolean) });
    expect(cloud.notes.length).toBeGreaterThan(0);
  });

  it("puts the #1 first with its lead, and every other option behind it", () => {
    const r = recommend(a, catalog, { now, whatIf: false, limit: 200 });
    const [first, second] = r.ranked;
    expect(first!.tiedWithTop).toBe(true);
    expect(first!.whyHere).not.toBe(second!.whyHere);
    for (const o of r.ranked) expect(o.scoreLow).toBe(Math.round(o.scoreLow * 100) / 100);
  });

  it("groups by model, with how many other ways pass", () => {
    const all = recommend(a, catalog, { now, whatIf: false, limit: 200 });
    const byModel = recommend(a, catalog, { now, whatIf: false, limit: 200, group: "model" });
    const models = [...new Set(all.ranked.map((o) => o.modelId))];
    expect(byModel.ranked.map((o) => o.modelId)).toEqual(models);
    expect(byModel.total).toBe(models.length);
    for (const o of byModel.ranked) expect(o.otherWays).toBe(all.ranked.filter((x) => x.modelId === o.modelId).length - 1);
    expect("otherWays" in all.ranked[0]!).toBe(false);
  });

  it("summarises the options left out by reason, a few examples each, or lists them all", () => {
    const strict = makeAnswers({ regions: ["eu"], hosting: ["api"], excludedOrigins: ["CN"] });
    const r = recommend(strict, catalog, { now, whatIf: false, limit: 200 });
    const counts = Object.fromEntries(r.excludedSummary.map((s) => [s.code, s.count]));
    expect(counts.residency).toBe(2);
    expect(counts.origin).toBeGreaterThanOrEqual(1);
    expect(counts.hosting).toBeGreaterThanOrEqual(2);
    for (const s of r.excludedSummary) expect(s.message.length).toBeGreaterThan(0);
    const all = recommend(strict, catalog, { now, whatIf: false, limit: 200, excluded: "all" });
    expect(all.excluded.length).toBeGreaterThanOrEqual(r.excluded.length);
    expect(new Set(all.excluded.map((e) => e.id)).size).toBe(all.excluded.length);
    const e = all.excluded.find((x) => x.id === "api:prov-cn/moe-671b")!;
    expect(e).toMatchObject({ modelId: "moe-671b", modelName: "MoE 671B", deployment: { kind: "api", providerId: "prov-cn" } });
    expect(e.reasons.map((x) => x.code)).toEqual(["residency", "origin"]);
  });

  it("orders the reasons by the best model they leave out, then by count, and the examples by relevance", () => {
    const strict = makeAnswers({ regions: ["eu"], hosting: ["api"], excludedOrigins: ["CN"] });
    const r = recommend(strict, catalog, { now, whatIf: false, limit: 200, excluded: "all" });
    // Closed X (quality 80) is left out only by residency; MoE (70) by residency and origin; the stand-ins by hosting.
    const codes = r.excludedSummary.map((x) => x.code);
    expect(codes.indexOf("residency")).toBeLessThan(codes.indexOf("origin"));
    expect(r.excluded[0]?.modelId).toBe("closed-x");
    const ids = r.excluded.map((e) => e.id);
    const closedFirst = ids.filter((id) => id.includes("closed-x"));
    expect(ids.slice(0, closedFirst.length)).toEqual([...closedFirst].sort());
  });

  it("gives each option its break-even volume against the best of the other kind", () => {
    const tco = makeAnswers({ regions: ["any"], hosting: ["api", "own-hardware"], hardware: [{ gpu: "h100-sxm", count: 1 }], ownHardwareCost: "tco", gpuPriceUsd: 2000 });
    const r = recommend(tco, makeCatalog(), { now, whatIf: false, limit: 200 });
    const bestApi = r.ranked.find((o) => o.deployment.kind === "api")!;
    const bestOwn = r.ranked.find((o) => o.deployment.kind === "own-hardware")!;
    for (const o of r.ranked) {
      if (!o.breakEven) continue;
      expect(o.breakEven.versusOptionId).toBe(o.deployment.kind === "api" ? bestOwn.id : bestApi.id);
      expect(o.breakEven.tokensPerMonth).toBeGreaterThan(0);
    }
    expect(r.ranked.some((o) => o.breakEven)).toBe(true);
    expect(recommend(makeAnswers({ hosting: ["api"] }), makeCatalog(), { now, whatIf: false }).ranked.every((o) => o.breakEven === undefined)).toBe(true);
  });

  it("finds a model: its rank and page, why it is left out, or that it is unknown", () => {
    const r = recommend(a, catalog, { now, whatIf: false, limit: 2, find: "closed-x" });
    const all = recommend(a, catalog, { now, whatIf: false, limit: 200 });
    const at = all.ranked.findIndex((o) => o.modelId === "closed-x");
    expect(r.find).toMatchObject({ modelId: "closed-x", modelName: "Closed X", known: true, rank: at + 1, offset: Math.floor(at / 2) * 2, optionId: all.ranked[at]!.id });
    const left = recommend(makeAnswers({ regions: ["eu"], hosting: ["api"] }), catalog, { now, whatIf: false, find: "moe-671b" });
    expect(left.find).toMatchObject({ modelId: "moe-671b", known: true });
    expect(left.find?.reasons?.map((x) => x.code)).toContain("residency");
    expect(new Set(left.find?.reasons?.map((x) => x.message)).size).toBe(left.find?.reasons?.length);
    expect(recommend(a, catalog, { now, whatIf: false, find: "nope" }).find).toEqual({ modelId: "nope", known: false });
    const aliased = makeCatalog({ models: [makeModel({ aliases: ["dense-old"] }), ...makeCatalog().models.slice(1)] });
    expect(recommend(a, aliased, { now, whatIf: false, find: "dense-old" }).find?.modelId).toBe("dense-8b");
  });

  it("carries the catalog's version, the share query and the display rates", () => {
    const r = recommend(a, catalog, { now, whatIf: false });
    expect(r.catalogVersion).toBe(catalog.version);
    expect(r.shareQuery.startsWith("t=coding:3,chat:2&r=any")).toBe(true);
    expect(displayFx(catalog)).toEqual({ EUR: { usdPer: 1.1, asOf: cite.asOf }, CNY: { usdPer: 0.14, asOf: cite.asOf } });
    expect(displayFx(makeCatalog())).toEqual({});
  });
});
