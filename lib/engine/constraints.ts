import type { Answers } from "../schema/answers";
import type { Reason } from "../schema/recommendation";
import { count, usd } from "./format";
import { anyRegion, listLabel, regionAllowed } from "./regions";
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

/** A hard rule: a message when the candidate breaks it, in a sentence a person understands. */
type Rule = (c: Candidate, a: Answers) => string | undefined;

const HOSTING_LABEL = { api: "an API", "cloud-gpu": "rented GPUs", "own-hardware": "your own hardware" } as const;

/** Every hard constraint, by code. Hardware fit, capacity and missing data come from building the candidate. */
export const CONSTRAINTS: Record<ConstraintCode, Rule> = {
  hosting: (c, a) =>
    a.hosting.includes(c.kind) ? undefined : `Runs on ${HOSTING_LABEL[c.kind]}; you allowed ${a.hosting.map((h) => HOSTING_LABEL[h]).join(" or ")} only.`,
  residency: (c, a) => {
    if (c.kind !== "api" || anyRegion(a)) return undefined;
    const outside = c.regions.filter((r) => !regionAllowed(a, r));
    if (outside.length === 0) return undefined;
    const who = c.provider?.name ?? c.offering?.providerId ?? "This API";
    return `${who} processes prompts in ${listLabel(c.regions)}; you allowed ${listLabel(a.regions)} only.`;
  },
  "open-weights": (c, a) =>
    a.openWeightsOnly && !c.facts.model.openWeights ? `${c.facts.model.name} has no open weights; you asked for open-weight models only.` : undefined,
  commercial: (c, a) => {
    if (!a.commercialUse || c.facts.model.license.commercial) return undefined;
    return `The ${c.facts.model.license.id} licence of ${c.facts.model.name} does not allow commercial use.`;
  },
  context: (c, a) =>
    c.contextTokens >= a.minContextTokens
      ? undefined
      : `Reads up to ${count(c.contextTokens)} tokens; you need ${count(a.minContextTokens)}.`,
  vision: (c, a) =>
    (a.tasks.vision ?? 0) > 0 && !c.facts.vision ? `${c.facts.model.name} does not read images; you asked for image tasks.` : undefined,
  origin: (c, a) =>
    a.excludedOrigins.includes(c.facts.model.origin) ? `${c.facts.model.labName} is based in ${c.facts.model.origin}; you excluded labs from ${c.facts.model.origin}.` : undefined,
  budget: (c, a) =>
    a.budgetIsHardLimit && c.cost.usd > a.budgetUsdPerMonth
      ? `Costs about ${usd(c.cost.usd)} a month; your hard limit is ${usd(a.budgetUsdPerMonth)}.`
      : undefined,
};

const CODES = Object.keys(CONSTRAINTS) as ConstraintCode[];

/** Every reason the candidate is excluded: building problems first, then each broken rule. */
export function violations(c: Candidate, a: Answers): Reason[] {
  const out: Reason[] = [...c.problems];
  for (const code of CODES) {
    // A deployment that cannot be built has no cost to compare against a budget.
    if (code === "budget" && c.problems.length > 0) continue;
    const message = CONSTRAINTS[code](c, a);
    if (message !== undefined) out.push({ code, message });
  }
  return out;
}

/** Whether the candidate breaks no hard constraint (no sentence is written for those it passes). */
export function passes(c: Candidate, a: Answers): boolean {
  if (c.problems.length > 0) return false;
  for (const code of CODES) if (CONSTRAINTS[code](c, a) !== undefined) return false;
  return true;
}
