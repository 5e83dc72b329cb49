import { catalog } from "@/lib/catalog";
import { Answers } from "@/lib/schema/answers";
import { decodeRaw } from "@/lib/share/decode-raw";
import { PARAM, type Field } from "@/lib/share/params";
import { encodeAnswers } from "@/lib/share/query";

/** Answers being filled in: each field present is valid on its own. */
export type Draft = Partial<Answers>;
export type FieldErrors = Partial<Record<string, string>>;

/** What the wizard shows before a person answers. Tasks have no default: a person must pick one. */
export const WIZARD_DEFAULTS = {
  regions: ["any"],
  hosting: ["api", "cloud-gpu"],
  hardware: [],
  budgetUsdPerMonth: 500,
  budgetIsHardLimit: false,
  tokensPerMonth: 30_000_000,
  inputShare: 0.75,
  minContextTokens: 8192,
  openWeightsOnly: false,
  commercialUse: true,
  excludedOrigins: [],
  sensitiveTopics: false,
} as const satisfies Omit<Answers, "tasks" | "weights">;

function put<K extends Field>(draft: Draft, field: K, value: Answers[K]) {
  draft[field] = value;
}

/** Validate one field with the Answers schema; a GPU must also be in the catalog. */
export function checkField<K extends Field>(field: K, value: unknown): { ok: true; value: Answers[K] } | { ok: false; message: string } {
  const r = Answers.shape[field].safeParse(value);
  if (!r.success) return { ok: false, message: r.error.issues[0]?.message ?? "is not valid" };
  if (field === "hardware") {
    const unknown = (r.data as Answers["hardware"]).find((h) => !catalog.gpus.some((g) => g.id === h.gpu));
    if (unknown) return { ok: false, message: `"${unknown.gpu}" is not a GPU in the catalog` };
  }
  return { ok: true, value: r.data as Answers[K] };
}

/** Read the share-format fields of a query: the valid ones into a draft, the others as errors. */
export function readDraft(params: URLSearchParams): { draft: Draft; errors: Partial<Record<Field, string>> } {
  const { raw, issues } = decodeRaw(params);
  const draft: Draft = {};
  const errors: Partial<Record<Field, string>> = {};
  for (const i of issues) errors[i.field] ??= i.message.replace(/^query parameter "[^"]+": /, "");
  for (const field of Object.keys(raw) as Field[]) {
    if (errors[field] !== undefined) continue;
    const r = checkField(field, raw[field]);
    if (r.ok) put(draft, field, r.value);
    else errors[field] = r.message;
  }
  return { draft, errors };
}

const PLACEHOLDER: Answers = Answers.parse({
  tasks: { chat: 1 },
  regions: ["any"],
  hosting: ["api"],
  budgetUsdPerMonth: 0,
  tokensPerMonth: 0,
});

/** A draft in the share format, keeping only the fields it has: the wizard's URL state. */
export function encodeDraft(draft: Draft): string {
  const keep = new Set(Object.keys(draft).map((f) => PARAM[f as Field]));
  return encodeAnswers({ ...PLACEHOLDER, ...draft })
    .split("&")
    .filter((pair) => keep.has(pair.slice(0, pair.indexOf("="))))
    .join("&");
}

/** The draft with the wizard's defaults filled in, for showing the form. */
export function withDefaults(draft: Draft): Omit<Answers, "tasks"> & { tasks: Answers["tasks"] } {
  return { ...WIZARD_DEFAULTS, regions: [...WIZARD_DEFAULTS.regions], hosting: [...WIZARD_DEFAULTS.hosting], hardware: [], excludedOrigins: [], tasks: {}, ...draft };
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
