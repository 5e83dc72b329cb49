import type { Candidate } from "../core/types";
import type { Answers } from "../schema/answers";
import { msg, type ReasonCode, type ReasonMessage } from "../vocab/messages";
import { allRegionsAllowed } from "../core/regions";

/** What a rule reads besides the candidate and the answers: the day, for lifecycles. */
export type RuleDay = { today: string };

/**
 * A hard rule: whether the candidate breaks it (numbers and flags only, asked for every candidate
 * and every what-if variant), and the reason, built only for what is left out.
 */
type Rule = { breaks: (c: Candidate, a: Answers, d: RuleDay) => boolean; reason: (c: Candidate, a: Answers) => ReasonMessage };

type RuleCode = Exclude<ReasonCode, "marketplace" | "no-rental" | "hardware-fit" | "no-gpu-fit" | "speed" | "ttft" | "missing-data">;

/** Retired on or before the day asked, or marked retired. */
export function isRetired(c: Candidate, d: RuleDay): boolean {
  const o = c.offering;
  if (!o) return false;
  return o.status === "retired" || (o.retiresOn !== undefined && o.retiresOn <= d.today);
}

/** Every rule that needs no deployment search, by code. Fit, capacity, rentals and speed come from building the candidate. */
export const RULES: Record<RuleCode, Rule> = {
  hosting: {
    breaks: (c, a) => !a.hosting.includes(c.kind),
    reason: (c, a) => msg("hosting", { kind: c.kind, allowed: a.hosting }),
  },
  retired: {
    breaks: (c, _a, d) => isRetired(c, d),
    reason: (c) => msg("retired", { provider: c.provider?.name ?? c.offering?.providerId ?? "", model: c.facts.model.name, ...(c.offering?.retiresOn ? { date: c.offering.retiresOn } : {}) }),
  },
  residency: {
    // Own hardware never leaves the premises; rented GPUs are placed by their documented region when built.
    breaks: (c, a) => c.kind === "api" && !allRegionsAllowed(a, c.regions),
    reason: (c, a) => msg("residency", { provider: c.provider?.name ?? c.offering?.providerId ?? "", regions: [...c.regions], allowed: a.regions }),
  },
  operator: {
    breaks: (c, a) => c.operatorCountry !== undefined && a.excludedOperatorCountries.includes(c.operatorCountry),
    reason: (c) => msg("operator", { operator: c.operatorName ?? "", country: c.operatorCountry ?? "" }),
  },
  "open-weights": {
    breaks: (c, a) => a.openWeightsOnly && !c.facts.model.openWeights,
    reason: (c) => msg("open-weights", { model: c.facts.model.name }),
  },
  commercial: {
    breaks: (c, a) => a.commercialUse && !c.facts.model.license.commercial,
    reason: (c) => msg("commercial", { model: c.facts.model.name, licence: c.facts.model.license.id }),
  },
  context: {
    breaks: (c, a) => c.contextTokens < a.minContextTokens,
    reason: (c, a) => msg("context", { has: c.contextTokens, need: a.minContextTokens }),
  },
  vision: {
    breaks: (c, a) => (a.tasks.vision ?? 0) > 0 && !c.facts.vision,
    reason: (c) => msg("vision", { model: c.facts.model.name }),
  },
  origin: {
    breaks: (c, a) => a.excludedOrigins.length > 0 && a.excludedOrigins.includes(c.facts.model.origin),
    reason: (c) => msg("origin", { lab: c.facts.model.labName, country: c.facts.model.origin }),
  },
  budget: {
    breaks: (c, a) => a.budgetIsHardLimit && c.costUsd > a.budgetUsdPerMonth,
    reason: (c, a) => msg("budget", { cost: c.costUsd, limit: a.budgetUsdPerMonth }),
  },
};

const CODES = Object.keys(RULES) as RuleCode[];
const BREAKS = CODES.map((code) => RULES[code].breaks);

/** The rules a self-hosted deployment is judged on before it is built: they read only the model and the answers. */
export const MODEL_RULES: readonly RuleCode[] = ["open-weights", "commercial", "context", "vision", "origin"];

/** Every reason the candidate is left out: building problems first, then each broken rule. */
export function violations(c: Candidate, a: Answers, d: RuleDay): ReasonMessage[] {
  const out: ReasonMessage[] = c.problems.slice();
  for (const code of CODES) {
    // A deployment that was not built has no cost to compare against a budget, nor an operator.
    if ((code === "budget" || code === "operator") && (c.problems.length > 0 || c.stub)) continue;
    if (RULES[code].breaks(c, a, d)) out.push(RULES[code].reason(c, a));
  }
  return out;
}

/** Whether the candidate breaks no hard constraint. */
export function passes(c: Candidate, a: Answers, d: RuleDay): boolean {
  if (c.problems.length > 0 || c.stub) return false;
  for (const breaks of BREAKS) if (breaks(c, a, d)) return false;
  return true;
}

/** Whether a model fails a rule that needs no deployment, so that no GPU search is run for it. */
export function failsModelRules(c: Candidate, a: Answers, d: RuleDay): boolean {
  for (const code of MODEL_RULES) if (RULES[code].breaks(c, a, d)) return true;
  return false;
}
