import type { Hosting, Region } from "@/lib/schema/common";
import type { Field } from "@/lib/share/params";

/** Plain words for the codes in Answers and Recommendation, one table per code list. */
export const REGION_LABEL: Record<Region, string> = {
  eu: "European Union",
  us: "United States",
  uk: "United Kingdom",
  cn: "China",
  apac: "Asia-Pacific (other)",
  other: "Elsewhere",
};

export const HOSTING_LABEL: Record<Hosting, string> = {
  api: "A provider's API",
  "cloud-gpu": "Rented GPUs",
  "own-hardware": "Own hardware",
};

export const IMPORTANCE_LABEL = ["Not needed", "Nice to have", "Important", "Essential"] as const;

/** Which answer a query field is, in words, for error messages on tampered links. */
export const FIELD_LABEL: Record<Field, string> = {
  tasks: "Tasks",
  regions: "Where data may be processed",
  hosting: "How you can run it",
  hardware: "Your GPUs",
  budgetUsdPerMonth: "Monthly budget",
  budgetIsHardLimit: "Budget is a hard limit",
  tokensPerMonth: "Tokens per month",
  inputShare: "Share of input tokens",
  minContextTokens: "Minimum context",
  openWeightsOnly: "Open weights only",
  commercialUse: "Commercial use",
  excludedOrigins: "Excluded lab origins",
  sensitiveTopics: "Sensitive topics",
  weights: "Criterion weights",
};

/** A region code from a Recommendation ("eu", "on-prem", ...) in words. */
export function regionWords(code: string): string {
  if (code === "on-prem") return "Your premises";
  if (code === "global") return "Global";
  return (REGION_LABEL as Record<string, string>)[code] ?? code.toUpperCase();
}

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });
/** "CN" -> "China"; unknown codes stay as they are. */
export function countryName(code: string): string {
  try {
    return countryNames.of(code) ?? code;
  } catch {
    return code;
  }
}
