import type { z } from "zod";
import { checkField } from "@/lib/answers";
import { catalog } from "@/lib/catalog";
import { Answers, AnswersFields, derivedConcurrency, type AnswerField } from "@/lib/schema/answers";
import { decodeRaw } from "@/lib/share/decode-raw";
import { PARAM } from "@/lib/share/params";
import { encodeAnswers } from "@/lib/share/query";

type Fields = z.output<typeof AnswersFields>;

/** Answers being filled in: each field present is valid on its own. */
export type Draft = Partial<Fields>;
export type { FieldErrors } from "@/components/wizard/errors";

/** The wizard's starting answers: the schema's defaults plus a first guess for what has none. Tasks have none: a person must pick one. */
export const WIZARD_DEFAULTS = {
  regions: ["any"],
  hosting: ["api", "cloud-gpu"],
  budgetUsdPerMonth: 500,
  tokensPerMonth: 30_000_000,
} as const;

/** The draft with every default filled in, as the form shows it (derived answers worked out). */
export type Shown = Omit<Answers, "weights">;

export function withDefaults(draft: Draft): Shown {
  const merged = {
    hardware: [],
    budgetIsHardLimit: false,
    inputShare: 0.75,
    minContextTokens: 8192,
    openWeightsOnly: false,
    commercialUse: true,
    excludedOrigins: [],
    excludedOperatorCountries: [],
    sensitiveTopics: false,
    cachedInputShare: 0,
    batchShare: 0,
    currency: "USD",
    ownHardwareCost: "electricity",
    amortizationMonths: 36,
    opsHoursPerMonth: 0,
    regions: [...WIZARD_DEFAULTS.regions],
    hosting: [...WIZARD_DEFAULTS.hosting],
    budgetUsdPerMonth: WIZARD_DEFAULTS.budgetUsdPerMonth,
    tokensPerMonth: WIZARD_DEFAULTS.tokensPerMonth,
    tasks: {},
    ...draft,
  } as Fields;
  const { weights: _w, ...rest } = merged;
  return {
    ...rest,
    concurrentRequests: merged.concurrentRequests ?? derivedConcurrency(merged.tokensPerMonth, merged.inputShare),
    promptTokens: merged.promptTokens ?? Math.max(1, merged.minContextTokens),
  };
}

/** Check one field with the one input boundary (lib/answers), GPUs against the catalog. */
export function check<K extends AnswerField>(field: K, value: unknown) {
  return checkField(field, value, catalog);
}

/** Read the share-format fields of a query: the valid ones into a draft, the others as errors. */
export function readDraft(params: URLSearchParams): { draft: Draft; errors: Partial<Record<AnswerField, string>> } {
  const { raw, issues } = decodeRaw(params);
  const draft: Draft = {};
  const errors: Partial<Record<AnswerField, string>> = {};
  for (const i of issues) errors[i.field] ??= i.message.replace(/^query parameter "[^"]+": /, "");
  for (const field of Object.keys(raw) as AnswerField[]) {
    if (errors[field] !== undefined) continue;
    const r = check(field, raw[field]);
    if (r.ok) Object.assign(draft, { [field]: r.value });
    else errors[field] = r.message;
  }
  return { draft, errors };
}

/** A complete set of answers to encode a draft with; only the draft's own fields are kept. */
const PLACEHOLDER = Answers.parse({ tasks: { chat: 1 }, regions: ["any"], hosting: ["api"], budgetUsdPerMonth: 0, tokensPerMonth: 0 });

/**
 * A draft in the share format, keeping only the fields it has: the wizard's URL state. Optional
 * answers the draft sets are written even where they equal the derived default, so that a
 * person's "just me" stays 1 when the volume changes later.
 */
export function encodeDraft(draft: Draft): string {
  const full = { ...PLACEHOLDER, ...draft } as Answers;
  full.concurrentRequests = draft.concurrentRequests ?? derivedConcurrency(full.tokensPerMonth, full.inputShare);
  full.promptTokens = draft.promptTokens ?? Math.max(1, full.minContextTokens);
  const keep = new Set(Object.keys(draft).map((f) => PARAM[f as AnswerField]));
  const pairs = encodeAnswers(full)
    .split("&")
    .filter((pair) => keep.has(pair.slice(0, pair.indexOf("="))));
  const has = new Set(pairs.map((p) => p.slice(0, p.indexOf("="))));
  if (draft.concurrentRequests !== undefined && !has.has(PARAM.concurrentRequests)) pairs.push(`${PARAM.concurrentRequests}=${draft.concurrentRequests}`);
  if (draft.promptTokens !== undefined && !has.has(PARAM.promptTokens)) pairs.push(`${PARAM.promptTokens}=${draft.promptTokens}`);
  return pairs.join("&");
}

/** Search params as Next passes them -> URLSearchParams. */
export function toParams(sp: Record<string, string | string[] | undefined>): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) {
    if (typeof v === "string") p.append(k, v);
    else if (Array.isArray(v)) for (const x of v) p.append(k, x);
  }
  return p;
}
