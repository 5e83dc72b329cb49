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
  it("combines sources by inverse variance, reads a published interval, and never widens when a measurement is added", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ score: fc.integer({ min: 0, max: 100 }), half: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }), weight: fc.double({ min: 0.1, max: 5, noNaN: true }) }), { minLength: 1, maxLength: 5 }), (ms) => {
        let prev = Infinity;
        for (let k = 1; k <= ms.length; k++) {
          const srcs = ms.slice(0, k).map((m, i) => source(`s${i}`, [{ model: "x", score: m.score, ...(m.half ? { low: m.score - m.half, high: m.score + m.half } : {}) }]));
          const ev = modelEvidence(makeModel({ id: "x" }), evidenceIndex(srcs, mapping(ms.slice(0, k).map((m, i) => ({ task: "coding" as const, source: `s${i}`, weight: m.weight })))));
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
