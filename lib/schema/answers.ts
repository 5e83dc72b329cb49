import { z } from "zod";
import { CountryCode, CriterionId, Hosting, Region, Task } from "./common";

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
    count: z.number().int({ error: "must be a whole number" }).min(1).max(64),
  })
  .strict();
export type HardwareItem = z.infer<typeof HardwareItem>;

/** The public input contract (DESIGN.md "Answers"). Field names are stable. */
export const Answers = z
  .object({
    tasks: z
      .partialRecord(Task, Importance)
      .refine((t) => Object.values(t).some((v) => (v ?? 0) > 0), {
        error: "at least one task must have an importance above 0",
      }),
    regions: z
      .array(RegionChoice)
      .min(1, { error: "must list at least one region, or [\"any\"]" })
      .max(7)
      .refine((r) => !r.includes("any") || r.length === 1, {
        error: "\"any\" means no restriction and cannot be combined with other regions",
      })
      .refine((r) => new Set(r).size === r.length, { error: "must not repeat a region" }),
    hosting: z
      .array(Hosting)
      .min(1, { error: "must list at least one way to run: \"api\", \"cloud-gpu\" or \"own-hardware\"" })
      .max(3)
      .refine((h) => new Set(h).size === h.length, { error: "must not repeat a hosting kind" }),
    hardware: z.array(HardwareItem).max(16).default([]),
    budgetUsdPerMonth: z.number().min(0, { error: "must be 0 or more" }).max(1e9),
    budgetIsHardLimit: z.boolean().default(false),
    tokensPerMonth: z.number().min(0, { error: "must be 0 or more" }).max(1e13),
    inputShare: z.number().min(0, { error: "must be between 0 and 1" }).max(1, { error: "must be between 0 and 1" }).default(0.75),
    minContextTokens: z.number().int({ error: "must be a whole number" }).min(0).max(10_000_000).default(8192),
    openWeightsOnly: z.boolean().default(false),
    commercialUse: z.boolean().default(true),
    excludedOrigins: z.array(CountryCode).max(50).default([]),
    sensitiveTopics: z.boolean().default(false),
    /** Optional weight multipliers per criterion (1 = default weight, 0 = ignore). Added field, not in DESIGN. */
    weights: z.partialRecord(CriterionId, z.number().min(0).max(5)).optional(),
  })
  .strict();

/** Answers after defaults are applied: what the engine takes. */
export type Answers = z.infer<typeof Answers>;
/** Answers as a client may send them (defaults optional). */
export type AnswersInput = z.input<typeof Answers>;
