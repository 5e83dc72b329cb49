import { describe, expect, it } from "vitest";
import type { Candidate } from "@/lib/core/types";
import { apiCandidates } from "@/lib/engine/api";
import { newCandidate } from "@/lib/engine/candidate";
import { failsModelRules, isRetired, MODEL_RULES, passes, RULES, violations } from "@/lib/engine/constraints";
import { buildContext } from "@/lib/engine/context";
import { callEnv, rankAll, TIE_MIN_COVERAGE, tiedWithTop, topOf, type Scored } from "@/lib/engine/rank";
import type { OptionQuality } from "@/lib/quality/option";
import { makeAnswers } from "../../fixtures/answers";
import { makeCatalog, makeOffering } from "../../fixtures/catalog";

const day = { today: "2026-11-20" };

type Spec = {
  kind?: Candidate["kind"];
  offering?: { status?: string; retiresOn?: string; providerId?: string };
  providerName?: string;
  regions?: string[];
  operatorCountry?: string;
  operatorName?: string;
  openWeights?: boolean;
  commercial?: boolean;
  contextTokens?: number;
  vision?: boolean;
  origin?: string;
  costUsd?: number;
  problems?: Candidate["problems"];
  stub?: boolean;
};

/** A candidate with only what the rules read. */
function cand(s: Spec = {}): Candidate {
  return {
    id: "c",
    kind: s.kind ?? "api",
    facts: { vision: s.vision ?? false, model: { name: "Model M", openWeights: s.openWeights ?? true, license: { id: "lic", commercial: s.commercial ?? true }, origin: s.origin ?? "US", labName: "Lab L" } },
    ...(s.offering ? { offering: { status: "active", providerId: "prov-x", ...s.offering } } : {}),
    ...(s.providerName ? { provider: { name: s.providerName } } : {}),
    regions: s.regions ?? ["eu"],
    ...(s.operatorCountry ? { operatorCountry: s.operatorCountry } : {}),
    ...(s.operatorName ? { operatorName: s.operatorName } : {}),
    contextTokens: s.contextTokens ?? 100_000,
    costUsd: s.costUsd ?? 10,
    problems: s.problems ?? [],
    ...(s.stub ? { stub: true } : {}),
  } as unknown as Candidate;
}

const A = makeAnswers();
const codes = (c: Candidate, a = A) => violations(c, a, day).map((m) => m.code);

describe("isRetired", () => {
  it("reads the status and the retirement date against the day", () => {
    expect(isRetired(cand(), day)).toBe(false);
    expect(isRetired(cand({ offering: {} }), day)).toBe(false);
    expect(isRetired(cand({ offering: { status: "retired" } }), day)).toBe(true);
    expect(isRetired(cand({ offering: { retiresOn: "2026-11-20" } }), day)).toBe(true);
    expect(isRetired(cand({ offering: { retiresOn: "2026-11-19" } }), day)).toBe(true);
    expect(isRetired(cand({ offering: { retiresOn: "2026-11-21" } }), day)).toBe(false);
  });
});

