import type { AnswerField } from "@/lib/schema/answers";
import { catalog } from "@/lib/catalog";
import { displayFx } from "@/lib/engine";
import { CURRENCIES, REGIONS, TASKS, type Currency } from "@/lib/schema/common";
import type { Locale } from "@/lib/vocab";
import { fieldSentence } from "@/lib/vocab/issues";
import { WIZARD } from "@/lib/vocab/ui/wizard";
import { parseCount } from "@/lib/share/tokens";
import type { StepId } from "@/components/wizard/steps";
import { check, type Draft, type FieldErrors } from "./draft";

type Raw = Partial<Record<AnswerField, unknown>>;
type Read = { raw: Raw; errors: FieldErrors };

/** A blank optional field clears the answer; `undefined` in `raw` means "not set". */
const CLEAR = undefined;

const num = (s: string | null) => (s === null || s.trim() === "" ? Number.NaN : Number(s.trim()));
const optNum = (s: string | null) => (s === null || s.trim() === "" ? CLEAR : Number(s.trim()));
/** A percentage typed by a person (0-100) as the share the Answers hold (0-1). */
const share = (s: string | null, fallback: number) => (s === null || s.trim() === "" ? fallback : Number(s.trim()) / 100);
type Messages = (typeof WIZARD.errors)["en"];
const FX = displayFx(catalog);

/**
 * The budget as typed, in the currency it was shown in (`bcur`), in US dollars at the catalog's
 * dated rate. An untouched figure (`bshown`, the one the step showed) keeps the answer it came from (`busd`).
 */
function budgetUsd(f: URLSearchParams): number {
  const typed = num(f.get("budget"));
  const c = f.get("bcur") as Currency | null;
  if (c === null || c === "USD" || !(CURRENCIES as readonly string[]).includes(c)) return typed;
  const rate = FX[c]?.usdPer;
  if (rate === undefined || Number.isNaN(typed)) return typed;
  const shown = f.get("bshown");
  const kept = num(f.get("busd"));
  if (shown && shown === (f.get("budget") ?? "").trim() && Number.isFinite(kept)) return kept;
  return Math.round(typed * rate * 1e6) / 1e6;
}
const badPercent = (s: string | null) => s !== null && s.trim() !== "" && !(Number(s) >= 0 && Number(s) <= 100);

/** How many GPU rows the hosting step offers. */
export const GPU_ROWS = 4;

/**
 * Each step's form fields -> the raw Answers fields it sets, plus errors that only the form can
 * see (an empty region list for "only in ..."). The one input boundary then checks every field.
 */
