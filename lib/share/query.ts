import { Answers } from "../schema/answers";
import { decodeRaw, type QueryIssue } from "./decode-raw";
import { normalizeAnswers } from "./normalize";
import { DEFAULTS, EXPECTED, PARAM, type Field } from "./params";
import { formatCount } from "./tokens";

export type DecodeIssue = { path: string; message: string };
export type DecodeResult = { ok: true; answers: Answers } | { ok: false; issues: DecodeIssue[] };

/** A lone UTF-16 surrogate cannot be percent-encoded (encodeURIComponent throws URIError). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Percent-encode one atom; the separators "," and ":" between atoms stay readable. A lone
 * surrogate (never in a catalog id) becomes U+FFFD rather than an exception.
 */
function atom(text: string | number): string {
  return encodeURIComponent(String(text).replace(LONE_SURROGATE, "\uFFFD"));
}

/**
 * Answers -> a short, readable query string without the leading "?", e.g.
 * `t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=300M`. Fields at their default are left
 * out; lists are written in a canonical order, so equal answers give an equal string.
 */
export function encodeAnswers(answers: Answers): string {
  const a = normalizeAnswers(answers);
  const parts: [Field, string][] = [];
  const put = (field: Field, value: string) => parts.push([field, value]);
  put("tasks", Object.entries(a.tasks).map(([t, v]) => `${atom(t)}:${v}`).join(","));
  put("regions", a.regions.map(atom).join(","));
  put("hosting", a.hosting.map(atom).join(","));
  if (a.hardware.length > 0) put("hardware", a.hardware.map((h) => `${atom(h.gpu)}:${h.count}`).join(","));
  put("budgetUsdPerMonth", String(a.budgetUsdPerMonth));
  if (a.budgetIsHardLimit !== DEFAULTS.budgetIsHardLimit) put("budgetIsHardLimit", a.budgetIsHardLimit ? "1" : "0");
  put("tokensPerMonth", formatCount(a.tokensPerMonth));
  if (a.inputShare !== DEFAULTS.inputShare) put("inputShare", String(a.inputShare));
  if (a.minContextTokens !== DEFAULTS.minContextTokens) put("minContextTokens", String(a.minContextTokens));
  if (a.openWeightsOnly !== DEFAULTS.openWeightsOnly) put("openWeightsOnly", a.openWeightsOnly ? "1" : "0");
  if (a.commercialUse !== DEFAULTS.commercialUse) put("commercialUse", a.commercialUse ? "1" : "0");
  if (a.excludedOrigins.length > 0) put("excludedOrigins", a.excludedOrigins.map(atom).join(","));
  if (a.sensitiveTopics !== DEFAULTS.sensitiveTopics) put("sensitiveTopics", a.sensitiveTopics ? "1" : "0");
  if (a.weights) put("weights", Object.entries(a.weights).map(([c, v]) => `${atom(c)}:${v}`).join(","));
  return parts.map(([field, value]) => `${PARAM[field]}=${value}`).join("&");
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`)).join("");
}

/**
 * A query string (with or without "?") or URLSearchParams -> validated Answers, or one issue per
 * bad field: `path` is the Answers field ("budgetUsdPerMonth", "tasks.coding", "hardware[0].count"),
 * `message` names the query parameter and what it expects. Unknown parameters are ignored:
 * other surfaces add their own (theme, top, paper).
 */
export function decodeAnswers(query: string | URLSearchParams): DecodeResult {
  const { raw, issues } = decodeRaw(query);
  const parsed = Answers.safeParse(raw);
  if (parsed.success && issues.length === 0) return { ok: true, answers: parsed.data };
  const badFields = new Set(issues.map((i) => i.field));
  const all: QueryIssue[] = [...issues];
  for (const zi of parsed.success ? [] : parsed.error.issues) {
    const field = zi.path[0] as Field | undefined;
    if (field === undefined || badFields.has(field)) continue;
    const param = PARAM[field];
    const message =
      raw[field] === undefined
        ? `query parameter "${param}" is missing: expected ${EXPECTED[field]}`
        : `query parameter "${param}": ${zi.message} (expected ${EXPECTED[field]})`;
    all.push({ field, path: pathOf(zi.path), message });
  }
  return { ok: false, issues: all.map(({ path, message }) => ({ path, message })) };
}