describe("the hard rules", () => {
  it("hosting: only the ways of running allowed", () => {
    expect(RULES.hosting.breaks(cand({ kind: "own-hardware" }), A, day)).toBe(true);
    expect(RULES.hosting.breaks(cand({ kind: "cloud-gpu" }), A, day)).toBe(false);
    expect(RULES.hosting.reason(cand({ kind: "own-hardware" }), A)).toEqual({ code: "hosting", params: { kind: "own-hardware", allowed: ["api", "cloud-gpu"] } });
  });
  it("retired: names the provider (or its id), the model and the date", () => {
    expect(RULES.retired.reason(cand({ offering: { retiresOn: "2026-01-01" }, providerName: "Prov" }), A)).toStrictEqual({ code: "retired", params: { provider: "Prov", model: "Model M", date: "2026-01-01" } });
    expect(RULES.retired.reason(cand({ offering: { status: "retired" } }), A)).toStrictEqual({ code: "retired", params: { provider: "prov-x", model: "Model M" } });
    expect(RULES.retired.reason(cand(), A)).toStrictEqual({ code: "retired", params: { provider: "", model: "Model M" } });
  });
  it("residency: an API must keep prompts in the regions allowed; self-hosting is placed when built", () => {
    expect(RULES.residency.breaks(cand({ regions: ["us"] }), A, day)).toBe(true);
    expect(RULES.residency.breaks(cand({ regions: [] }), A, day)).toBe(true);
    expect(RULES.residency.breaks(cand({ regions: ["eu"] }), A, day)).toBe(false);
    expect(RULES.residency.breaks(cand({ regions: ["us"] }), makeAnswers({ regions: ["any"] }), day)).toBe(false);
    expect(RULES.residency.breaks(cand({ kind: "cloud-gpu", regions: ["us"] }), A, day)).toBe(false);
    const c = cand({ regions: ["us", "eu"], offering: {} });
    expect(RULES.residency.reason(c, A)).toEqual({ code: "residency", params: { provider: "prov-x", regions: ["us", "eu"], allowed: ["eu"] } });
    expect(RULES.residency.reason(cand({ providerName: "P" }), A).params).toMatchObject({ provider: "P" });
    expect(RULES.residency.reason(cand(), A).params).toMatchObject({ provider: "" });
  });
  it("operator: an operator in an excluded country", () => {
    const a = makeAnswers({ excludedOperatorCountries: ["US"] });
    expect(RULES.operator.breaks(cand({ operatorCountry: "US" }), a, day)).toBe(true);
    expect(RULES.operator.breaks(cand({ operatorCountry: "FR" }), a, day)).toBe(false);
    expect(RULES.operator.breaks(cand(), a, day)).toBe(false);
    expect(RULES.operator.reason(cand({ operatorCountry: "US", operatorName: "Op" }), a)).toEqual({ code: "operator", params: { operator: "Op", country: "US" } });
    expect(RULES.operator.reason(cand(), a)).toEqual({ code: "operator", params: { operator: "", country: "" } });
  });
  it("open weights, commercial use, context, vision and origin", () => {
    expect(RULES["open-weights"].breaks(cand({ openWeights: false }), makeAnswers({ openWeightsOnly: true }), day)).toBe(true);
    expect(RULES["open-weights"].breaks(cand({ openWeights: false }), makeAnswers({ openWeightsOnly: false }), day)).toBe(false);
    expect(RULES["open-weights"].breaks(cand({ openWeights: true }), makeAnswers({ openWeightsOnly: true }), day)).toBe(false);
    expect(RULES["open-weights"].reason(cand(), A)).toEqual({ code: "open-weights", params: { model: "Model M" } });
    expect(RULES.commercial.breaks(cand({ commercial: false }), makeAnswers({ commercialUse: true }), day)).toBe(true);
    expect(RULES.commercial.breaks(cand({ commercial: false }), makeAnswers({ commercialUse: false }), day)).toBe(false);
    expect(RULES.commercial.breaks(cand({ commercial: true }), makeAnswers({ commercialUse: true }), day)).toBe(false);
    expect(RULES.commercial.reason(cand(), A)).toEqual({ code: "commercial", params: { model: "Model M", licence: "lic" } });
    expect(RULES.context.breaks(cand({ contextTokens: 8191 }), A, day)).toBe(true);
    expect(RULES.context.breaks(cand({ contextTokens: 8192 }), A, day)).toBe(false);
    expect(RULES.context.reason(cand({ contextTokens: 4096 }), A)).toEqual({ code: "context", params: { has: 4096, need: 8192 } });
    const seeing = makeAnswers({ tasks: { vision: 1 } });
    expect(RULES.vision.breaks(cand({ vision: false }), seeing, day)).toBe(true);
    expect(RULES.vision.breaks(cand({ vision: true }), seeing, day)).toBe(false);
    expect(RULES.vision.breaks(cand({ vision: false }), makeAnswers({ tasks: { coding: 3, vision: 0 } }), day)).toBe(false);
    expect(RULES.vision.breaks(cand({ vision: false }), A, day)).toBe(false);
    expect(RULES.vision.reason(cand(), A)).toEqual({ code: "vision", params: { model: "Model M" } });
    const noCn = makeAnswers({ excludedOrigins: ["CN"] });
    expect(RULES.origin.breaks(cand({ origin: "CN" }), noCn, day)).toBe(true);
    expect(RULES.origin.breaks(cand({ origin: "US" }), noCn, day)).toBe(false);
    expect(RULES.origin.breaks(cand({ origin: "CN" }), A, day)).toBe(false);
    expect(RULES.origin.reason(cand({ origin: "CN" }), A)).toEqual({ code: "origin", params: { lab: "Lab L", country: "CN" } });
  });
  it("budget: only a hard limit, and only above it", () => {
    const hard = makeAnswers({ budgetIsHardLimit: true, budgetUsdPerMonth: 100 });
    expect(RULES.budget.breaks(cand({ costUsd: 101 }), hard, day)).toBe(true);
    expect(RULES.budget.breaks(cand({ costUsd: 100 }), hard, day)).toBe(false);
    expect(RULES.budget.breaks(cand({ costUsd: 101 }), makeAnswers({ budgetUsdPerMonth: 100 }), day)).toBe(false);
    expect(RULES.budget.reason(cand({ costUsd: 101 }), hard)).toEqual({ code: "budget", params: { cost: 101, limit: 100 } });
  });
});

