import type { Quantization } from "../schema/common";

/**
 * Every assumption the engine makes, named, with where it comes from. The methodology page and
 * the PDF list these; changing one here changes every surface.
 */

/**
 * Bits per weight of each quantization. BF16/FP8/INT8 by definition; q4 is llama.cpp's Q4_K_M,
 * measured on Llama-3.1-8B as a whole-file average (so it includes tensors kept at higher precision).
 * https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md
 */
export const BITS_PER_WEIGHT: Record<Quantization, number> = { bf16: 16, fp8: 8, int8: 8, q4: 4.8944 };

/** Highest precision first: the order in which a quantization is preferred when several fit. */
export const QUANT_PREFERENCE: readonly Quantization[] = ["bf16", "fp8", "int8", "q4"];

/** The KV cache is kept in BF16 (2 bytes per element) unless a flag says otherwise (DESIGN.md, memory CLI). */
export const KV_BYTES_PER_ELEMENT = 2;

/**
 * Share of GPU memory a serving runtime lets weights and KV cache use; the rest holds activations,
 * CUDA graphs and the CUDA context. vLLM's default `gpu_memory_utilization` is 0.9.
 * https://docs.vllm.ai/en/latest/configuration/engine_args.html
 */
export const USABLE_MEMORY_SHARE = 0.9;

/**
 * Concurrent sequences a self-hosted deployment is sized for: the KV cache holds this many
 * contexts of `minContextTokens`, and batched decode serves this many streams per step.
 * A design choice (a small team's concurrency), not a measured figure.
 */
export const SERVING_BATCH = 8;

/**
 * Achieved share of peak memory bandwidth in decode (model bandwidth utilisation). Tuned CUDA
 * stacks reach about 60-85 %, portable runtimes (llama.cpp, MLX) less; we take the low end.
 * https://www.open-source-ai.tech/glossary/model-bandwidth-utilization
 */
export const DECODE_EFFICIENCY = 0.6;

/** Hours in an average month: 24 x 365 / 12. A rented endpoint kept up all month bills this many. */
export const HOURS_PER_MONTH = 730;

/**
 * Default electricity price for own hardware, USD per kWh: US commercial average, May 2026
 * (EIA Electric Power Monthly, Table 5.3, preliminary). The user sees it in the cost note.
 * https://www.eia.gov/electricity/monthly/epm_table_grapher.php?t=epmt_5_3
 */
export const ELECTRICITY_USD_PER_KWH = 0.1354;

/** GPU counts a rented deployment may use: tensor parallelism splits across 1, 2, 4 or 8 GPUs of a node, 16 across two. */
export const RENTED_GPU_COUNTS: readonly number[] = [1, 2, 4, 8, 16];

/**
 * Quality (0..1) a task counts for where a model has no benchmark: the middle of the scale, so
 * that a missing figure neither punishes (0) nor rewards (1) the model. A task measured on only
 * part of its benchmark weight is pulled toward it in proportion to the part missing:
 * value = coverage x measured + (1 - coverage) x NEUTRAL_TASK_QUALITY (docs/decisions/003-scoring.md).
 * A judgement, not a measurement; data confidence drops with the coverage too.
 */
export const NEUTRAL_TASK_QUALITY = 0.5;

/** Decode speed bands for the speed criterion, tokens per second of one stream. */
export const SPEED_SLOW_TPS = 5;
/** About twice a fast reader's pace; above this a faster model is not felt in chat. */
export const SPEED_FAST_TPS = 50;
