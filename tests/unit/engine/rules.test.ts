import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recommend } from "@/lib/engine";
import type { Catalog } from "@/lib/schema/catalog";
import { makeAnswers } from "../../fixtures/answers";
import { answersArb, catalogArb } from "../../fixtures/arbitraries";
import { makeCatalog, makeCloud, makeGpu } from "../../fixtures/catalog";

const now = new Date("2026-11-20T00:00:00Z");
const ranked = (c: Catalog, a = makeAnswers()) => recommend(a, c, { now, whatIf: false, limit: 200 }).ranked;

describe("residency, operators and origins", () => {
  it("never ranks a marketplace rental for a restricted region, and says where such a rental's prompts go", () => {
    fc.assert(
      fc.property(catalogArb, answersArb, (c, a) => {
        for (const o of recommend(a, c, { now, whatIf: false, limit: 200 }).ranked) {
          if (o.deployment.rental?.marketplace) {
            expect(a.regions).toEqual(["any"]);
            expect(o.evidence.locationProven).toBe(false);
          }
          if (!a.regions.includes("any") && o.deployment.kind !== "own-hardware") {
            expect(o.deployment.regions.length).toBeGreaterThan(0);
            for (const r of o.deployment.regions) expect(a.regions).toContain(r);
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it("changes no score when an operator's country changes and no country is excluded", () => {
    fc.assert(
      fc.property(catalogArb, answersArb, fc.constantFrom("US", "CN", "FR", "DE", "JP"), (c, a0, country) => {
        const a = { ...a0, excludedOperatorCountries: [] };
        const moved: Catalog = { ...c, providers: c.providers.map((p) => ({ ...p, operator: { ...p.operator, country } })), clouds: c.clouds.map((x) => ({ ...x, operator: { ...x.operator, country } })) };
        const before = recommend(a, c, { now, whatIf: false, limit: 200 }).ranked.map((o) => [o.id, o.score]);
        const after = recommend(a, moved, { now, whatIf: false, limit: 200 }).ranked.map((o) => [o.id, o.score]);
        expect(after).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it("changes no score when a lab's origin changes and no origin is excluded", () => {
    fc.assert(
      fc.property(catalogArb, answersArb, fc.constantFrom("US", "CN", "FR"), (c, a0, origin) => {
        const a = { ...a0, excludedOrigins: [] };
        const moved: Catalog = { ...c, models: c.models.map((m) => ({ ...m, origin })) };
        expect(recommend(a, moved, { now, whatIf: false, limit: 200 }).ranked.map((o) => [o.id, o.score])).toEqual(recommend(a, c, { now, whatIf: false, limit: 200 }).ranked.map((o) => [o.id, o.score]));
      }),
      { numRuns: 60 },
    );
  });

  it("removes exactly the options whose operator is in an excluded country", () => {
    fc.assert(
      fc.property(catalogArb, answersArb, fc.constantFrom("US", "CN", "FR", "DE"), (c, a0, country) => {
        const a = { ...a0, excludedOperatorCountries: [] };
        const all = recommend(a, c, { now, whatIf: false, limit: 200 }).ranked;
        const kept = recommend({ ...a, excludedOperatorCountries: [country] }, c, { now, whatIf: false, limit: 200 }).ranked;
        const keptIds = new Set(kept.map((o) => o.id));
        for (const o of kept) expect(o.evidence.operatorCountry).not.toBe(country);
        for (const o of all) if (o.evidence.operatorCountry !== country && o.deployment.kind === "api") expect(keptIds.has(o.id)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("keeps an EU-only user on EU offerings and EU-documented rentals", () => {
    const c = makeCatalog();
    const out = ranked(c, makeAnswers({ regions: ["eu"] }));
    expect(out.length).toBeGreaterThan(0);
    for (const o of out) expect(o.deployment.regions).toEqual(["eu"]);
    // The 4090 is only rentable from a marketplace: never for an EU-only user.
    expect(out.some((o) => o.deployment.gpu === "rtx-4090")).toBe(false);
  });

  it("lets a marketplace rental rank for a user who allows any region, worded as not guaranteed", () => {
    const c = makeCatalog({ gpus: [makeGpu({ id: "rtx-4090", name: "RTX 4090", kind: "consumer", memoryGB: 24, bandwidthGBs: 1008, runtime: "llama.cpp", interconnect: "pcie", rentals: [{ cloud: "market", pricePerGpuHour: 0.3, currency: "USD", kind: "on-demand", billing: "hour", minGpus: 1, source: "https://example.org/x", asOf: "2026-11-01" }] })], clouds: [makeCloud({ id: "market", marketplace: true })] });
    const r = recommend(makeAnswers({ regions: ["any"], hosting: ["cloud-gpu"], tokensPerMonth: 10e6 }), c, { now, whatIf: false });
    const rental = r.ranked.find((o) => o.deployment.rental);
    expect(rental?.deployment.rental?.marketplace).toBe(true);
    expect(rental?.notes.some((n) => /location not guaranteed/i.test(n))).toBe(true);
  });
});

describe("lifecycle", () => {
  it("leaves out an offering retired on or before the day asked, and keeps it before that day", () => {
    const c = makeCatalog();
    const o = c.offerings[0]!;
    const retiring = { ...c, offerings: [{ ...o, status: "retiring" as const, retiresOn: "2026-12-01" }, ...c.offerings.slice(1)] };
    const before = recommend(makeAnswers({ hosting: ["api"] }), retiring, { now: new Date("2026-11-20T00:00:00Z"), whatIf: false, excluded: "all" });
    expect(before.ranked.some((x) => x.id === `api:${o.id}`)).toBe(true);
    expect(before.ranked.find((x) => x.id === `api:${o.id}`)?.notes.some((n) => n.includes("2026-12-01"))).toBe(true);
    const after = recommend(makeAnswers({ hosting: ["api"] }), retiring, { now: new Date("2026-12-01T00:00:00Z"), whatIf: false, excluded: "all" });
    expect(after.excluded.find((x) => x.id === `api:${o.id}`)?.reasons.map((r) => r.code)).toContain("retired");
  });
});

describe("explanations", () => {
  it("names the runner-up and a criterion that really separates them in the #1's sentence", () => {
    fc.assert(
      fc.property(catalogArb, answersArb, (c, a) => {
        const r = recommend(a, c, { now, whatIf: false, limit: 200 });
        const [top, ...rest] = r.ranked;
        const runner = rest.find((o) => o.modelId !== top?.modelId) ?? rest[0];
        if (!top || !runner) return;
        expect(top.whyHere).toContain(runner.modelName);
        // The criterion named first is the one where the #1 gains most over the runner-up.
        const gains = top.breakdown.map((b) => ({ label: b.criterion, gain: b.contribution - (runner.breakdown.find((x) => x.criterion === b.criterion)?.contribution ?? 0) })).sort((x, y) => y.gain - x.gain);
        const best = gains[0]!;
        if (best.gain > 0.5) expect(top.whyHere?.indexOf(wordOf(best.label))).toBeGreaterThan(-1);
        // Never a criterion that did not decide: every lead named is worth at least a shown tenth.
        for (const m of top.whyHere?.matchAll(/\(\+([\d.,]+) points?\)/g) ?? []) expect(Number(m[1]!.replace(/,/g, ""))).toBeGreaterThanOrEqual(0.1);
      }),
      { numRuns: 80 },
    );
  });
});

const WORDS: Record<string, string> = { quality: "quality on your tasks", cost: "cost against your budget", speed: "speed", context: "context headroom", effort: "operational effort", control: "control over your data", confidence: "data confidence", sensitivity: "sensitive topics" };
const wordOf = (c: string) => WORDS[c] ?? c;