describe("violations and passes", () => {
  const problem = { code: "no-rental", params: {} } as unknown as Candidate["problems"][number];
  const strict = makeAnswers({ budgetIsHardLimit: true, budgetUsdPerMonth: 1, excludedOperatorCountries: ["US"], openWeightsOnly: true });

  it("lists building problems first, then every rule broken, in the rules' order", () => {
    const c = cand({ kind: "own-hardware", openWeights: false, contextTokens: 10, costUsd: 5, operatorCountry: "US" });
    expect(codes(c, strict)).toEqual(["hosting", "operator", "open-weights", "context", "budget"]);
    expect(passes(c, strict, day)).toBe(false);
  });
  it("does not judge budget or operator for a deployment that was not built", () => {
    const c = cand({ costUsd: 5, operatorCountry: "US", problems: [problem] });
    expect(codes(c, strict)).toEqual(["no-rental"]);
    expect(codes(cand({ costUsd: 5, operatorCountry: "US", stub: true }), strict)).toEqual([]);
    expect(codes(cand({ costUsd: 5, operatorCountry: "US", stub: true, openWeights: false }), strict)).toEqual(["open-weights"]);
  });
  it("passes only a built candidate that breaks nothing", () => {
    expect(passes(cand(), A, day)).toBe(true);
    expect(violations(cand(), A, day)).toEqual([]);
    expect(passes(cand({ problems: [problem] }), A, day)).toBe(false);
    expect(passes(cand({ stub: true }), A, day)).toBe(false);
    expect(passes(cand({ costUsd: 5 }), strict, day)).toBe(false);
  });
  it("judges a model on the rules that need no deployment", () => {
    expect(MODEL_RULES).toEqual(["open-weights", "commercial", "context", "vision", "origin"]);
    expect(failsModelRules(cand(), A, day)).toBe(false);
    expect(failsModelRules(cand({ kind: "own-hardware", costUsd: 1e9 }), makeAnswers({ budgetIsHardLimit: true }), day)).toBe(false);
    expect(failsModelRules(cand({ origin: "CN" }), makeAnswers({ excludedOrigins: ["CN"] }), day)).toBe(true);
    expect(failsModelRules(cand({ contextTokens: 1 }), A, day)).toBe(true);
  });
});

