import type { AnswerField } from "@/lib/schema/answers";
import type { Locale, WizardStep } from "@/lib/vocab";
import { inLocale } from "@/lib/vocab/ui/pair";
import { WIZARD } from "@/lib/vocab/ui/wizard";

export type StepId = WizardStep;

/** The wizard's words in a locale. */
export const wizardWords = (locale: Locale = "en") => inLocale(WIZARD, locale);

export const STEP_ORDER: readonly StepId[] = ["tasks", "residency", "hosting", "budget", "constraints"];

/**
 * The wizard step that asks each answer, and the answer's name on that step (used where a link's
 * answer is wrong and the person is sent back to fix it). A Record over every Answers field: a
 * new answer fails to compile until it has a place in the wizard.
 */
export const FIELD_INFO: Record<AnswerField, { step: StepId; label: string }> = {
  tasks: { step: "tasks", label: WIZARD.fields.en.tasks },
  regions: { step: "residency", label: WIZARD.fields.en.regions },
  hosting: { step: "hosting", label: WIZARD.fields.en.hosting },
  hardware: { step: "hosting", label: WIZARD.fields.en.hardware },
  ownHardwareCost: { step: "hosting", label: WIZARD.fields.en.ownHardwareCost },
  gpuPriceUsd: { step: "hosting", label: WIZARD.fields.en.gpuPriceUsd },
  amortizationMonths: { step: "hosting", label: WIZARD.fields.en.amortizationMonths },
  opsHoursPerMonth: { step: "hosting", label: WIZARD.fields.en.opsHoursPerMonth },
  opsUsdPerHour: { step: "hosting", label: WIZARD.fields.en.opsUsdPerHour },
  electricityUsdPerKwh: { step: "hosting", label: WIZARD.fields.en.electricityUsdPerKwh },
  budgetUsdPerMonth: { step: "budget", label: WIZARD.fields.en.budgetUsdPerMonth },
  budgetIsHardLimit: { step: "budget", label: WIZARD.fields.en.budgetIsHardLimit },
  tokensPerMonth: { step: "budget", label: WIZARD.fields.en.tokensPerMonth },
  inputShare: { step: "budget", label: WIZARD.fields.en.inputShare },
  concurrentRequests: { step: "budget", label: WIZARD.fields.en.concurrentRequests },
  cachedInputShare: { step: "budget", label: WIZARD.fields.en.cachedInputShare },
  batchShare: { step: "budget", label: WIZARD.fields.en.batchShare },
  reasoningTokensPerOutputToken: { step: "budget", label: WIZARD.fields.en.reasoningTokensPerOutputToken },
  currency: { step: "budget", label: WIZARD.fields.en.currency },
  minContextTokens: { step: "constraints", label: WIZARD.fields.en.minContextTokens },
  promptTokens: { step: "constraints", label: WIZARD.fields.en.promptTokens },
  openWeightsOnly: { step: "constraints", label: WIZARD.fields.en.openWeightsOnly },
  commercialUse: { step: "constraints", label: WIZARD.fields.en.commercialUse },
  sensitiveTopics: { step: "constraints", label: WIZARD.fields.en.sensitiveTopics },
  minTokensPerSecond: { step: "constraints", label: WIZARD.fields.en.minTokensPerSecond },
  maxTimeToFirstTokenSeconds: { step: "constraints", label: WIZARD.fields.en.maxTimeToFirstTokenSeconds },
  excludedOrigins: { step: "constraints", label: WIZARD.fields.en.excludedOrigins },
  excludedOperatorCountries: { step: "constraints", label: WIZARD.fields.en.excludedOperatorCountries },
  weights: { step: "constraints", label: WIZARD.fields.en.weights },
};

/** The 1-based step number from the query, clamped to the steps there are. */
export function stepIndex(raw: string | undefined | null): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= STEP_ORDER.length ? n : 1;
}

/** The 1-based step that asks a given answer. */
export function stepOfField(field: string): number {
  const info = Object.hasOwn(FIELD_INFO, field) ? FIELD_INFO[field as AnswerField] : undefined;
  return info ? STEP_ORDER.indexOf(info.step) + 1 : 1;
}
