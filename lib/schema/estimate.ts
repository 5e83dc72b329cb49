import { z } from "zod";
import { KvDtype, Quantization, Runtime } from "./common";

/** `q4` is the old name of llama.cpp's Q4_K_M, still accepted. */
export const QuantInput = z.preprocess(
  (v) => (v === "q4" ? "q4_k_m" : v),
  z.enum(Quantization.options, { error: `must be one of ${[...Quantization.options, "q4"].join(", ")}` }),
);

const id = z.string().min(1, { error: "is required" }).max(120).regex(/^[a-z0-9][a-z0-9._-]*$/, { error: "must be an id from the catalog" });
const whole = (min: number, max: number) => z.number({ error: "must be a number" }).int({ error: "must be a whole number" }).min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` });

/** `cli estimate` and `GET /api/estimate`: one model on `count` GPUs (DESIGN.md surfaces). */
export const EstimateRequest = z
  .object({
    model: id,
    gpu: id,
    count: whole(1, 64).default(1),
    quant: QuantInput.optional(),
    kvDtype: KvDtype.optional(),
    context: whole(1, 10_000_000).default(8192),
    concurrency: whole(1, 100_000).default(1),
    runtime: Runtime.optional(),
    promptTokens: whole(1, 10_000_000).optional(),
  })
  .strict();
export type EstimateRequest = z.output<typeof EstimateRequest>;

const Range = z.object({ value: z.number(), low: z.number(), high: z.number() });

export const EstimateResult = z.object({
  model: z.string(),
  gpu: z.string(),
  count: z.number().int(),
  fits: z.boolean(),
  runtime: Runtime,
  parallelism: z.string(),
  quant: Quantization,
  kvDtype: KvDtype,
  memory: z.object({ weightsBytes: z.number(), kvCacheBytes: z.number(), overheadBytes: z.number(), totalBytes: z.number(), perGpuBytes: z.number(), perGpuCapacityBytes: z.number() }),
  maxConcurrency: z.number().int(),
  decodeTokensPerSecond: Range,
  aggregateTokensPerSecond: z.number(),
  timeToFirstTokenSeconds: Range.optional(),
  accuracyClass: z.string(),
});
export type EstimateResult = z.infer<typeof EstimateResult>;

/** `cli memory`: weights and KV cache of a model, no GPU. */
export const MemoryRequest = z
  .object({
    model: id,
    quant: QuantInput.default("bf16"),
    kvDtype: KvDtype.default("bf16"),
    context: whole(1, 10_000_000).default(8192),
    batch: whole(1, 100_000).default(1),
  })
  .strict();
export type MemoryRequest = z.output<typeof MemoryRequest>;
