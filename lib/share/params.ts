import type { AnswerField } from "../schema/answers";

export type Field = AnswerField;

/** How a parameter's text is read. */
export type ParamKind = "taskMap" | "weightMap" | "list" | "hardware" | "count" | "number" | "bool" | "text";

type ParamSpec = { param: string; kind: ParamKind; expected: string };

/**
 * The query parameter of each Answers field, in the canonical order of the query string, with
 * how it is read and what it expects (for error messages). A Record over every field, so a new
 * Answers field fails to compile until it has a parameter (DESIGN.md: share-query names).
 */
export const PARAMS: Record<Field, ParamSpec> = {
  tasks: { param: "t", kind: "taskMap", expected: "tasks with an importance 0-3, e.g. t=coding:3,chat:2" },
  regions: { param: "r", kind: "list", expected: "regions where prompts may go, e.g. r=eu,us or r=any" },
  hosting: { param: "h", kind: "list", expected: "ways to run the model, e.g. h=api,cloud-gpu,own-hardware" },
  hardware: { param: "hw", kind: "hardware", expected: "GPUs you own with a count, e.g. hw=rtx-4090:1" },
  budgetUsdPerMonth: { param: "b", kind: "count", expected: "a monthly budget in USD, e.g. b=2000" },
  budgetIsHardLimit: { param: "hard", kind: "bool", expected: "1 (the budget is a hard limit) or 0" },
  tokensPerMonth: { param: "tok", kind: "count", expected: "tokens per month, e.g. tok=300M (k, M, B suffixes)" },
  inputShare: { param: "in", kind: "number", expected: "the share of input tokens between 0 and 1, e.g. in=0.75" },
  minContextTokens: { param: "ctx", kind: "count", expected: "the context length needed in tokens, e.g. ctx=8192" },
  openWeightsOnly: { param: "open", kind: "bool", expected: "1 (open weights only) or 0" },
  commercialUse: { param: "com", kind: "bool", expected: "1 (commercial use) or 0" },
  excludedOrigins: { param: "ex", kind: "list", expected: "country codes of labs to exclude, e.g. ex=CN,US" },
  sensitiveTopics: { param: "sens", kind: "bool", expected: "1 (prompts touch sensitive topics) or 0" },
  weights: { param: "w", kind: "weightMap", expected: "criterion weight multipliers, e.g. w=cost:2,quality:1.5" },
  concurrentRequests: { param: "conc", kind: "count", expected: "requests generating at the same time, e.g. conc=4" },
  minTokensPerSecond: { param: "tps", kind: "number", expected: "the slowest decode speed per request you accept, e.g. tps=20" },
  maxTimeToFirstTokenSeconds: { param: "ttft", kind: "number", expected: "the longest wait for the first token in seconds, e.g. ttft=2" },
  promptTokens: { param: "pt", kind: "count", expected: "a typical prompt length in tokens, e.g. pt=4k" },
  cachedInputShare: { param: "cache", kind: "number", expected: "the share of input served from the prompt cache between 0 and 1, e.g. cache=0.5" },
  batchShare: { param: "batch", kind: "number", expected: "the share of tokens that can wait for a batch API between 0 and 1, e.g. batch=0.3" },
  reasoningTokensPerOutputToken: { param: "rsn", kind: "number", expected: "hidden reasoning tokens per visible output token, e.g. rsn=2" },
  excludedOperatorCountries: { param: "exop", kind: "list", expected: "country codes of operators to exclude, e.g. exop=US" },
  currency: { param: "cur", kind: "text", expected: "a display currency: USD, EUR or CNY, e.g. cur=EUR" },
  ownHardwareCost: { param: "ohc", kind: "text", expected: "how owned GPUs are costed: electricity or tco, e.g. ohc=tco" },
  gpuPriceUsd: { param: "gpup", kind: "count", expected: "the purchase price per GPU in USD, e.g. gpup=1800" },
  amortizationMonths: { param: "amort", kind: "count", expected: "months to spread the purchase over, e.g. amort=36" },
  opsHoursPerMonth: { param: "opsh", kind: "number", expected: "hours of operations work a month, e.g. opsh=4" },
  opsUsdPerHour: { param: "opsr", kind: "number", expected: "the hourly rate of that work in USD, e.g. opsr=80" },
  electricityUsdPerKwh: { param: "kwh", kind: "number", expected: "the electricity price in USD per kWh, e.g. kwh=0.25" },
};

/** Query names the surfaces use for themselves: never answers (DESIGN.md). */
export const SURFACE_PARAMS = ["limit", "offset", "excluded", "group", "find", "lang", "paper", "theme", "top"] as const;

/** The parameter name of a field. */
export const PARAM = Object.fromEntries(Object.entries(PARAMS).map(([f, s]) => [f, s.param])) as Record<Field, string>;

/** Defaults of the Answers schema: a field at its default is left out of the query. */
export const DEFAULTS = {
  budgetIsHardLimit: false,
  inputShare: 0.75,
  minContextTokens: 8192,
  openWeightsOnly: false,
  commercialUse: true,
  sensitiveTopics: false,
  cachedInputShare: 0,
  batchShare: 0,
  currency: "USD",
  ownHardwareCost: "electricity",
  amortizationMonths: 36,
  opsHoursPerMonth: 0,
} as const;

export const FIELD_OF: ReadonlyMap<string, Field> = new Map((Object.entries(PARAMS) as [Field, ParamSpec][]).map(([field, s]) => [s.param, field]));
