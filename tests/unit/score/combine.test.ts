import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CallEnv, Candidate } from "@/lib/core/types";
import { CRITERIA } from "@/lib/schema/common";
import { contributions, criterionWeights, scoreOf, valuesOf, type Weights } from "@/lib/score/combine";
import { makeAnswers } from "../../fixtures/answers";

const total = (w: Weights) => w.reduce((s, r) => s + r.weight, 0);

describe("criterionWeights", () => {
  it("uses the base weights, normalised to 1, without sensitivity unless asked", () => {
    const w = criterionWeights(makeAnswers({ regions: ["any"] }));
    // 0.4 quality, 0.2 cost, 0.1 speed, 0.05 context, 0.1 effort, 0.1 control, 0.05 confidence: 1.0.
    expect(w.map((r) => r.id)).toEqual(["quality", "cost", "speed", "context", "effort", "control", "confidence"]);
    expect(w.find((r) => r.id === "quality")?.weight).toBeCloseTo(0.4, 12);
    expect(w.find((r) => r.id === "cost")?.weight).toBeCloseTo(0.2, 12);
    expect(total(w)).toBeCloseTo(1, 12);
  });

  it("applies the multipliers before normalising", () => {
    const w = criterionWeights(makeAnswers({ regions: ["any"], weights: { cost: 3 } }));
    // cost 0.6 of a sum of 1.4.
    expect(w.find((r) => r.id === "cost")?.weight).toBeCloseTo(0.6 / 1.4, 12);
    expect(w.find((r) => r.id === "quality")?.weight).toBeCloseTo(0.4 / 1.4, 12);
    expect(total(w)).toBeCloseTo(1, 12);
  });

  it("leaves out criteria at weight 0", () => {
    const w = criterionWeights(makeAnswers({ regions: ["any"], weights: { cost: 0, speed: 0 } }));
    expect(w.map((r) => r.id)).not.toContain("cost");
    expect(w.map((r) => r.id)).not.toContain("speed");
    expect(w.find((r) => r.id === "quality")?.weight).toBeCloseTo(0.4 / 0.7, 12);
  });

  it("falls back to the base weights when every multiplier is 0", () => {
    const zero = Object.fromEntries(CRITERIA.map((c) => [c, 0]));
    const w = criterionWeights(makeAnswers({ regions: ["any"], sensitiveTopics: true, weights: zero }));
    const base = criterionWeights(makeAnswers({ regions: ["any"], sensitiveTopics: true }));
    expect(w).toEqual(base);
    expect(w.map((r) => r.id)).toContain("sensitivity");
    expect(w.find((r) => r.id === "sensitivity")?.weight).toBeCloseTo(0.1 / 1.1, 12);
    expect(total(w)).toBeCloseTo(1, 12);
  });

  it("always sums to 1 over positive weights (property)", () => {
    fc.assert(fc.property(fc.dictionary(fc.constantFrom(...CRITERIA), fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 5, noNaN: true }))), fc.boolean(), (weights, sens) => {
      const w = criterionWeights(makeAnswers({ weights, sensitiveTopics: sens }));
      return Math.abs(total(w) - 1) < 1e-9 && w.every((r) => r.weight > 0);
    }));
  });
});

describe("valuesOf", () => {
  it("gives each criterion's value in the order of the weights", () => {
    const a = makeAnswers({ budgetUsdPerMonth: 100 });
    const env: CallEnv = { quality: () => ({ low: 0, high: 100, coverage: 1, perTask: [], rankValue: 30 }), today: "2026-01-01" };
    const c = { kind: "api", costUsd: 0, contextTokens: 8192, facts: { unverified: 1, model: { contentNotes: [] } }, problems: [], regions: [] } as unknown as Candidate;
    expect(valuesOf(c, a, env, [{ id: "quality", weight: 0.5 }, { id: "cost", weight: 0.3 }, { id: "confidence", weight: 0.2 }])).toEqual([0.3, 1, 0.5]);
    expect(valuesOf(c, a, env, [{ id: "context", weight: 1 }])).toEqual([0.5]);
  });
});

describe("scoreOf", () => {
  it("is the weighted sum on 0..100, rounded to hundredths", () => {
    const w: Weights = [{ id: "quality", weight: 0.5 }, { id: "cost", weight: 0.5 }];
    expect(scoreOf([1, 1], w)).toBe(100);
    expect(scoreOf([0.5, 0], w)).toBe(25);
    expect(scoreOf([0.123456, 0], [{ id: "cost", weight: 1 }])).toBe(12.35);
    expect(scoreOf([0.123449, 0], [{ id: "cost", weight: 1 }])).toBe(12.34);
    expect(scoreOf([], [])).toBe(0);
  });
  it("reads a missing value as 0", () => {
    expect(scoreOf([1], [{ id: "quality", weight: 0.6 }, { id: "cost", weight: 0.4 }])).toBe(60);
  });
});

describe("contributions", () => {
  it("rounds each row to hundredths so that the rows add up to the total", () => {
    const seven: Weights = CRITERIA.slice(0, 7).map((id) => ({ id, weight: 1 / 7 }));
    const values = seven.map(() => 1);
    const parts = contributions(values, seven);
    expect(parts.reduce((s, x) => s + x * 100, 0)).toBe(10000);
    // 1428.57 hundredths each: the 4 missing hundredths go to the first rows (equal remainders, by order).
    expect(parts).toEqual([14.29, 14.29, 14.29, 14.29, 14.28, 14.28, 14.28]);
    expect(scoreOf(values, seven)).toBe(100);
  });
  it("gives the extra hundredths to the largest remainders first", () => {
    const w: Weights = [{ id: "quality", weight: 0.5 }, { id: "cost", weight: 0.5 }];
    // 617.25 and 4938.25 hundredths: 5556 in all, the one missing goes to the first of equal remainders.
    expect(contributions([0.12345, 0.98765], w)).toEqual([6.18, 49.38]);
    expect(contributions([0.12343, 0.98767], w)).toEqual([6.17, 49.39]);
    expect(contributions([0.12349, 0.12341], w)).toEqual([6.18, 6.17]);
    expect(contributions([0.12341, 0.12349], w)).toEqual([6.17, 6.18]);
  });
  it("leaves exact rows as they are and reads a missing value as 0", () => {
    expect(contributions([0.5, 0.25], [{ id: "quality", weight: 0.5 }, { id: "cost", weight: 0.5 }])).toEqual([25, 12.5]);
    expect(contributions([1], [{ id: "quality", weight: 0.5 }, { id: "cost", weight: 0.5 }])).toEqual([50, 0]);
  });
  it("adds up to the score and differs from each exact row by less than a hundredth (property)", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.001, max: 1, noNaN: true })), { minLength: 1, maxLength: 8 }), (rows) => {
      const sum = rows.reduce((s, [, w]) => s + w, 0);
      const weights: Weights = rows.map(([, w], i) => ({ id: CRITERIA[i % CRITERIA.length] ?? "cost", weight: w / sum }));
      const values = rows.map(([v]) => v);
      const parts = contributions(values, weights);
      const hundredths = parts.reduce((s, x) => s + Math.round(x * 100), 0);
      const exact = weights.map((w, i) => w.weight * (values[i] ?? 0) * 100);
      return hundredths === Math.round(scoreOf(values, weights) * 100) && parts.every((p, i) => Math.abs(p - (exact[i] ?? 0)) < 0.01 + 1e-9);
    }));
  });
});
