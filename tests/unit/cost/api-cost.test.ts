import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apiCostLines, sumLines } from "@/lib/cost/api";
import { makeAnswers } from "../../fixtures/answers";
import { makeModel, makeOffering } from "../../fixtures/catalog";

const model = makeModel();
const claude = makeOffering({ prices: { currency: "USD", input: 3, output: 15, cachedInput: 0.3, cacheWrite: 3.75 }, inputUsdPerMTok: 3, outputUsdPerMTok: 15, cachedInputUsdPerMTok: 0.3, cacheWriteUsdPerMTok: 3.75, cache: { writeFee: "premium" }, batchInputUsdPerMTok: 1.5, batchOutputUsdPerMTok: 7.5 });
const label = (l: { label: { code: string } }) => l.label.code;

describe("API cost line by line", () => {
  it.each([
    // 100M tokens, 75 % input: 75M input at $3, 25M output at $15.
    ["no cache, no batch", { tokensPerMonth: 100e6 }, [["cost-input", 225], ["cost-output", 375]]],
    // Half the input cached: 37.5M read at $0.30, one write per 10 reads (3.75M at $3.75), the rest at $3.
    ["half the input cached", { tokensPerMonth: 100e6, cachedInputShare: 0.5 }, [["cost-input", 101.25], ["cost-cached", 11.25], ["cost-cache-write", 14.06], ["cost-output", 375]]],
    // 40 % batch: batch prices on 40 % of the input and output.
    ["40 % through the batch API", { tokensPerMonth: 100e6, batchShare: 0.4 }, [["cost-input", 135], ["cost-batch-input", 45], ["cost-output", 225], ["cost-batch-output", 75]]],
  ] as const)("%s: to the cent", (_n, a, expected) => {
    const lines = apiCostLines(claude, model, makeAnswers(a));
    expect(lines.map((l) => [label(l), l.usd])).toEqual(expected);
    expect(sumLines(lines)).toBeCloseTo(expected.reduce((s, [, v]) => s + v, 0), 9);
  });

  it("prices the whole request at a long-context tier once the prompt passes its threshold", () => {
    const tiered = makeOffering({ ...claude, tiers: [{ abovePromptTokens: 200_000, input: 6, output: 22.5 }] });
    const lines = apiCostLines(tiered, model, makeAnswers({ tokensPerMonth: 100e6, promptTokens: 300_000, minContextTokens: 300_000 }));
    expect(lines[0]?.label.code).toBe("cost-tier");
    expect(lines.find((l) => label(l) === "cost-input")?.usd).toBe(450);
    expect(lines.find((l) => label(l) === "cost-output")?.usd).toBe(562.5);
  });

  it("bills a reasoning model's hidden tokens as output, at the published ratio or the stated default", () => {
    const thinker = makeModel({ reasoning: { mode: "always" } });
    const lines = apiCostLines(makeOffering(), thinker, makeAnswers({ tokensPerMonth: 100e6 }));
    expect(lines.find((l) => label(l) === "cost-reasoning")?.tokens).toBeCloseTo(25e6, 3);
    const set = apiCostLines(makeOffering(), thinker, makeAnswers({ tokensPerMonth: 100e6, reasoningTokensPerOutputToken: 3 }));
    expect(set.find((l) => label(l) === "cost-reasoning")?.tokens).toBeCloseTo(75e6, 3);
  });

  it("shows a regional surcharge as its own line, lines still summing to the regional price", () => {
    const eu = makeOffering({ ...claude, regionalUplift: 1.1, inputUsdPerMTok: 3.3, outputUsdPerMTok: 16.5 });
    const lines = apiCostLines(eu, model, makeAnswers({ tokensPerMonth: 100e6 }));
    expect(lines.map(label)).toContain("cost-surcharge");
    expect(sumLines(lines)).toBeCloseTo(75 * 3.3 + 25 * 16.5, 1);
  });

  it("never costs more with more of the input cached or more of it batched, and its lines always sum to the total", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1e10 }), (c1, c2, b, tokens) => {
        const lo = Math.min(c1, c2);
        const hi = Math.max(c1, c2);
        const cost = (cache: number, batch: number) => sumLines(apiCostLines(claude, model, makeAnswers({ tokensPerMonth: tokens, cachedInputShare: cache, batchShare: batch })));
        // A cent of rounding per line at most.
        expect(cost(hi, b)).toBeLessThanOrEqual(cost(lo, b) + 0.05);
        expect(cost(lo, hi)).toBeLessThanOrEqual(cost(lo, lo) + 0.05);
      }),
    );
  });
});
