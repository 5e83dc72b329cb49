import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recommend, topOf } from "@/lib/engine";
import { buildContext } from "@/lib/engine/context";
import { answersArb, catalogArb } from "../../fixtures/arbitraries";

const now = new Date("2026-11-20T00:00:00Z");
const RUNS = 60;

/**
 * Properties of recommend()'s own output, on generated catalogs and answers: what every surface
 * renders. (A breakdown computed from another option's values, or a page that skips an option,
 * fails here.)
 */
describe("recommend() output", () => {
  it("gives every option weights that sum to 1 and contributions that sum to its score", () => {
    fc.assert(
      fc.property(catalogArb, answersArb, (c, a) => {
        const r = recommend(a, c, { now, whatIf: false, limit: 200 });
        for (const o of r.ranked) {
          const w = o.breakdown.reduce((s, b) => s + b.weight, 0);
          expect(w).toBeCloseTo(1, 9);
          const sum = o.breakdown.reduce((s, b) => s + b.contribution, 0);
          expect(Math.round(sum * 100) / 100).toBeCloseTo(o.score, 9);
          for (const b of o.breakdown) expect(b.contribution).toBeCloseTo(b.weight * b.value * 100, 1);
          expect(o.scoreLow).toBeLessThanOrEqual(o.score + 1e-9);
          expect(o.scoreHigh).toBeGreaterThanOrEqual(o.score - 1e-9);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("orders options best first with ties broken by id, and every cost's lines sum to it", () => {
    fc.assert(
      fc.property(catalogArb, answersArb, (c, a) => {
        const r = recommend(a, c, { now, whatIf: false, limit: 200 });
        for (let i = 1; i < r.ranked.length; i++) {
          const p = r.ranked[i - 1]!;
          const q = r.ranked[i]!;
          expect(p.score > q.score || (p.score === q.score && p.id < q.id)).toBe(true);
        }
        for (const o of r.ranked) {
          const lines = o.costLines.reduce((s, l) => s + l.usd, 0);
          expect(Math.round(lines * 100) / 100).toBeCloseTo(o.monthlyCostUsd, 9);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("pages are disjoint, in order, and together the full ranking; totals and summary counts do not depend on the page", () => {
    fc.assert(
      fc.property(catalogArb, answersArb, fc.integer({ min: 1, max: 4 }), (c, a, limit) => {
        const full = recommend(a, c, { now, whatIf: false, limit: 200 });
        const ids: string[] = [];
        for (let offset = 0; offset < full.total + limit; offset += limit) {
          const page = recommend(a, c, { now, whatIf: false, limit, offset });
          expect(page.total).toBe(full.total);
          expect(page.excludedSummary).toEqual(full.excludedSummary);
          if (offset >= full.total) expect(page.ranked).toEqual([]);
          ids.push(...page.ranked.map((o) => o.id));
        }
        expect(ids).toEqual(full.ranked.map((o) => o.id));
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 30 },
    );
  });

  it("counts every exclusion in the summary, and excluded=all lists each one once", () => {
    fc.assert(
      fc.property(catalogArb, answersArb, (c, a) => {
        const all = recommend(a, c, { now, whatIf: false, excluded: "all" });
        const ids = all.excluded.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const s of all.excludedSummary) expect(all.excluded.filter((e) => e.reasons.some((x) => x.code === s.code)).length).toBe(s.count);
        const some = recommend(a, c, { now, whatIf: false });
        for (const s of some.excludedSummary) expect(some.excluded.filter((e) => e.reasons.some((x) => x.code === s.code)).length).toBeGreaterThanOrEqual(Math.min(5, s.count) > 0 ? 1 : 0);
      }),
      { numRuns: RUNS },
    );
  });

  it("gives what-ifs that do not depend on the page, each equal to a fresh ranking of the changed answers", () => {
    let seen = 0;
    fc.assert(
      fc.property(catalogArb, answersArb, (c, a) => {
        const p1 = recommend(a, c, { now, limit: 1 });
        const p2 = recommend(a, c, { now, limit: 3, offset: 1 });
        expect(p2.whatIf).toEqual(p1.whatIf);
        seen += p1.whatIf.length;
        for (const w of p1.whatIf) {
          const params = new URLSearchParams(w.shareQuery);
          expect(params.get("t")).not.toBeNull();
          // The new #1 named is the #1 of the changed answers, ranked afresh on a new catalog object.
          const fresh = structuredClone(c);
          const changed = recommend(decode(w.shareQuery ?? "", fresh), fresh, { now, whatIf: false, limit: 1 });
          expect(changed.ranked[0]?.id).toBe(w.newTopId);
          expect(w.sameModel).toBe(w.newTopModelId === p1.ranked[0]?.modelId);
        }
      }),
      { numRuns: 100 },
    );
    expect(seen, "what-ifs generated across the runs").toBeGreaterThan(5);
  });

  it("has topOf agree with the first option of the ranking", () => {
    fc.assert(
      fc.property(catalogArb, answersArb, (c, a) => {
        const r = recommend(a, c, { now, whatIf: false, limit: 1 });
        const t = topOf(a, buildContext(c), { today: "2026-11-20" });
        expect(t?.c.id).toBe(r.ranked[0]?.id);
      }),
      { numRuns: RUNS },
    );
  });
});

import { answersFromQuery } from "@/lib/answers";
import type { Catalog } from "@/lib/schema/catalog";
function decode(q: string, c: Catalog) {
  const r = answersFromQuery(q, c);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.answers;
}
