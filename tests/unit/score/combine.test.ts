import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { combine, criterionWeights } from "@/lib/score/combine";
import { CRITERIA } from "@/lib/schema/common";
import { makeAnswers } from "../../fixtures/answers";
import { makeCandidate } from "../../fixtures/candidate";

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe("combine", () => {
  it("uses the default weights: quality 0.35 of 1.05 with regions restricted", () => {
    const w = criterionWeights(makeAnswers({ regions: ["eu"] }));
    expect(w.map((r) => r.id)).toEqual(["quality", "cost", "speed", "context", "effort", "control", "confidence"]);
    expect(w[0]?.weight).toBeCloseTo(0.35 / 1.05, 12);
  });
  it("adds the sensitivity criterion only when asked", () => {
    expect(criterionWeights(makeAnswers({ sensitiveTopics: true })).map((r) => r.id)).toContain("sensitivity");
  });
  it("applies the user's multipliers, and falls back to defaults when all are 0", () => {
    const w = criterionWeights(makeAnswers({ weights: { cost: 0 } }));
    expect(w.map((r) => r.id)).not.toContain("cost");
    const zero = Object.fromEntries(CRITERIA.map((c) => [c, 0]));
    expect(criterionWeights(makeAnswers({ weights: zero }))).toEqual(criterionWeights(makeAnswers()));
  });
  it("scores 100 when every criterion is at its best, with contributions summing exactly", () => {
    const c = makeCandidate({ kind: "own-hardware", costUsd: 0, tokensPerSecond: 100, contextTokens: 1e6 });
    const a = makeAnswers({ tasks: { vision: 1 }, weights: { quality: 0, confidence: 0, effort: 0 } });
    const { score, breakdown } = combine(c, a, criterionWeights(a));
    expect(score).toBe(100);
    expect(sum(breakdown.map((r) => r.contribution))).toBeCloseTo(100, 9);
  });
  it("keeps weights summing to 1 and contributions summing to the score, within 0..100", () => {
    const mult = fc.dictionary(fc.constantFrom(...CRITERIA), fc.double({ min: 0, max: 5, noNaN: true }));
    fc.assert(
      fc.property(mult, fc.double({ min: 0, max: 1e5, noNaN: true }), fc.boolean(), (weights, usd, sensitiveTopics) => {
        const a = makeAnswers({ weights, sensitiveTopics });
        const w = criterionWeights(a);
        expect(sum(w.map((r) => r.weight))).toBeCloseTo(1, 9);
        const { score, breakdown } = combine(makeCandidate({ costUsd: usd }), a, w);
        expect(score).toBeCloseTo(sum(breakdown.map((r) => r.contribution)), 9);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });
});
