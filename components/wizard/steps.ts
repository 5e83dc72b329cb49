import type { AnswerField } from "@/lib/schema/answers";
import type { WizardStep } from "@/lib/vocab";

export type StepId = WizardStep;

export type StepDetails = { title: string; intro: string };

/** The wizard's steps in order: their titles and what each asks. */
export const STEPS: Record<StepId, StepDetails> = {
  tasks: { title: "Your tasks", intro: "What will the model do, and how much does each task matter?" },
  residency: { title: "Data residency", intro: "Where may your prompts be processed?" },
  hosting: { title: "Hosting", intro: "How can you run the model?" },
  budget: { title: "Budget and volume", intro: "How much will you use it, how many at once, and what can you spend?" },
  constraints: { title: "Constraints", intro: "Anything the model must or must not be? All optional." },
};

export const STEP_ORDER: readonly StepId[] = ["tasks", "residency", "hosting", "budget", "constraints"];

/**
 * The wizard step that asks each answer, and the answer's name on that step (used where a link's
 * answer is wrong and the person is sent back to fix it). A Record over every Answers field: a
 * new answer fails to compile until it has a place in the wizard.
 */
export const FIELD_INFO: Record<AnswerField, { step: StepId; label: string }> = {
  tasks: { step: "tasks", label: "Tasks" },
  regions: { step: "residency", label: "Where data may be processed" },
  hosting: { step: "hosting", label: "How you can run it" },
  hardware: { step: "hosting", label: "Your GPUs" },
  ownHardwareCost: { step: "hosting", label: "How your own hardware is costed" },
  gpuPriceUsd: { step: "hosting", label: "Purchase price per GPU" },
  amortizationMonths: { step: "hosting", label: "Months to spread the purchase over" },
  opsHoursPerMonth: { step: "hosting", label: "Operations hours a month" },
  opsUsdPerHour: { step: "hosting", label: "Operations rate per hour" },
  electricityUsdPerKwh: { step: "hosting", label: "Electricity price" },
  budgetUsdPerMonth: { step: "budget", label: "Monthly budget" },
  budgetIsHardLimit: { step: "budget", label: "Budget is a hard limit" },
  tokensPerMonth: { step: "budget", label: "Tokens per month" },
  inputShare: { step: "budget", label: "Share of input tokens" },
  concurrentRequests: { step: "budget", label: "Requests at the same time" },
  cachedInputShare: { step: "budget", label: "Share of input from the prompt cache" },
  batchShare: { step: "budget", label: "Share that can wait for a batch API" },
  reasoningTokensPerOutputToken: { step: "budget", label: "Hidden reasoning tokens per output token" },
  currency: { step: "budget", label: "Display currency" },
  minContextTokens: { step: "constraints", label: "Minimum context" },
  promptTokens: { step: "constraints", label: "Typical prompt length" },
  openWeightsOnly: { step: "constraints", label: "Open weights only" },
  commercialUse: { step: "constraints", label: "Commercial use" },
  sensitiveTopics: { step: "constraints", label: "Sensitive topics" },
  minTokensPerSecond: { step: "constraints", label: "Slowest speed you accept" },
  maxTimeToFirstTokenSeconds: { step: "constraints", label: "Longest wait for the first token" },
  excludedOrigins: { step: "constraints", label: "Excluded lab origins" },
  excludedOperatorCountries: { step: "constraints", label: "Excluded operator countries" },
  weights: { step: "constraints", label: "Criterion weights" },
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

/** The answers a step sets. */
export function fieldsOfStep(step: StepId): AnswerField[] {
  return (Object.keys(FIELD_INFO) as AnswerField[]).filter((f) => FIELD_INFO[f].step === step && f !== "weights");
}
