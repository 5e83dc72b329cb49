import type { Field } from "@/lib/share/params";

export type StepId = "tasks" | "residency" | "hosting" | "budget" | "constraints";

export type StepDetails = { title: string; intro: string; fields: Field[] };

/** The wizard's steps in order, and which answers each one sets. */
export const STEPS: Record<StepId, StepDetails> = {
  tasks: { title: "Your tasks", intro: "What will the model do, and how much does each task matter?", fields: ["tasks"] },
  residency: { title: "Data residency", intro: "Where may your prompts be processed?", fields: ["regions"] },
  hosting: { title: "Hosting", intro: "How can you run the model?", fields: ["hosting", "hardware"] },
  budget: {
    title: "Budget and volume",
    intro: "How much will you use it, and what can you spend?",
    fields: ["budgetUsdPerMonth", "budgetIsHardLimit", "tokensPerMonth", "inputShare"],
  },
  constraints: {
    title: "Constraints",
    intro: "Anything the model must or must not be? All optional.",
    fields: ["openWeightsOnly", "commercialUse", "minContextTokens", "sensitiveTopics", "excludedOrigins"],
  },
};

export const STEP_ORDER: readonly StepId[] = ["tasks", "residency", "hosting", "budget", "constraints"];

/** The 1-based step number from the query, clamped to the steps there are. */
export function stepIndex(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= STEP_ORDER.length ? n : 1;
}

/** The first step that sets a given field. */
export function stepOfField(field: Field): number {
  const i = STEP_ORDER.findIndex((s) => STEPS[s].fields.includes(field));
  return i < 0 ? 1 : i + 1;
}
