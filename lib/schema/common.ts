import { z } from "zod";

/** The tasks a person can weigh. Each one maps to benchmarks in lib/catalog/task-benchmarks.ts. */
export const Task = z.enum([
  "coding",
  "reasoning",
  "chat",
  "writing",
  "multilingual",
  "chinese",
  "long-context",
  "agents",
  "vision",
]);
export type Task = z.infer<typeof Task>;
export const TASKS = Task.options;

/** Where prompts may be processed. */
export const Region = z.enum(["eu", "us", "uk", "cn", "apac", "other"]);
export type Region = z.infer<typeof Region>;
export const REGIONS = Region.options;

/** Ways to run a model. */
export const Hosting = z.enum(["api", "cloud-gpu", "own-hardware"]);
export type Hosting = z.infer<typeof Hosting>;
export const HOSTINGS = Hosting.options;

/** ISO 3166-1 alpha-2, upper case. */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: "must be an ISO 3166-1 alpha-2 country code in upper case, e.g. \"CN\", \"US\", \"FR\"" });
export type CountryCode = z.infer<typeof CountryCode>;

/** A calendar date, YYYY-MM-DD. */
export const IsoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });
export type IsoDate = z.infer<typeof IsoDate>;

/** Where a figure was read: a URL or `owner/repo/path@commit`. */
export const SourceRef = z
  .string()
  .min(8, { error: "must name a source: a URL or owner/repo/path" })
  .max(500);

/** Quantizations the engine reasons about. Bits per weight live in lib/engine. */
export const Quantization = z.enum(["bf16", "fp8", "int8", "q4"]);
export type Quantization = z.infer<typeof Quantization>;
export const QUANTIZATIONS = Quantization.options;

/** Soft criteria of the score. One module each in lib/score/criteria/. */
export const CriterionId = z.enum([
  "quality",
  "cost",
  "speed",
  "context",
  "effort",
  "control",
  "confidence",
  "sensitivity",
]);
export type CriterionId = z.infer<typeof CriterionId>;
export const CRITERIA = CriterionId.options;
