import { CACHE_READS_PER_WRITE, DEFAULT_REASONING_TOKENS_PER_OUTPUT } from "../core/assumptions";
import type { Answers } from "../schema/answers";
import type { Model, Offering } from "../schema/catalog";
import { msg, type Message } from "../vocab/messages";

/**
 * An API offering's monthly cost, line by line (issue 19 item 2). Lines sum to the total to the
 * cent: each is rounded to the cent and the total is their sum.
 *
 * - Volume: tokensPerMonth, of which inputShare is input; the rest is visible output.
 * - Prompt cache: cachedInputShare of the input is read from the cache at the cached price; each
 *   cached token is written once per CACHE_READS_PER_WRITE reads, at the write price where the
 *   provider bills writes (the written tokens are part of the uncached input otherwise).
 * - Batch: batchShare of the uncached input and of the output go through the batch API at its
 *   prices where the offering has them; cached reads stay at the cached price unless the
 *   provider says the discounts stack.
 * - Reasoning models bill hidden reasoning tokens as output on top of the visible ones: a
 *   published tokens-per-output figure for the model, else the user's, else the stated default.
 * - A prompt longer than a long-context tier's threshold prices the whole request at the tier.
 * - A regional surcharge (regionalUplift) is shown as its own line.
 */

/** A price published in another currency, shown beside its USD value. */
export type NativePrice = { currency: "EUR" | "CNY"; perMTok: number; usdPer: number; asOf: string };

export type CostLine = { label: Message; tokens?: number; usdPerMTok?: number; native?: NativePrice; usd: number };

export const cents = (n: number) => Math.round(n * 100) / 100;

type Rates = { input: number; output: number; cached?: number; write?: number; batchInput?: number; batchOutput?: number };

function ratesOf(o: Offering, promptTokens: number): { rates: Rates; tier?: number } {
  const tier = [...o.tiers].sort((a, b) => b.abovePromptTokens - a.abovePromptTokens).find((t) => promptTokens > t.abovePromptTokens);
  const k = o.fx?.usdPer ?? 1;
  const rates: Rates = {
    input: tier ? tier.input * k : o.inputUsdPerMTok,
    output: tier ? tier.output * k : o.outputUsdPerMTok,
    ...(tier?.cachedInput !== undefined ? { cached: tier.cachedInput * k } : o.cachedInputUsdPerMTok !== undefined ? { cached: o.cachedInputUsdPerMTok } : {}),
    ...(o.cacheWriteUsdPerMTok !== undefined ? { write: o.cacheWriteUsdPerMTok } : {}),
    // Batch prices are for the standard tier; a long-context request keeps its tier's price.
    ...(!tier && o.batchInputUsdPerMTok !== undefined ? { batchInput: o.batchInputUsdPerMTok } : {}),
    ...(!tier && o.batchOutputUsdPerMTok !== undefined ? { batchOutput: o.batchOutputUsdPerMTok } : {}),
  };
  return tier ? { rates, tier: tier.abovePromptTokens } : { rates };
}

/** Hidden reasoning tokens per visible output token, and whether the figure is published. */
export function reasoningRatio(model: Pick<Model, "reasoning">, a: Pick<Answers, "reasoningTokensPerOutputToken">): { ratio: number; published: boolean } {
  if (model.reasoning?.mode !== "always") return { ratio: 0, published: false };
  const pub = model.reasoning.hiddenTokensPerOutputToken?.value;
  if (pub !== undefined) return { ratio: pub, published: true };
  return { ratio: a.reasoningTokensPerOutputToken ?? DEFAULT_REASONING_TOKENS_PER_OUTPUT, published: false };
}

type Volume = Pick<Answers, "tokensPerMonth" | "inputShare" | "cachedInputShare" | "batchShare" | "promptTokens" | "reasoningTokensPerOutputToken">;

export function apiCostLines(o: Offering, model: Pick<Model, "reasoning">, a: Volume): CostLine[] {
  const { rates, tier } = ratesOf(o, a.promptTokens);
  const uplift = o.regionalUplift ?? 1;
  const input = a.tokensPerMonth * a.inputShare;
  const output = a.tokensPerMonth - input;
  const cachedShare = rates.cached !== undefined ? a.cachedInputShare : 0;
  const cached = input * cachedShare;
  const writes = rates.write !== undefined && o.cache?.writeFee === "premium" ? cached / CACHE_READS_PER_WRITE : 0;
  const plainInput = Math.max(0, input - cached - writes);
  const { ratio, published } = reasoningRatio(model, a);
  const reasoning = output * ratio;
  const batchIn = rates.batchInput !== undefined ? plainInput * a.batchShare : 0;
  const batchOut = rates.batchOutput !== undefined ? (output + reasoning) * a.batchShare : 0;
  const outShare = output + reasoning > 0 ? output / (output + reasoning) : 1;
  const lines: CostLine[] = [];
  const add = (label: Message, tokens: number, perM: number) => {
    if (tokens <= 0) return;
    // Regional prices include the surcharge; the line shows the base and the surcharge stands apart.
    const base = perM / uplift;
    const line: CostLine = { label, tokens, usdPerMTok: base, usd: cents((tokens * base) / 1e6) };
    if (o.fx && o.fx.currency !== "USD") line.native = { currency: o.fx.currency, perMTok: base / o.fx.usdPer, usdPer: o.fx.usdPer, asOf: o.fx.asOf };
    lines.push(line);
  };
  add(msg("cost-input", { tokens: plainInput - batchIn }), plainInput - batchIn, rates.input);
  if (batchIn > 0) add(msg("cost-batch-input", { tokens: batchIn }), batchIn, rates.batchInput as number);
  if (cached > 0) add(msg("cost-cached", { tokens: cached, reuse: CACHE_READS_PER_WRITE }), cached, rates.cached as number);
  if (writes > 0) add(msg("cost-cache-write", { tokens: writes, reuse: CACHE_READS_PER_WRITE }), writes, rates.write as number);
  const visibleStd = (output + reasoning - batchOut) * outShare;
  const hiddenStd = (output + reasoning - batchOut) * (1 - outShare);
  add(msg("cost-output", { tokens: visibleStd }), visibleStd, rates.output);
  if (hiddenStd > 0) add(msg("cost-reasoning", { tokens: hiddenStd, ratio, published }), hiddenStd, rates.output);
  if (batchOut > 0) add(msg("cost-batch-output", { tokens: batchOut }), batchOut, rates.batchOutput as number);
  if (uplift > 1) {
    const base = lines.reduce((s, l) => s + l.usd, 0);
    lines.push({ label: msg("cost-surcharge", { uplift }), usd: cents(base * (uplift - 1)) });
  }
  return tier !== undefined ? [{ label: msg("cost-tier", { above: tier }), usd: 0 }, ...lines] : lines;
}

export const sumLines = (lines: readonly CostLine[]) => cents(lines.reduce((s, l) => s + l.usd, 0));

/** The monthly cost alone (what ranking needs for every offering). */
export function apiCostUsd(o: Offering, model: Pick<Model, "reasoning">, a: Volume): number {
  return sumLines(apiCostLines(o, model, a));
}