describe("apiCandidates and newCandidate", () => {
  it("builds one candidate per offering of a known model, in offering-id order, priced and with its provider", () => {
    const catalog = makeCatalog({ offerings: [...makeCatalog().offerings, makeOffering({ id: "prov-eu/ghost", modelId: "ghost" }), makeOffering({ id: "aaa/dense-8b", providerId: "nobody", contextTokens: 32_000, speed: { outputTokensPerSecond: 80, ttftSeconds: 0.4, source: "https://example.org/s", asOf: "2026-11-01" } } as never)] });
    const out: Candidate[] = [];
    apiCandidates(makeAnswers(), buildContext(catalog), out);
    expect(out.map((c) => c.id)).toEqual(["api:aaa/dense-8b", "api:prov-cn/moe-671b", "api:prov-eu/dense-8b", "api:prov-us/closed-x"]);
    const [orphan, cn, eu] = out;
    expect(orphan).toMatchObject({ kind: "api", provider: undefined, operatorCountry: undefined, contextTokens: 32_000, tokensPerSecond: 80, ttftSeconds: 0.4 });
    expect(cn).toMatchObject({ operatorCountry: "CN", operatorName: "Provider CN Ltd", regions: ["cn"], contextTokens: 131_072, tokensPerSecond: undefined, ttftSeconds: undefined });
    expect(cn?.provider?.id).toBe("prov-cn");
    // 300 M tokens, 3/4 input at $0.20 and 1/4 output at $0.60 per million.
    expect(eu?.costUsd).toBeCloseTo(225 * 0.2 + 75 * 0.6, 2);
    expect(eu?.offering?.id).toBe("prov-eu/dense-8b");
  });
  it("starts a candidate with every field present", () => {
    const facts = buildContext(makeCatalog()).models[0]!;
    const c = newCandidate("x", facts, "cloud-gpu", ["eu"], 1000);
    expect(Object.keys(c)).toEqual(["id", "facts", "kind", "offering", "provider", "self", "regions", "operatorCountry", "operatorName", "contextTokens", "costUsd", "tokensPerSecond", "ttftSeconds", "problems", "stub"]);
    expect(c).toMatchObject({ id: "x", kind: "cloud-gpu", regions: ["eu"], contextTokens: 1000, costUsd: 0, problems: [] });
  });
});

