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

/**
 * Weight formats the engine reasons about (bits per weight live in lib/physics/formats.ts):
 * bf16, fp8 and int8 by definition; q8_0 and q4_k_m are llama.cpp's GGUF types; int4 is a
 * weight-only 4-bit checkpoint for serving runtimes (AWQ/GPTQ, group size 128); mxfp4 is the OCP
 * microscaling format gpt-oss ships in. `q4` is accepted on input as the old name of q4_k_m.
 */
export const Quantization = z.enum(["bf16", "fp8", "int8", "q8_0", "q4_k_m", "int4", "mxfp4"]);
export type Quantization = z.infer<typeof Quantization>;

/** KV-cache element types a serving runtime may keep. */
export const KvDtype = z.enum(["bf16", "fp8", "q8_0"]);
export type KvDtype = z.infer<typeof KvDtype>;

/** Serving runtimes the time model knows (TensorRT-LLM only for measurements and the estimate command). */
export const Runtime = z.enum(["llama.cpp", "mlx", "vllm", "sglang", "tensorrt-llm"]);
export type Runtime = z.infer<typeof Runtime>;

/** How a model is spread over several GPUs. */
export const Parallelism = z.enum(["single", "tensor", "layer-split", "tensor-multi-node"]);
export type Parallelism = z.infer<typeof Parallelism>;

/** Currencies prices are published and shown in. Computation is always in USD. */
export const Currency = z.enum(["USD", "EUR", "CNY"]);
export type Currency = z.infer<typeof Currency>;
export const CURRENCIES = Currency.options;

/**
 * Where an offering's deployment may route a prompt: pinned to one region's data centres,
 * to a geography's data zone (e.g. Bedrock's EU cross-region profiles), or anywhere.
 */
export const Scope = z.enum(["in-region", "geographic", "global"]);
export type Scope = z.infer<typeof Scope>;

/** An offering's lifecycle. */
export const OfferingStatus = z.enum(["active", "beta", "retiring", "retired"]);
export type OfferingStatus = z.infer<typeof OfferingStatus>;

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
