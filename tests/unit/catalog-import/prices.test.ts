import { describe, expect, it } from "vitest";
import { batchPrices, pricesFromLitellm, pricesFromModelsDev } from "../../../scripts/catalog/prices";
import { perMillion } from "../../../scripts/catalog/read-litellm";
import { litellm } from "./factories";

const entry = (key: string) => {
  const e = litellm().find((r) => r.key === key)?.entry;
  if (!e) throw new Error(`fixture key ${key} missing`);
  return e;
};

describe("models.dev prices", () => {
  it("reads input, output, cache read and a cache write dearer than input as a premium", () => {
    const p = pricesFromModelsDev({ input: 5, output: 25, cache_read: 0.5, cache_write: 6.25 }, "USD");
    expect(p.prices).toEqual({ currency: "USD", input: 5, output: 25, cachedInput: 0.5, cacheWrite: 6.25 });
    expect(p.cache).toEqual({ writeFee: "premium" });
  });

  it("treats a cache write of 0 as no fee and no write price", () => {
    const p = pricesFromModelsDev({ input: 1, output: 2, cache_read: 0.1, cache_write: 0 }, "USD");
    expect(p.prices.cacheWrite).toBeUndefined();
    expect(p.cache).toEqual({ writeFee: "none" });
  });

  it("reads [[cost.tiers]] and the older [cost.context_over_200k] as long-context tiers", () => {
    const tiers = pricesFromModelsDev({ input: 1.25, output: 10, tiers: [{ tier: { size: 200_000 }, input: 2.5, output: 15, cache_read: 0.25 }] }, "USD").tiers;
    expect(tiers).toEqual([{ abovePromptTokens: 200_000, input: 2.5, output: 15, cachedInput: 0.25 }]);
    const older = pricesFromModelsDev({ input: 1.2, output: 6, context_over_200k: { input: 3, output: 15 } }, "USD").tiers;
    expect(older).toEqual([{ abovePromptTokens: 200_000, input: 3, output: 15 }]);
  });

  it("keeps the currency the provider publishes in and removes float noise", () => {
    const p = pricesFromModelsDev({ input: 0.049999999999999996, output: 0.6 }, "EUR");
    expect(p.prices).toEqual({ currency: "EUR", input: 0.05, output: 0.6 });
  });
});

describe("LiteLLM prices", () => {
  it("converts USD per token to USD per 1M tokens without float noise", () => {
    expect(perMillion(3.9999999999999997e-7)).toBe(0.4);
    expect(perMillion(1.25e-6)).toBe(1.25);
  });

  it("reads batch prices from *_cost_per_token_batches", () => {
    expect(batchPrices(entry("gpt-5.4"))).toEqual({ batchInput: 1.25, batchOutput: 7.5 });
  });

  it("reads *_above_200k_tokens and *_above_272k_tokens keys as tiers", () => {
    expect(pricesFromLitellm(entry("gemini/gemini-2.5-pro"))?.tiers).toEqual([{ abovePromptTokens: 200_000, input: 2.5, output: 15, cachedInput: 0.25 }]);
    expect(pricesFromLitellm(entry("gpt-5.4"))?.tiers).toEqual([{ abovePromptTokens: 272_000, input: 5, output: 22.5, cachedInput: 0.5 }]);
  });

  it("gives no price set for an entry without both prices", () => {
    expect(pricesFromLitellm({ litellm_provider: "openai", input_cost_per_token: 1e-6 })).toBeUndefined();
  });
});
