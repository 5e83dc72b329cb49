import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog as shipped } from "@/lib/catalog";
import { recommend, recommendParts } from "@/lib/engine";
import { buildContext } from "@/lib/engine/context";
import { topWith } from "@/lib/engine/rank";
import type { Answers } from "@/lib/schema/answers";
import type { Catalog } from "@/lib/schema/catalog";
import { Recommendation, type Option } from "@/lib/schema/recommendation";
import { decodeAnswers, encodeAnswers } from "@/lib/share/query";
import { makeAnswers } from "../../fixtures/answers";
import { answersArb, catalogArb } from "../../fixtures/arbitraries";
import { makeCatalog } from "../../fixtures/catalog";

const now = new Date("2026-11-28T00:00:00Z");
const run = (a: Answers, c: Catalog) => recommend(a, c, { now, whatIf: false });
/** One slot per model and way of running: a rented or owned setup may change GPU or quantization between answers. */
const slot = (o: { id: string; modelId: string; deployment: { kind: string } }) => (o.deployment.kind === "api" ? o.id : `${o.deployment.kind}:${o.modelId}`);
const slots = (a: Answers, c: Catalog) => new Set(run(a, c).ranked.map(slot));
const shuffle = <T>(xs: T[], seed: number) => xs.map((x, i) => ({ x, k: (i * 7919 + seed * 104_729) % 1_000_003 })).sort((p, q) => p.k - q.k).map((p) => p.x);