const READERS: Record<StepId, (f: URLSearchParams, d: Draft, m: Messages) => Read> = {
  tasks(f) {
    const tasks: Record<string, number> = {};
    for (const t of TASKS) tasks[t] = num(f.get(`task.${t}`) ?? "0");
    return { raw: { tasks }, errors: {} };
  },
  residency(f, d, m) {
    const mode = f.get("residency");
    const picked = (name: string) => f.getAll(name).filter((r) => (REGIONS as readonly string[]).includes(r));
    const errors: FieldErrors = {};
    let regions: string[] = ["any"];
    let hosting = d.hosting;
    if (mode === "eu") regions = ["eu"];
    else if (mode === "only") {
      regions = picked("only");
      if (regions.length === 0) errors.only = m.only;
    } else if (mode === "but") {
      const avoid = picked("but");
      regions = REGIONS.filter((r) => !avoid.includes(r));
      if (avoid.length === 0) errors.but = m.but;
      else if (regions.length === 0) errors.but = m.butAll;
    } else if (mode === "premises") hosting = ["own-hardware"];
    else if (mode !== "any") errors.residency = m.residency;
    // Leaving "premises" for a region rule: offer the other ways to run again.
    if (mode !== "premises" && hosting?.length === 1 && hosting[0] === "own-hardware" && d.regions?.[0] === "any") hosting = undefined;
    return { raw: { regions, hosting }, errors };
  },
  hosting(f, _d, m) {
    const hosting = f.getAll("hosting");
    const hardware: { gpu: string; count: number }[] = [];
    for (let i = 0; i < GPU_ROWS; i++) {
      const gpu = f.get(`gpu.${i}`);
      if (gpu) hardware.push({ gpu, count: num(f.get(`count.${i}`)) });
    }
    const errors: FieldErrors = {};
    if (hosting.length === 0) errors.hosting = m.hosting;
    const own = hosting.includes("own-hardware");
    if (own && hardware.length === 0) errors.hardware = m.hardware;
    for (const [i, h] of hardware.entries()) {
      if (!Number.isInteger(h.count) || h.count < 1 || h.count > 64) errors[`count.${i}`] = m.count;
    }
    const tco = f.get("ohc") === "tco";
    return {
      raw: {
        hosting,
        hardware: own ? hardware : [],
        ownHardwareCost: own && tco ? "tco" : "electricity",
        gpuPriceUsd: own && tco ? optNum(f.get("gpup")) : CLEAR,
        amortizationMonths: own && tco ? (optNum(f.get("amort")) ?? 36) : 36,
        opsHoursPerMonth: own && tco ? (optNum(f.get("opsh")) ?? 0) : 0,
        opsUsdPerHour: own && tco ? optNum(f.get("opsr")) : CLEAR,
        electricityUsdPerKwh: own ? optNum(f.get("kwh")) : CLEAR,
      },
      errors,
    };
  },
  budget(f, d, m) {
    const volume = f.get("volume");
    const tokens = volume === "custom" ? parseCount(f.get("tokens") ?? "") : parseCount(volume ?? "");
    const errors: FieldErrors = {};
    if (tokens === undefined) errors.tokensPerMonth = m.tokens;
    const budget = budgetUsd(f);
    if (Number.isNaN(budget)) errors.budgetUsdPerMonth = m.budget;
    const conc = f.get("conc");
    const concurrentRequests = conc === "derived" || conc === null ? CLEAR : conc === "custom" ? num(f.get("concn")) : Number(conc);
    if (conc === "custom" && Number.isNaN(concurrentRequests)) errors.concurrentRequests = m.conc;
    if (badPercent(f.get("cache"))) errors.cachedInputShare = m.percent;
    if (badPercent(f.get("batch"))) errors.batchShare = m.percent;
    return {
      raw: {
        budgetUsdPerMonth: budget,
        budgetIsHardLimit: f.get("hard") === "1",
        tokensPerMonth: tokens ?? Number.NaN,
        inputShare: num(f.get("share")),
        concurrentRequests,
        cachedInputShare: share(f.get("cache"), d.cachedInputShare ?? 0),
        batchShare: share(f.get("batch"), d.batchShare ?? 0),
        reasoningTokensPerOutputToken: optNum(f.get("rsn")),
        currency: f.get("cur") ?? "USD",
      },
      errors,
    };
  },
  constraints(f) {
    const pt = f.get("pt");
    return {
      raw: {
        openWeightsOnly: f.get("open") === "1",
        commercialUse: f.get("com") === "1",
        minContextTokens: num(f.get("ctx")),
        promptTokens: pt === null || pt === "" || pt === "same" ? CLEAR : (parseCount(pt) ?? Number.NaN),
        sensitiveTopics: f.get("sens") === "1",
        minTokensPerSecond: optNum(f.get("tps")),
        maxTimeToFirstTokenSeconds: optNum(f.get("ttft")),
        excludedOrigins: f.getAll("ex"),
        excludedOperatorCountries: f.getAll("exop"),
      },
      errors: {},
    };
  },
};

/** Apply one step's submitted form to the draft: the new draft, and errors by field. */
export function applyStep(step: StepId, form: URLSearchParams, draft: Draft, locale: Locale = "en"): { draft: Draft; errors: FieldErrors } {
  const { raw, errors } = READERS[step](form, draft, WIZARD.errors[locale]);
  const next: Draft = { ...draft };
  for (const field of Object.keys(raw) as AnswerField[]) {
    if (errors[field] !== undefined) continue;
    const value = raw[field];
    if (value === CLEAR) {
      delete next[field];
      continue;
    }
    const r = check(field, value);
    if (r.ok) Object.assign(next, { [field]: r.value });
    else errors[field] = fieldSentence(r, locale);
  }
  return { draft: next, errors };
}
