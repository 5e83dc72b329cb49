import { REGIONS, TASKS } from "@/lib/schema/common";
import type { Field } from "@/lib/share/params";
import { parseCount } from "@/lib/share/tokens";
import { checkField, type Draft, type FieldErrors } from "./draft";
import type { StepId } from "./steps";

type Raw = Partial<Record<Field, unknown>>;
type Read = { raw: Raw; errors: FieldErrors };

const num = (s: string | null) => (s === null || s.trim() === "" ? Number.NaN : Number(s.trim()));

/**
 * Each step's form fields -> the raw Answers fields it sets, plus errors that only the form can
 * see (an empty region list for "only in ..."). The Answers schema then checks every field.
 */
const READERS: Record<StepId, (f: URLSearchParams, d: Draft) => Read> = {
  tasks(f) {
    const tasks: Record<string, number> = {};
    for (const t of TASKS) tasks[t] = num(f.get(`task.${t}`) ?? "0");
    return { raw: { tasks }, errors: {} };
  },
  residency(f, d) {
    const mode = f.get("residency");
    const picked = (name: string) => f.getAll(name).filter((r) => (REGIONS as readonly string[]).includes(r));
    const errors: FieldErrors = {};
    let regions: string[] = ["any"];
    let hosting = d.hosting;
    if (mode === "eu") regions = ["eu"];
    else if (mode === "only") {
      regions = picked("only");
      if (regions.length === 0) errors.only = "Pick at least one region.";
    } else if (mode === "but") {
      const avoid = picked("but");
      regions = REGIONS.filter((r) => !avoid.includes(r));
      if (avoid.length === 0) errors.but = "Pick at least one region to avoid.";
      else if (regions.length === 0) errors.but = "Leave at least one region allowed, or choose “Nothing leaves our premises”.";
    } else if (mode === "premises") hosting = ["own-hardware"];
    else if (mode !== "any") errors.residency = "Choose where your data may go.";
    // Leaving "premises" for a region rule: offer the other ways to run again.
    if (mode !== "premises" && hosting?.length === 1 && hosting[0] === "own-hardware" && d.regions?.[0] === "any") hosting = undefined;
    return { raw: { regions, ...(hosting ? { hosting } : {}) }, errors };
  },
  hosting(f) {
    const hosting = f.getAll("hosting");
    const hardware: { gpu: string; count: number }[] = [];
    for (let i = 0; i < 4; i++) {
      const gpu = f.get(`gpu.${i}`);
      if (gpu) hardware.push({ gpu, count: num(f.get(`count.${i}`)) });
    }
    const errors: FieldErrors = {};
    if (hosting.length === 0) errors.hosting = "Pick at least one way to run the model.";
    const own = hosting.includes("own-hardware");
    if (own && hardware.length === 0) errors.hardware = "Pick the GPU you own, or untick “Own hardware”.";
    for (const [i, h] of hardware.entries()) {
      if (!Number.isInteger(h.count) || h.count < 1 || h.count > 64) errors[`count.${i}`] = "Enter a whole number of GPUs from 1 to 64.";
    }
    return { raw: { hosting, hardware: own ? hardware : [] }, errors };
  },
  budget(f) {
    const volume = f.get("volume");
    const tokens = volume === "custom" ? parseCount(f.get("tokens") ?? "") : parseCount(volume ?? "");
    const errors: FieldErrors = {};
    if (tokens === undefined) errors.tokensPerMonth = "Enter tokens per month as a number, e.g. 300M or 2000000.";
    const budget = num(f.get("budget"));
    if (Number.isNaN(budget)) errors.budgetUsdPerMonth = "Enter a monthly budget in US dollars, e.g. 500.";
    return {
      raw: {
        budgetUsdPerMonth: budget,
        budgetIsHardLimit: f.get("hard") === "1",
        tokensPerMonth: tokens ?? Number.NaN,
        inputShare: num(f.get("share")),
      },
      errors,
    };
  },
  constraints(f) {
    return {
      raw: {
        openWeightsOnly: f.get("open") === "1",
        commercialUse: f.get("com") === "1",
        minContextTokens: num(f.get("ctx")),
        sensitiveTopics: f.get("sens") === "1",
        excludedOrigins: f.getAll("ex"),
      },
      errors: {},
    };
  },
};

/** Apply one step's submitted form to the draft: the new draft, and errors by field. */
export function applyStep(step: StepId, form: URLSearchParams, draft: Draft): { draft: Draft; errors: FieldErrors } {
  const { raw, errors } = READERS[step](form, draft);
  const next: Draft = { ...draft };
  for (const field of Object.keys(raw) as Field[]) {
    if (errors[field] !== undefined) continue;
    const r = checkField(field, raw[field]);
    if (r.ok) Object.assign(next, { [field]: r.value });
    else errors[field] = `${r.message[0]?.toUpperCase() ?? ""}${r.message.slice(1)}.`;
  }
  if (!("hosting" in raw) && draft.hosting && step === "residency") delete next.hosting;
  return { draft: next, errors };
}