describe("recommend", () => {
  it("is deterministic, what-if included", () => {
    fc.assert(fc.property(answersArb, catalogArb, (a, c) => {
      expect(recommend(a, c, { now })).toEqual(recommend(a, c, { now }));
    }), { numRuns: 60 });
  });

  it("gives the same result whatever the order of the catalog", () => {
    fc.assert(fc.property(answersArb, catalogArb, fc.nat(1000), (a, c, seed) => {
      const permuted = { ...c, models: shuffle(c.models, seed), offerings: shuffle(c.offerings, seed + 1), gpus: shuffle(c.gpus, seed + 2), providers: shuffle(c.providers, seed + 3) };
      expect(run(a, permuted)).toEqual(run(a, c));
    }), { numRuns: 150 });
  });

  it("never adds an option under a stricter hard constraint", () => {
    const stricter = fc.constantFrom<(a: Answers) => Answers>(
      (a) => ({ ...a, openWeightsOnly: true }),
      (a) => ({ ...a, commercialUse: true }),
      (a) => ({ ...a, excludedOrigins: [...new Set([...a.excludedOrigins, "CN"])] }),
      (a) => ({ ...a, minContextTokens: a.minContextTokens * 2 + 1 }),
      (a) => ({ ...a, regions: a.regions.includes("any") ? ["eu"] : a.regions.slice(0, 1) }),
      (a) => ({ ...a, hosting: a.hosting.slice(0, 1) }),
      (a) => ({ ...a, budgetIsHardLimit: true, budgetUsdPerMonth: a.budgetUsdPerMonth / 2 }),
      (a) => ({ ...a, tasks: { ...a.tasks, vision: 1 } }),
    );
    fc.assert(fc.property(answersArb, catalogArb, stricter, (a, c, tighten) => {
      const before = slots(a, c);
      for (const s of slots(tighten(a), c)) expect(before).toContain(s);
    }), { numRuns: 300 });
  });

  it("never removes an option when a hard budget rises", () => {
    fc.assert(fc.property(answersArb, catalogArb, fc.integer({ min: 1, max: 100_000 }), (a, c, more) => {
      const hard = { ...a, budgetIsHardLimit: true };
      const after = slots({ ...hard, budgetUsdPerMonth: hard.budgetUsdPerMonth + more }, c);
      for (const s of slots(hard, c)) expect(after).toContain(s);
    }), { numRuns: 200 });
  });

  it("ranks only options that satisfy every hard constraint", () => {
    fc.assert(fc.property(answersArb, catalogArb, (a, c) => {
      for (const o of run(a, c).ranked) {
        const m = c.models.find((x) => x.id === o.modelId);
        if (!m) throw new Error("unknown model");
        expect(a.hosting).toContain(o.deployment.kind);
        if (o.deployment.kind === "api" && !a.regions.includes("any")) for (const r of o.deployment.regions) expect(a.regions).toContain(r);
        if (o.deployment.kind === "cloud-gpu" && !a.regions.includes("any")) for (const r of o.deployment.regions) expect(a.regions).toContain(r);
        if (a.openWeightsOnly) expect(m.openWeights).toBe(true);
        if (a.commercialUse) expect(m.license.commercial).toBe(true);
        expect(a.excludedOrigins).not.toContain(m.origin);
        if (a.budgetIsHardLimit) expect(o.monthlyCostUsd).toBeLessThanOrEqual(a.budgetUsdPerMonth);
        if ((a.tasks.vision ?? 0) > 0) expect(m.modalities).toContain("image");
        if (o.deployment.kind === "own-hardware") expect(o.deployment.regions).toEqual(["on-prem"]);
        expect(o.score).toBeGreaterThanOrEqual(0);
        expect(o.score).toBeLessThanOrEqual(100);
      }
    }), { numRuns: 300 });
  });

  it("is flag-neutral: without excluded origins, a lab's country changes no score", () => {
    fc.assert(fc.property(answersArb, catalogArb, fc.nat(), fc.constantFrom("CN", "US", "FR", "DE", "AE"), (a0, c, pick, origin) => {
      const a = { ...a0, excludedOrigins: [] };
      const i = pick % c.models.length;
      const changed = { ...c, models: c.models.map((m, j) => (j === i ? { ...m, origin } : m)) };
      const scores = (r: Option[]) => r.map((o) => [o.id, o.score]);
      expect(scores(run(a, changed).ranked)).toEqual(scores(run(a, c).ranked));
    }), { numRuns: 200 });
  });

  it("finds the same #1 on the fast what-if path as in the full ranking", () => {
    fc.assert(fc.property(answersArb, catalogArb, (a, c) => {
      expect(topWith(a, buildContext(c))?.id).toBe(run(a, c).ranked[0]?.id);
    }), { numRuns: 200 });
  });

  it("gives the ranking now and the same what-ifs on demand from one built context", () => {
    fc.assert(fc.property(answersArb, catalogArb, (a, c) => {
      const parts = recommendParts(a, c, { now });
      expect(parts.recommendation).toEqual(run(a, c));
      expect(parts.whatIfs()).toEqual(recommend(a, c, { now }).whatIf);
    }), { numRuns: 60 });
  });

  it("fills catalogVersion and a shareQuery that decodes back to the answers", () => {
    const a = makeAnswers();
    const r = recommend(a, makeCatalog(), { now });
    expect(r.catalogVersion).toBe("2026-11-01");
    expect(r.shareQuery).toBe(encodeAnswers(a));
    expect(decodeAnswers(r.shareQuery)).toEqual({ ok: true, answers: a });
  });

  it("lists what-ifs whose new #1 is the #1 of the changed answers", () => {
    fc.assert(fc.property(answersArb, (a) => {
      const c = makeCatalog();
      const r = recommend(a, c, { now });
      for (const w of r.whatIf) {
        expect(w.newTopId).not.toBe(r.ranked[0]?.id);
        const changed = decodeAnswers(w.shareQuery ?? "");
        if (!changed.ok) throw new Error(w.change);
        expect(run(changed.answers, c).ranked[0]?.id).toBe(w.newTopId);
      }
    }), { numRuns: 60 });
  });

  it("gives a what-if for allowing the US when an EU-only user would prefer a US API", () => {
    const a = makeAnswers({ tasks: { coding: 3 }, regions: ["eu"], hosting: ["api"], budgetUsdPerMonth: 100_000 });
    const r = recommend(a, makeCatalog(), { now });
    expect(r.ranked[0]?.id).toBe("api:prov-eu.dense-8b");
    expect(r.whatIf).toContainEqual(expect.objectContaining({ change: "Also allow processing in the US", newTopId: "api:prov-us.closed-x" }));
  });

  it("runs on the shipped catalog and returns a valid Recommendation", () => {
    const a = makeAnswers({ regions: ["any"], hosting: ["api", "cloud-gpu", "own-hardware"], hardware: shipped.gpus.slice(0, 1).map((g) => ({ gpu: g.id, count: 1 })) });
    const r = recommend(a, shipped, { now });
    expect(Recommendation.safeParse(r).success).toBe(true);
    expect(r.catalogVersion).toBe(shipped.version);
  });
});
