import type { Answers } from "../schema/answers";

export type Field = keyof Answers;

/**
 * The query parameter of each Answers field, in the canonical order of the query string.
 * A Record over every field, so a new Answers field fails to compile until it has a parameter.
 */
export const PARAM: Record<Field, string> = {
  tasks: "t",
  regions: "r",
  hosting: "h",
  hardware: "hw",
  budgetUsdPerMonth: "b",
  budgetIsHardLimit: "hard",
  tokensPerMonth: "tok",
  inputShare: "in",
  minContextTokens: "ctx",
  openWeightsOnly: "open",
  commercialUse: "com",
  excludedOrigins: "ex",
  sensitiveTopics: "sens",
  weights: "w",
};

/** What each parameter expects, in words, for error messages. */
export const EXPECTED: Record<Field, string> = {
  tasks: "tasks with an importance 0-3, e.g. t=coding:3,chat:2",
  regions: "regions where prompts may go, e.g. r=eu,us or r=any",
  hosting: "ways to run the model, e.g. h=api,cloud-gpu,own-hardware",
  hardware: "GPUs you own with a count, e.g. hw=rtx-4090:1",
  budgetUsdPerMonth: "a monthly budget in USD, e.g. b=2000",
  budgetIsHardLimit: "1 (the budget is a hard limit) or 0",
  tokensPerMonth: "tokens per month, e.g. tok=300M (k, M, B suffixes)",
  inputShare: "the share of input tokens between 0 and 1, e.g. in=0.75",
  minContextTokens: "the context length needed in tokens, e.g. ctx=8192",
  openWeightsOnly: "1 (open weights only) or 0",
  commercialUse: "1 (commercial use) or 0",
  excludedOrigins: "country codes of labs to exclude, e.g. ex=CN,US",
  sensitiveTopics: "1 (prompts touch sensitive topics) or 0",
  weights: "criterion weight multipliers, e.g. w=cost:2,quality:1.5",
};

/** Defaults of the Answers schema: a field at its default is left out of the query. */
export const DEFAULTS = {
  budgetIsHardLimit: false,
  inputShare: 0.75,
  minContextTokens: 8192,
  openWeightsOnly: false,
  commercialUse: true,
  sensitiveTopics: false,
} as const satisfies Partial<Answers>;

export const FIELD_OF: ReadonlyMap<string, Field> = new Map(
  (Object.entries(PARAM) as [Field, string][]).map(([field, param]) => [param, field]),
);
