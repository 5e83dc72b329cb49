import { z } from "zod";
import { CountryCode, CriterionId, Currency, Hosting, Region, Task } from "./common";

export const Importance = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], {
  error: "must be 0, 1, 2 or 3",
});
export type Importance = z.infer<typeof Importance>;

export const RegionChoice = z.union([Region, z.literal("any")], {
  error: `must be one of ${[...Region.options, "any"].map((r) => `"${r}"`).join(", ")}`,
});
export type RegionChoice = z.infer<typeof RegionChoice>;

export const HardwareItem = z
  .object({
    gpu: z
      .string()
      .max(80)
      .regex(/^[a-z0-9][a-z0-9.-]*$/, { error: "must name a GPU id from the catalog, e.g. \"rtx-4090\" or \"h100-sxm\"" }),
    count: z.number().int({ error: "must be a whole number" }).min(1, { error: "must be at least 1" }).max(64, { error: "must be at most 64" }),
  })
  .strict();
export type HardwareItem = z.infer<typeof HardwareItem>;

const share = (what: string) =>
  z.number({ error: `must be a number between 0 and 1 (${what})` }).min(0, { error: "must be between 0 and 1" }).max(1, { error: "must be between 0 and 1" });

/**
 * Concurrency a volume implies when the user does not say: the business-hours decode load at
 * 20 tokens/s per request, with a peak of 3x the average (issue 15; DESIGN.md answers).
 * 22 working days x 8 hours a month.
 */
export const CONCURRENCY_DEFAULT = { peakFactor: 3, workingSecondsPerMonth: 22 * 8 * 3600, tokensPerSecondPerRequest: 20 } as const;

export function derivedConcurrency(tokensPerMonth: number, inputShare: number): number {
  const { peakFactor, workingSecondsPerMonth, tokensPerSecondPerRequest } = CONCURRENCY_DEFAULT;
  const output = tokensPerMonth * (1 - inputShare);
  const n = Math.ceil((peakFactor * output) / (workingSecondsPerMonth * tokensPerSecondPerRequest) - 1e-9);
  return Math.min(100_000, Math.max(1, n));
}

/**
 * The public input contract (DESIGN.md "Answers", contract 2). Field names are stable. The
 * object itself, with `.shape` per field (the wizard checks fields one by one); `Answers` adds
 * the defaults that depend on other answers.
 */
export const AnswersFields = z
  .object({
    tasks: z
      .partialRecord(Task, Importance)
      .refine((t) => Object.values(t).some((v) => (v ?? 0) > 0), {
        error: "at least one task must matter: mark one \"Nice to have\" or more",
        params: { kind: "no-task" },
      }),
    regions: z
      .array(RegionChoice)
      .min(1, { error: "must list at least one region, or [\"any\"]" })
      .max(7, { error: "can list at most the 6 regions" })
      .refine((r) => !r.includes("any") || r.length === 1, {
        error: "\"any\" means no restriction and cannot be combined with other regions",
        params: { kind: "any-alone" },
      })
      .refine((r) => new Set(r).size === r.length, { error: "must not repeat a region", params: { kind: "no-repeat", what: "region" } }),
    hosting: z
      .array(Hosting)
      .min(1, { error: "must list at least one way to run: \"api\", \"cloud-gpu\" or \"own-hardware\"" })
      .max(3, { error: "can list at most the 3 ways to run" })
      .refine((h) => new Set(h).size === h.length, { error: "must not repeat a hosting kind", params: { kind: "no-repeat", what: "hosting" } }),
    hardware: z.array(HardwareItem).max(16, { error: "can list at most 16 machines" }).default([]),
    budgetUsdPerMonth: z.number({ error: "must be a number of US dollars" }).min(0, { error: "must be 0 or more" }).max(1e9, { error: "must be at most 1,000,000,000" }),
    budgetIsHardLimit: z.boolean().default(false),
    tokensPerMonth: z.number({ error: "must be a number of tokens" }).min(0, { error: "must be 0 or more" }).max(1e13, { error: "must be at most 10 trillion" }),
    inputShare: share("the share of tokens that are input").default(0.75),
    minContextTokens: z.number().int({ error: "must be a whole number" }).min(0, { error: "must be 0 or more" }).max(10_000_000).default(8192),
    openWeightsOnly: z.boolean().default(false),
    commercialUse: z.boolean().default(true),
    excludedOrigins: z.array(CountryCode).max(50, { error: "can list at most 50 countries" }).default([]),
    sensitiveTopics: z.boolean().default(false),
    /** Optional weight multipliers per criterion (1 = default weight, 0 = ignore). */
    weights: z.partialRecord(CriterionId, z.number().min(0).max(5)).optional(),
    // ---- contract 2 ----
    /** Requests generating at the same time at peak; derived from the volume when absent. */
    concurrentRequests: z.number().int({ error: "must be a whole number" }).min(1, { error: "must be at least 1" }).max(100_000).optional(),
    /** Per request, a hard floor on decode speed (tokens per second). */
    minTokensPerSecond: z.number().positive({ error: "must be above 0" }).max(10_000).optional(),
    maxTimeToFirstTokenSeconds: z.number().positive({ error: "must be above 0" }).max(3600).optional(),
    /** Typical prompt length in tokens; defaults to minContextTokens. Sets TTFT and long-context price tiers. */
    promptTokens: z.number().int({ error: "must be a whole number" }).min(1, { error: "must be at least 1" }).max(10_000_000).optional(),
    cachedInputShare: share("the share of input tokens read from the prompt cache").default(0),
    batchShare: share("the share of tokens that can wait for a batch API").default(0),
    /** Hidden reasoning tokens per visible output token for reasoning models, where no published figure exists. */
    reasoningTokensPerOutputToken: z.number().min(0).max(50).optional(),
    excludedOperatorCountries: z.array(CountryCode).max(50, { error: "can list at most 50 countries" }).default([]),
    currency: Currency.default("USD"),
    ownHardwareCost: z.enum(["electricity", "tco"], { error: "must be \"electricity\" or \"tco\"" }).default("electricity"),
    gpuPriceUsd: z.number().min(0, { error: "must be 0 or more" }).max(10_000_000).optional(),
    amortizationMonths: z.number().int({ error: "must be a whole number" }).min(1, { error: "must be at least 1" }).max(240).default(36),
    opsHoursPerMonth: z.number().min(0, { error: "must be 0 or more" }).max(744).default(0),
    opsUsdPerHour: z.number().min(0, { error: "must be 0 or more" }).max(10_000).optional(),
    electricityUsdPerKwh: z.number().min(0, { error: "must be 0 or more" }).max(10).optional(),
  })
  .strict();

/** Answers with every default applied, the derived ones included: what the engine takes. */
export const Answers = AnswersFields.transform((a) => ({
  ...a,
  concurrentRequests: a.concurrentRequests ?? derivedConcurrency(a.tokensPerMonth, a.inputShare),
  promptTokens: a.promptTokens ?? Math.max(1, a.minContextTokens),
}));

/** Answers after defaults are applied: what the engine takes. */
export type Answers = z.output<typeof Answers>;
/** Answers as a client may send them (defaults optional). */
export type AnswersInput = z.input<typeof Answers>;
export type AnswerField = keyof z.output<typeof AnswersFields>;