describe("ranking", () => {
  const catalog = makeCatalog();
  const ctx = buildContext(catalog);
  const a = makeAnswers({ regions: ["any"], hosting: ["api", "cloud-gpu", "own-hardware"], hardware: [{ gpu: "rtx-4090", count: 2 }] });

  it("works out each model's quality once per call", () => {
    const env = callEnv(a, ctx, day);
    const f = ctx.models[0]!;
    expect(env.quality(f)).toBe(env.quality(f));
    expect(env.today).toBe(day.today);
    expect(callEnv(a, ctx, day).quality(f)).not.toBe(env.quality(f));
    expect(callEnv(a, ctx, day).quality(f)).toEqual(env.quality(f));
  });

  it("scores what passes best first (ties by id), keeps the rest with their reasons and quality as relevance", () => {
    const r = rankAll(a, ctx, day);
    expect(r.ranked.length).toBeGreaterThan(2);
    for (let i = 1; i < r.ranked.length; i++) {
      const p = r.ranked[i - 1]!;
      const q = r.ranked[i]!;
      expect(p.score > q.score || (p.score === q.score && p.c.id < q.c.id)).toBe(true);
    }
    for (const s of r.ranked) {
      expect(passes(s.c, a, day)).toBe(true);
      expect(s.quality).toBe(r.env.quality(s.c.facts));
      expect(s.scoreLow).toBeLessThanOrEqual(s.score);
      expect(s.scoreHigh).toBeGreaterThanOrEqual(s.score);
      expect(s.scoreLow).toBeGreaterThanOrEqual(0);
      expect(s.scoreHigh).toBeLessThanOrEqual(100);
    }
    const restricted = makeAnswers({ regions: ["eu"], hosting: ["api"] });
    const left = rankAll(restricted, ctx, day);
    expect(left.excluded.length).toBeGreaterThan(0);
    for (const l of left.excluded) {
      expect(l.reasons).toEqual(violations(l.c, restricted, day));
      expect(l.reasons.length).toBeGreaterThan(0);
      expect(l.relevance).toBe(left.env.quality(l.c.facts).rankValue);
    }
    expect(left.ranked.map((s) => s.c.id)).toEqual(["api:prov-eu/dense-8b"]);
    expect(left.excluded.map((l) => l.c.id)).toEqual(expect.arrayContaining(["api:prov-cn/moe-671b", "api:prov-us/closed-x"]));
  });

  it("widens a score by its quality interval, weighted, within 0..100", () => {
    const r = rankAll(a, ctx, day);
    const i = r.weights.findIndex((w) => w.id === "quality");
    const w = r.weights[i]!.weight * 100;
    for (const s of r.ranked) {
      const v = s.values[i]!;
      expect(s.scoreLow).toBeCloseTo(Math.max(0, s.score - w * (v - s.quality.low / 100)), 9);
      expect(s.scoreHigh).toBeCloseTo(Math.min(100, s.score + w * (s.quality.high / 100 - v)), 9);
    }
    const noQuality = rankAll({ ...a, weights: { quality: 0 } }, ctx, day);
    for (const s of noQuality.ranked) {
      expect(s.scoreLow).toBe(s.score);
      expect(s.scoreHigh).toBe(s.score);
    }
  });

  it("finds the same #1 on its own", () => {
    for (const answers of [a, makeAnswers(), makeAnswers({ regions: ["any"], hosting: ["own-hardware"], hardware: [{ gpu: "rtx-4090", count: 1 }] })]) {
      const top = topOf(answers, ctx, day);
      const first = rankAll(answers, ctx, day).ranked[0];
      expect(top?.c.id).toBe(first?.c.id);
      expect(top?.score).toBe(first?.score);
      expect(top?.values).toEqual(first?.values);
    }
    expect(topOf(makeAnswers({ regions: ["eu"], hosting: ["api"], excludedOperatorCountries: ["FR"] }), ctx, day)).toBeUndefined();
  });

  it("breaks a tie for #1 by id", () => {
    const twin = makeCatalog({ offerings: [makeOffering(), makeOffering({ id: "prov-eu/dense-8b-b" }), makeOffering({ id: "prov-eu/dense-8b-0" })] });
    const t = buildContext(twin);
    const answers = makeAnswers({ hosting: ["api"] });
    expect(topOf(answers, t, day)?.c.id).toBe("api:prov-eu/dense-8b");
    expect(rankAll(answers, t, day).ranked.map((s) => s.c.id)).toEqual(["api:prov-eu/dense-8b", "api:prov-eu/dense-8b-0", "api:prov-eu/dense-8b-b"]);
  });

  it("ties an option with the #1 when their intervals overlap and both have the evidence", () => {
    const q = (coverage: number) => ({ coverage }) as OptionQuality;
    const s = (score: number, low: number, high: number, coverage = 1) => ({ score, scoreLow: low, scoreHigh: high, quality: q(coverage) }) as unknown as Scored;
    const top = s(80, 75, 85);
    expect(tiedWithTop(top, undefined)).toBe(false);
    expect(tiedWithTop(top, top)).toBe(true);
    expect(tiedWithTop(s(70, 65, 75), top)).toBe(true);
    expect(tiedWithTop(s(70, 65, 74.99), top)).toBe(false);
    expect(tiedWithTop(s(70, 65, 80, TIE_MIN_COVERAGE - 0.01), top)).toBe(false);
    expect(tiedWithTop(s(70, 65, 80, TIE_MIN_COVERAGE), top)).toBe(true);
    expect(tiedWithTop(s(70, 65, 80), s(80, 75, 85, 0.2))).toBe(false);
    expect(tiedWithTop(s(80, 75, 85, 0.1), s(80, 75, 85, 0.1))).toBe(false);
    const thin = s(80, 75, 85, 0.1);
    expect(tiedWithTop(thin, thin)).toBe(true);
    expect(tiedWithTop(s(70, 65, 80), s(80, 75, 85, TIE_MIN_COVERAGE))).toBe(true);
  });
});
