import type { Quantization, Runtime } from "../schema/common";
import type { PhysModel } from "./model";

/**
 * Bits per weight of each tensor group by format, and so the bytes a checkpoint or GGUF file
 * holds. Figures from llama.cpp's quantize table (tools/quantize/README.md: Q8_0 8.5008, Q6_K
 * 6.5633, Q4_K 4.5, Q4_0 4.5 bits per weight) and the OCP microscaling format (MXFP4: 32 FP4
 * values share one 8-bit scale, 4.25 bits). https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md
 *
 * Q4_K_M is a mix: llama.cpp keeps the output head in Q6_K and the embedding in Q4_K, and puts
 * half of attn_v and ffn_down in Q6_K. The body figure 4.7986 is the one that, with the head and
 * embedding at their own types, gives llama.cpp's whole-file 4.8944 bits on Llama-3.1-8B (the
 * README's measurement); it then predicts Llama-3.1-70B Q4_K_M at 42.51 GB against 42.52 GB
 * published, and DeepSeek-V3 at 402.6 GB against 404.4 GB (data/calibration/gguf-sizes.json).
 */
type Bits = {
  /** Linear layers of the body (attention, dense FFN, shared experts). */
  body: number;
  /** Routed experts of a MoE. */
  experts: number;
  embed: number;
  head: number;
  /** A tied embedding is used as the head too, and stored at the head's type. */
  tied: number;
};

const Q6_K = 6.5625;
const Q8_0 = 8.5;
const BF16 = 16;

/** Serving-runtime checkpoints keep the embedding and head in BF16 (vLLM, SGLang quantize linear layers). */
const served = (bits: number): Bits => ({ body: bits, experts: bits, embed: BF16, head: BF16, tied: BF16 });

export const FORMAT_BITS: Record<Quantization, Bits> = {
  bf16: { body: BF16, experts: BF16, embed: BF16, head: BF16, tied: BF16 },
  fp8: served(8),
  int8: served(8),
  // AWQ/GPTQ, group size 128: 4 bits plus an FP16 scale and zero point per 128 weights.
  int4: served(4 + 32 / 128),
  q8_0: { body: Q8_0, experts: Q8_0, embed: Q8_0, head: Q8_0, tied: Q8_0 },
  q4_k_m: { body: 4.7986, experts: 4.7986, embed: 4.5, head: Q6_K, tied: Q6_K },
  // gpt-oss's checkpoint: experts in MXFP4, the rest in BF16 (the 20b repo is ~13.8 GB). Its GGUF
  // keeps the rest in Q8_0 instead (12.10 GB): see GGUF_MXFP4 below.
  mxfp4: { body: BF16, experts: 4.25, embed: BF16, head: BF16, tied: BF16 },
};

/** llama.cpp's MXFP4 files (ggml-org/gpt-oss-*-GGUF) keep every tensor but the experts in Q8_0. */
const GGUF_MXFP4: Bits = { body: Q8_0, experts: 4.25, embed: Q8_0, head: Q8_0, tied: Q8_0 };

/** Formats only measurement rows use (to replay published runs), never offered as a choice. */
export const MEASURED_ONLY_BITS: Record<string, Bits> = {
  f16: FORMAT_BITS.bf16,
  q4_0: { body: 4.5, experts: 4.5, embed: 4.5, head: Q6_K, tied: Q6_K },
  q5_k_m: { body: 5.65, experts: 5.65, embed: 5.5, head: Q6_K, tied: Q6_K },
  q6_k: { body: Q6_K, experts: Q6_K, embed: Q6_K, head: Q6_K, tied: Q6_K },
  iq3_xxs: { body: 3.0625, experts: 3.0625, embed: 4.5, head: Q6_K, tied: Q6_K },
  iq2_xxs: { body: 2.0625, experts: 2.0625, embed: 4.5, head: Q6_K, tied: Q6_K },
  "awq-int4": FORMAT_BITS.int4,
  "mlx-4bit": { body: 4.5, experts: 4.5, embed: 4.5, head: 4.5, tied: 4.5 },
  "mlx-4bit-qat": { body: 4.5, experts: 4.5, embed: 4.5, head: 4.5, tied: 4.5 },
};

/** Formats llama.cpp and MLX read (GGUF files); the serving runtimes read the others. */
export const GGUF_FORMATS: readonly Quantization[] = ["bf16", "q8_0", "q4_k_m", "mxfp4"];
export const SERVING_FORMATS: readonly Quantization[] = ["bf16", "fp8", "int8", "int4", "mxfp4"];

/** Whether a runtime reads this format. MXFP4 is gpt-oss's own (and its GGUF), offered only where native. */
export function runtimeReads(runtime: Runtime, format: Quantization): boolean {
  const list = runtime === "llama.cpp" || runtime === "mlx" ? GGUF_FORMATS : SERVING_FORMATS;
  return list.includes(format);
}

/** The bits of a format as a runtime stores it. */
export function bitsOf(format: Quantization | string, runtime: Runtime): Bits | undefined {
  if (format === "mxfp4" && (runtime === "llama.cpp" || runtime === "mlx")) return GGUF_MXFP4;
  if (format in FORMAT_BITS && Object.hasOwn(FORMAT_BITS, format)) return FORMAT_BITS[format as Quantization];
  return Object.hasOwn(MEASURED_ONLY_BITS, format) ? MEASURED_ONLY_BITS[format] : undefined;
}

/** The parts of a model's weights, in bytes. */
export type WeightBytes = { total: number; embed: number; head: number; experts: number; body: number };

export function weightBytes(m: PhysModel, bits: Bits): WeightBytes {
  const tied = m.headParams === 0 && m.embedParams > 0;
  const embed = (m.embedParams * (tied ? bits.tied : bits.embed)) / 8;
  const head = (m.headParams * bits.head) / 8;
  const experts = (m.expertParams * bits.experts) / 8;
  const bodyParams = Math.max(0, m.totalParams - m.embedParams - m.headParams - m.expertParams);
  const body = (bodyParams * bits.body) / 8;
  return { total: Math.round(embed + head + experts + body), embed, head, experts, body };
}

/**
 * Quality order of the automatic choices: higher precision first. INT8 (W8A8) costs what FP8 does
 * and serves the same purpose on GPUs without FP8 units; it is a choice on request only.
 */
export const PRECISION_ORDER: readonly Quantization[] = ["bf16", "fp8", "q8_0", "mxfp4", "int4", "q4_k_m"];

/**
 * The formats worth offering for a model: its native format and everything below it (an FP8
 * checkpoint gains nothing in BF16; gpt-oss runs in MXFP4), MXFP4 only where it is native.
 */
export function formatChoices(m: Pick<PhysModel, "nativeFormat">): Quantization[] {
  const native = m.nativeFormat ?? "bf16";
  if (native === "mxfp4") return ["mxfp4"];
  const from = Math.max(0, PRECISION_ORDER.indexOf(native === "int8" ? "fp8" : native));
  return PRECISION_ORDER.filter((q, i) => i >= from && q !== "mxfp4");
}
