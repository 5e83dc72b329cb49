import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evidenceIndex, modelEvidence } from "@/lib/quality/evidence";
import { optionQuality, taskFloors } from "@/lib/quality/option";
import { mapperFor } from "@/lib/quality/scale";
import type { QualitySource } from "@/lib/schema/quality";
import { TASKS } from "@/lib/schema/common";
import { makeModel } from "../../fixtures/catalog";

const source = (id: string, rows: { model: string; score: number; low?: number; high?: number }[], over: Partial<QualitySource> = {}): QualitySource => ({
  id,
  name: id,
  kind: "independent",
  secondary: false,
  source: "https://example.org/q",
  asOf: "2026-01-01",
  licence: "MIT",
  harness: "one harness",
  scale: { kind: "percent" },
  sigma: 4,
  metrics: { m: { label: "m", what: "m" } },
  rows: rows.map((r) => ({ as: r.model, metric: "m", ...r })),
  ...over,
});
const mapping = (entries: { task: (typeof TASKS)[number]; source: string; weight?: number }[]) => ({ vendorWeight: 0.3, entries: entries.map((e) => ({ metric: "m", weight: 1, reason: "t", ...e })) });

describe("scales", () => {
  it("maps a rating linearly through two anchor rows, clamped to 0-100", () => {
    const s = source("arena", [{ model: "weak", score: 1100 }, { model: "strong", score: 1400 }], { scale: { kind: "anchored", low: { model: "weak", maps: 20 }, high: { model: "strong", maps: 80 } } });
    const m = mapperFor(s.scale, s, "m")!;
    expect(m.map(1100)).toBe(20);
    expect(m.map(1250)).toBeCloseTo(50, 9);
    expect(m.map(2000)).toBe(100);
    expect(m.slope).toBeCloseTo(0.2, 9);
  });
});

describe("evidence per task", () => {
  // A reference board measuring 25 releases, and other boards sharing ten of them with it.
  const others = Array.from({ length: 25 }, (_, i) => ({ model: `m${i}`, score: 20 + i * 3, low: 19 + i * 3, high: 21 + i * 3 }));
  const reference = source("ref", [...others, { model: "x", score: 55, low: 54, high: 57 }]);

  it("puts a board on the reference's scale through the releases both measure", () => {
    // Board b reads every release 10 points lower and half as spread out: the fit undoes it.
    const b = source("b", [...others.slice(0, 10).map((o) => ({ model: o.model, score: (o.score - 10) / 2 })), { model: "x", score: 22.5 }]);
    const idx = evidenceIndex([reference, b], mapping([{ task: "coding", source: "ref" }, { task: "coding", source: "b" }]));
    const ev = modelEvidence(makeModel({ id: "x" }), idx);
    const fromB = ev.coding?.measurements.find((m) => m.source === "b");
    expect(fromB?.value).toBeCloseTo(55, 6);
  });

  it("combines sources by inverse variance, reads a published interval, and never widens when a measurement is added", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ score: fc.integer({ min: 0, max: 100 }), half: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }), weight: fc.double({ min: 0.1, max: 0.9, noNaN: true }) }), { minLength: 1, maxLength: 5 }), (ms) => {
        let prev = Infinity;
        for (let k = 0; k <= ms.length; k++) {
          const extra = ms.slice(0, k).map((m, i) => source(`s${i}`, [...others.slice(0, 8), { model: "x", score: m.score, ...(m.half ? { low: m.score - m.half, high: m.score + m.half } : {}) }]));
          const lines = [{ task: "coding" as const, source: "ref", weight: 1 }, ...ms.slice(0, k).map((m, i) => ({ task: "coding" as const, source: `s${i}`, weight: m.weight }))];
          const ev = modelEvidence(makeModel({ id: "x" }), evidenceIndex([reference, ...extra], mapping(lines)));
          expect(ev.coding?.sd).toBeLessThanOrEqual(prev + 1e-12);
          prev = ev.coding?.sd ?? Infinity;
        }
      }),
    );
  });
});

describe("an option's quality", () => {
  const idx = evidenceIndex([source("a", [{ model: "x", score: 70 }, { model: "y", score: 30 }])], mapping([{ task: "coding", source: "a" }]));
  const x = modelEvidence(makeModel({ id: "x" }), idx);
  const floors = taskFloors([x, modelEvidence(makeModel({ id: "y" }), idx)]);

  it("holds low <= score <= high and reports coverage of the weighed tasks", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...TASKS), fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>), (tasks) => {
        if (!Object.values(tasks).some((v) => v > 0)) return;
        const q = optionQuality(x, { tasks }, floors);
        if (q.score !== undefined) {
          expect(q.low).toBeLessThanOrEqual(q.score + 1e-9);
          expect(q.score).toBeLessThanOrEqual(q.high + 1e-9);
        }
        expect(q.low).toBeLessThanOrEqual(q.rankValue + 1e-9);
        expect(q.rankValue).toBeLessThanOrEqual(q.high + 1e-9);
        expect(q.coverage).toBeGreaterThanOrEqual(0);
        expect(q.coverage).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("never raises a score with an unmeasured task, says it is not measured, and widens the interval by its weight", () => {
    const only = optionQuality(x, { tasks: { coding: 3 } }, floors);
    const plus = optionQuality(x, { tasks: { coding: 3, chat: 1 } }, floors);
    expect(plus.rankValue).toBeLessThanOrEqual(only.rankValue);
    expect(plus.score).toBe(only.score);
    expect(plus.perTask.find((t) => t.task === "chat")?.score).toBeUndefined();
    expect(plus.high - plus.low).toBeGreaterThan(only.high - only.low);
    expect(plus.coverage).toBeCloseTo(0.75, 9);
  });
});
