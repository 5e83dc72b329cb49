import type { CachePolicy, PriceTier, Prices } from "../../lib/schema/catalog";
import type { Currency } from "../../lib/schema/common";
import { perMillion, type LitellmEntry } from "./read-litellm";
import type { Cost } from "./row-schema";

export type PriceSet = { prices: Prices; tiers: PriceTier[]; cache?: CachePolicy; notes: string[] };

/**
 * How the cache is billed, where the snapshot shows a write price: a write dearer than plain
 * input is a premium; a write at or below it (or 0) costs nothing extra.
 */
function cachePolicy(input: number, write: number | undefined): CachePolicy | undefined {
  if (write === undefined) return undefined;
  return { writeFee: write > input ? "premium" : "none" };
}

/** A figure as written, without binary float noise (0.049999999999999996 -> 0.05). */
const clean = (n: number) => Number(n.toPrecision(10));

/** models.dev `[cost]`: per 1M tokens, in the currency the provider publishes. */
export function pricesFromModelsDev(raw: Cost, currency: Currency): PriceSet {
  const cost = cleanCost(raw);
  const cached = cost.cache_read ?? cost.cached_input ?? cost.cache_input;
  const write = cost.cache_write ?? cost.cached_write;
  const prices: Prices = { currency, input: cost.input, output: cost.output };
  if (cached !== undefined) prices.cachedInput = cached;
  if (write !== undefined && write > 0) prices.cacheWrite = write;
  const tiers: PriceTier[] = (cost.tiers ?? []).map((t) => ({
    abovePromptTokens: t.tier.size,
    input: t.input,
    output: t.output,
    ...(t.cache_read !== undefined ? { cachedInput: t.cache_read } : {}),
  }));
  const over = cost.context_over_200k;
  if (over && !tiers.some((t) => t.abovePromptTokens === 200_000)) {
    tiers.push({ abovePromptTokens: 200_000, input: over.input, output: over.output, ...(over.cache_read !== undefined ? { cachedInput: over.cache_read } : {}) });
  }
  tiers.sort((a, b) => a.abovePromptTokens - b.abovePromptTokens);
  const notes = cost.reasoning !== undefined && cost.reasoning !== cost.output ? [`Thinking-mode output costs ${cost.reasoning} ${currency} per 1M tokens.`] : [];
  const cache = cachePolicy(cost.input, write);
  return { prices, tiers, ...(cache ? { cache } : {}), notes };
}

function cleanCost(c: Cost): Cost {
  const out: Cost = { ...c, input: clean(c.input), output: clean(c.output) };
  for (const k of ["cache_read", "cache_write", "cached_input", "cache_input", "cached_write", "reasoning"] as const) {
    const v = c[k];
    if (v !== undefined) out[k] = clean(v);
  }
  if (c.tiers) out.tiers = c.tiers.map((t) => ({ ...t, input: clean(t.input), output: clean(t.output), ...(t.cache_read !== undefined ? { cache_read: clean(t.cache_read) } : {}) }));
  return out;
}

const TIER_SUFFIX = /^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost)_above_(\d+)k_tokens$/;

/** LiteLLM's long-context keys (`input_cost_per_token_above_200k_tokens`, ...) as tiers. */
function litellmTiers(e: LitellmEntry): PriceTier[] {
  const by = new Map<number, { input?: number; output?: number; cachedInput?: number }>();
  for (const [k, v] of Object.entries(e)) {
    const m = TIER_SUFFIX.exec(k);
    if (!m || typeof v !== "number") continue;
    const size = Number(m[2]) * 1000;
    const t = by.get(size) ?? {};
    if (m[1] === "input_cost_per_token") t.input = perMillion(v);
    else if (m[1] === "output_cost_per_token") t.output = perMillion(v);
    else t.cachedInput = perMillion(v);
    by.set(size, t);
  }
  const tiers: PriceTier[] = [];
  for (const [size, t] of [...by].sort(([a], [b]) => a - b)) {
    if (t.input === undefined || t.output === undefined) continue;
    tiers.push({ abovePromptTokens: size, input: t.input, output: t.output, ...(t.cachedInput !== undefined ? { cachedInput: t.cachedInput } : {}) });
  }
  return tiers;
}

/** LiteLLM prices (USD per token) as a price set per 1M tokens; undefined without both prices. */
export function pricesFromLitellm(e: LitellmEntry): PriceSet | undefined {
  if (e.input_cost_per_token === undefined || e.output_cost_per_token === undefined) return undefined;
  const prices: Prices = { currency: "USD", input: perMillion(e.input_cost_per_token), output: perMillion(e.output_cost_per_token) };
  if (e.cache_read_input_token_cost !== undefined) prices.cachedInput = perMillion(e.cache_read_input_token_cost);
  if (e.cache_creation_input_token_cost !== undefined && e.cache_creation_input_token_cost > 0) prices.cacheWrite = perMillion(e.cache_creation_input_token_cost);
  Object.assign(prices, batchPrices(e));
  const write = e.cache_creation_input_token_cost !== undefined ? perMillion(e.cache_creation_input_token_cost) : undefined;
  const cache = cachePolicy(prices.input, write);
  return { prices, tiers: litellmTiers(e), ...(cache ? { cache } : {}), notes: [] };
}

/** Batch API prices (`*_cost_per_token_batches`). */
export function batchPrices(e: LitellmEntry): Pick<Prices, "batchInput" | "batchOutput"> {
  return {
    ...(e.input_cost_per_token_batches !== undefined ? { batchInput: perMillion(e.input_cost_per_token_batches) } : {}),
    ...(e.output_cost_per_token_batches !== undefined ? { batchOutput: perMillion(e.output_cost_per_token_batches) } : {}),
  };
}

export { litellmTiers };
