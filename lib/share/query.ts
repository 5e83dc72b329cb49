import { derivedConcurrency, type Answers } from "../schema/answers";
import { normalizeAnswers } from "./normalize";
import { DEFAULTS, PARAM, type Field } from "./params";
import { formatCount } from "./tokens";

/** A lone UTF-16 surrogate cannot be percent-encoded (encodeURIComponent throws URIError). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Percent-encode one atom; the separators "," and ":" between atoms stay readable. A lone
 * surrogate (never in a catalog id) becomes U+FFFD rather than an exception.
 */
function atom(text: string | number): string {
  return encodeURIComponent(String(text).replace(LONE_SURROGATE, "\uFFFD"));
}

const list = (xs: readonly (string | number)[]) => xs.map(atom).join(",");
const bool = (b: boolean) => (b ? "1" : "0");

/**
 * Answers -> a short, readable query string without the leading "?", e.g.
 * `t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=300M`. Fields at their default (or, for
 * concurrency and prompt length, at the value derived from other answers) are left out; lists are
 * written in a canonical order, so equal answers give an equal string.
 */
export function encodeAnswers(answers: Answers): string {
  const a = normalizeAnswers(answers);
  const parts: [Field, string][] = [];
  const put = (field: Field, value: string) => parts.push([field, value]);
  const differs = <K extends keyof typeof DEFAULTS>(k: K) => a[k] !== DEFAULTS[k];
  put("tasks", Object.entries(a.tasks).map(([t, v]) => `${atom(t)}:${v}`).join(","));
  put("regions", list(a.regions));
  put("hosting", list(a.hosting));
  if (a.hardware.length > 0) put("hardware", a.hardware.map((h) => `${atom(h.gpu)}:${h.count}`).join(","));
  put("budgetUsdPerMonth", String(a.budgetUsdPerMonth));
  if (differs("budgetIsHardLimit")) put("budgetIsHardLimit", bool(a.budgetIsHardLimit));
  put("tokensPerMonth", formatCount(a.tokensPerMonth));
  if (differs("inputShare")) put("inputShare", String(a.inputShare));
  if (differs("minContextTokens")) put("minContextTokens", String(a.minContextTokens));
  if (differs("openWeightsOnly")) put("openWeightsOnly", bool(a.openWeightsOnly));
  if (differs("commercialUse")) put("commercialUse", bool(a.commercialUse));
  if (a.excludedOrigins.length > 0) put("excludedOrigins", list(a.excludedOrigins));
  if (differs("sensitiveTopics")) put("sensitiveTopics", bool(a.sensitiveTopics));
  if (a.weights) put("weights", Object.entries(a.weights).map(([c, v]) => `${atom(c)}:${v}`).join(","));
  if (a.concurrentRequests !== derivedConcurrency(a.tokensPerMonth, a.inputShare)) put("concurrentRequests", String(a.concurrentRequests));
  if (a.minTokensPerSecond !== undefined) put("minTokensPerSecond", String(a.minTokensPerSecond));
  if (a.maxTimeToFirstTokenSeconds !== undefined) put("maxTimeToFirstTokenSeconds", String(a.maxTimeToFirstTokenSeconds));
  if (a.promptTokens !== Math.max(1, a.minContextTokens)) put("promptTokens", String(a.promptTokens));
  if (differs("cachedInputShare")) put("cachedInputShare", String(a.cachedInputShare));
  if (differs("batchShare")) put("batchShare", String(a.batchShare));
  if (a.reasoningTokensPerOutputToken !== undefined) put("reasoningTokensPerOutputToken", String(a.reasoningTokensPerOutputToken));
  if (a.excludedOperatorCountries.length > 0) put("excludedOperatorCountries", list(a.excludedOperatorCountries));
  if (differs("currency")) put("currency", a.currency);
  if (differs("ownHardwareCost")) put("ownHardwareCost", a.ownHardwareCost);
  if (a.gpuPriceUsd !== undefined) put("gpuPriceUsd", String(a.gpuPriceUsd));
  if (differs("amortizationMonths")) put("amortizationMonths", String(a.amortizationMonths));
  if (differs("opsHoursPerMonth")) put("opsHoursPerMonth", String(a.opsHoursPerMonth));
  if (a.opsUsdPerHour !== undefined) put("opsUsdPerHour", String(a.opsUsdPerHour));
  if (a.electricityUsdPerKwh !== undefined) put("electricityUsdPerKwh", String(a.electricityUsdPerKwh));
  return parts.map(([field, value]) => `${PARAM[field]}=${value}`).join("&");
}
