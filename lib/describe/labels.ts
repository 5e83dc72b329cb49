import type { Importance, RegionChoice } from "../schema/answers";
import type { CriterionId, Hosting } from "../schema/common";

/**
 * Words for the codes of the Answers and the Recommendation, shared by every surface that
 * shows them to a person (results page, PDF memo). Typed tables: a new code fails to compile
 * until it has its words.
 */
export const REGION_LABEL: Record<RegionChoice, string> = {
  any: "anywhere",
  eu: "the EU",
  us: "the US",
  uk: "the UK",
  cn: "China",
  apac: "Asia-Pacific",
  other: "other regions",
};

/** Region codes as they appear in a deployment (adds the user's premises and "global" rentals). */
export function regionLabel(code: string): string {
  if (code === "on-prem") return "on premises";
  if (code === "global") return "global";
  return code in REGION_LABEL ? REGION_LABEL[code as RegionChoice] : code;
}

export const HOSTING_LABEL: Record<Hosting, string> = {
  api: "a hosted API",
  "cloud-gpu": "rented cloud GPUs",
  "own-hardware": "their own hardware",
};

/** Short form, for a table cell. */
export const HOSTING_SHORT: Record<Hosting, string> = {
  api: "API",
  "cloud-gpu": "Rented GPUs",
  "own-hardware": "Own hardware",
};

export const IMPORTANCE_LABEL: Record<Importance, string> = {
  0: "not needed",
  1: "nice to have",
  2: "important",
  3: "essential",
};

export const CRITERION_LABEL: Record<CriterionId, string> = {
  quality: "Task quality",
  cost: "Cost",
  speed: "Speed",
  context: "Context",
  effort: "Effort",
  control: "Data control",
  confidence: "Data confidence",
  sensitivity: "Sensitive topics",
};

/** Country names for the origins a person may exclude; unknown codes are shown as the code. */
const COUNTRY: Record<string, string> = {
  CN: "China",
  US: "the United States",
  FR: "France",
  GB: "the United Kingdom",
  DE: "Germany",
  CA: "Canada",
  AE: "the United Arab Emirates",
  IL: "Israel",
  JP: "Japan",
  KR: "South Korea",
};

export function countryLabel(code: string): string {
  return COUNTRY[code] ?? code;
}
