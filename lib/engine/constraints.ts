import type { Answers } from "../schema/answers";
import type { Reason } from "../schema/recommendation";
import { count, usd } from "./format";
import { anyRegion, listLabel, regionAllowed } from "./regions";
import { offeringRegionsLabel } from "./words";
import type { Candidate } from "./types";

export type ConstraintCode =
  | "hosting"
  | "residency"
  | "open-weights"
  | "commercial"
  | "context"
  | "vision"
  | "origin"
  | "budget";

/**
 * A hard rule: whether the candidate breaks it (numbers and flags only, asked for every candidate
 * and every what-if variant), and the sentence a person reads, written only for what is excluded.
 */
type Rule = { breaks: (c: Candidate, a: Answers) => boolean; message: (c: Candidate, a: Answers) => string };

const HOSTING_LABEL = { api: "an API", "cloud-gpu": "rented GPUs", "own-hardware": "your own hardware" } as const;

// The answers' region list in words, kept for the call's many residency sentences (compared by
// content, not identity, so that answers changed in place are never described with stale words).
let allowed: { regions: readonly string[]; label: string } = { regions: [], label: "" };
function allowedLabel(a: Answers): string {
  const same = allowed.regions.length === a.regions.length && allowed.regions.every((r, i) => r === a.regions[i]);
  if (!same) allowed = { regions: a.regions.slice(), label: listLabel(a.regions) };
  return allowed.label;
}

function outsideRegions(c: Candidate, a: Answers): boolean {
  if (c.kind !== "api" || anyRegion(a)) return false;
  for (const r of c.regions) if (!regionAllowed(a, r)) return true;
  return false;
}

/** Every hard constraint, by code. Hardware fit, capacity and missing data come from building the candidate. */
export const CONSTRAINTS: Record<ConstraintCode, Rule> = {
  hosting: {
    breaks: (c, a) => !a.hosting.includes(c.kind),
    message: (c, a) => `Runs on ${HOSTING_LABEL[c.kind]}; you allowed ${a.hosting.map((h) => HOSTING_LABEL[h]).join(" or ")} only.`,
  },
  residency: {
    breaks: outsideRegions,
    message: (c, a) => {
      const who = c.provider?.name ?? c.offering?.providerId ?? "This API";
      const where = c.offering ? offeringRegionsLabel(c.offering) : listLabel(c.regions);
      return `${who} processes prompts in ${where}; you allowed ${allowedLabel(a)} only.`;
    },
  },
  "open-weights": {
    breaks: (c, a) => a.openWeightsOnly && !c.facts.model.openWeights,
    message: (c) => `${c.facts.model.name} has no open weights; you asked for open-weight models only.`,
  },
  commercial: {
    breaks: (c, a) => a.commercialUse && !c.facts.model.license.commercial,
    message: (c) => `The ${c.facts.model.license.id} licence of ${c.facts.model.name} does not allow commercial use.`,
  },
  context: {
    breaks: (c, a) => c.contextTokens < a.minContextTokens,
    message: (c, a) => `Reads up to ${count(c.contextTokens)} tokens; you need ${count(a.minContextTokens)}.`,
  },
  vision: {
    breaks: (c, a) => (a.tasks.vision ?? 0) > 0 && !c.facts.vision,
    message: (c) => `${c.facts.model.name} does not read images; you asked for image tasks.`,
  },
  origin: {
    breaks: (c, a) => a.excludedOrigins.length > 0 && a.excludedOrigins.includes(c.facts.model.origin),
    message: (c) => `${c.facts.model.labName} is based in ${c.facts.model.origin}; you excluded labs from ${c.facts.model.origin}.`,
  },
  budget: {
    breaks: (c, a) => a.budgetIsHardLimit && c.costUsd > a.budgetUsdPerMonth,
    message: (c, a) => `Costs about ${usd(c.costUsd)} a month; your hard limit is ${usd(a.budgetUsdPerMonth)}.`,
  },
};

const CODES = Object.keys(CONSTRAINTS) as ConstraintCode[];

/**
 * The rules a self-hosted deployment can be judged on before it is built: they read the model
 * (and its own context length) and the answers, never the GPU, quantization or price.
 */
export const MODEL_RULES: readonly ConstraintCode[] = ["open-weights", "commercial", "context", "vision", "origin"];

/** Every reason the candidate is excluded: building problems first, then each broken rule. */
export function violations(c: Candidate, a: Answers): Reason[] {
  const out: Reason[] = c.problems.length > 0 ? c.problems.slice() : [];
  for (const code of CODES) {
    // A deployment that cannot be built, or was not built, has no cost to compare against a budget.
    if (code === "budget" && (c.problems.length > 0 || c.stub)) continue;
    const rule = CONSTRAINTS[code];
    if (rule.breaks(c, a)) out.push({ code, message: rule.message(c, a) });
  }
  return out;
}

const BREAKS = CODES.map((code) => CONSTRAINTS[code].breaks);

/** Whether the candidate breaks no hard constraint (no sentence is written for those it passes). */
export function passes(c: Candidate, a: Answers): boolean {
  if (c.problems.length > 0 || c.stub) return false;
  for (const breaks of BREAKS) if (breaks(c, a)) return false;
  return true;
}

/** Whether a model fails a rule that needs no deployment, so that no GPU search is run for it. */
export function failsModelRules(c: Candidate, a: Answers): boolean {
  for (const code of MODEL_RULES) if (CONSTRAINTS[code].breaks(c, a)) return true;
  return false;
}
