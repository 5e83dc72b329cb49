import type { Runtime } from "../schema/common";
import { GIB } from "./hardware";
import { kvBytesForSequence, kvShareUnderTensor } from "./kv";
import type { Prepared } from "./time-model";

/**
 * Whether a setup holds `sequences` sequences of `context` tokens, checked per GPU as the runtime
 * lays the model out:
 * - serving runtimes (vLLM, SGLang, TensorRT-LLM) give weights and KV cache 90 % of each GPU
 *   (vLLM's default `gpu_memory_utilization`); the rest holds activations, CUDA graphs and the
 *   CUDA context. https://docs.vllm.ai/en/latest/configuration/engine_args.html
 * - llama.cpp and MLX keep a fixed allowance per GPU (CUDA/Metal context and compute buffers,
 *   LLAMACPP_CONTEXT_BYTES) plus the logits buffer of one 512-token micro-batch on the GPU with
 *   the output head; the input embedding stays in host memory (llama.cpp keeps token_embd on
 *   the CPU). Under layer split every GPU holds whole layers.
 */

export const SERVING_MEMORY_SHARE = 0.9;
/** CUDA context, cuBLAS workspace and compute buffers of a llama.cpp process, per GPU (~0.5 GiB). */
export const LLAMACPP_CONTEXT_BYTES = 0.5 * GIB;
/** llama.cpp's default micro-batch (n_ubatch): the logits and activations it keeps are sized by it. */
export const LLAMACPP_UBATCH = 512;

export type FitResult = {
  fits: boolean;
  weightsBytes: number;
  kvCacheBytes: number;
  /** Runtime allowance over all GPUs (what is not weights or KV). */
  overheadBytes: number;
  totalBytes: number;
  /** The most any one GPU needs. */
  perGpuBytes: number;
  /** What one GPU offers. */
  perGpuCapacity: number;
};

const serving = (r: Runtime) => r === "vllm" || r === "sglang" || r === "tensorrt-llm";

/** Bytes of one llama.cpp micro-batch's logits: vocabulary x 512 tokens x 4 bytes (f32). */
function logitsBytes(p: Prepared): number {
  const vocab = p.model.arch?.vocabSize ?? 128_000;
  return vocab * LLAMACPP_UBATCH * 4;
}

export function fitSetup(p: Prepared, sequences: number, context: number): FitResult {
  const cap = p.gpu.memoryBytes;
  const kvSeq = p.kv ? kvBytesForSequence(p.kv, context) : 0;
  const kvAll = kvSeq * sequences;
  const w = p.weights;
  if (serving(p.runtime)) {
    const n = p.count;
    const share = p.kv ? kvShareUnderTensor(p.kv, n) : 1 / n;
    const perGpuNeed = w.total / n + kvAll * share;
    const perGpuBytes = perGpuNeed / SERVING_MEMORY_SHARE;
    const overhead = perGpuBytes * n - w.total - kvAll * share * n;
    return { fits: perGpuBytes <= cap, weightsBytes: w.total, kvCacheBytes: kvAll * share * n, overheadBytes: overhead, totalBytes: perGpuBytes * n, perGpuBytes, perGpuCapacity: cap };
  }
  // llama.cpp / MLX: the input embedding stays in host memory.
  const onGpu = w.total - w.embed;
  const layers = p.model.layers;
  const perLayer = (w.body + w.experts) / layers + kvAll / layers;
  const head = w.head + (w.head === 0 ? w.embed : 0);
  const fixed = LLAMACPP_CONTEXT_BYTES;
  const lastExtra = head + logitsBytes(p);
  if (p.count <= 1) {
    const need = onGpu + (w.head === 0 ? w.embed : 0) + kvAll + fixed + logitsBytes(p);
    return { fits: need <= cap, weightsBytes: w.total, kvCacheBytes: kvAll, overheadBytes: fixed + logitsBytes(p), totalBytes: need, perGpuBytes: need, perGpuCapacity: cap };
  }
  // Layer split: whole layers per GPU; the GPU with the most layers also takes the head.
  const most = Math.ceil(layers / p.count);
  const perGpuBytes = most * perLayer + fixed + lastExtra;
  const total = onGpu + (w.head === 0 ? w.embed : 0) + kvAll + p.count * fixed + logitsBytes(p);
  return { fits: perGpuBytes <= cap, weightsBytes: w.total, kvCacheBytes: kvAll, overheadBytes: p.count * fixed + logitsBytes(p), totalBytes: total, perGpuBytes, perGpuCapacity: cap };
}

/**
 * The most sequences of `context` tokens a setup holds (0 when not even one fits), up to `limit`.
 * What a GPU needs grows linearly with the sequences it holds, so two layouts give the line.
 */
export function maxSequences(p: Prepared, context: number, limit = 4096): number {
  const one = fitSetup(p, 1, context);
  if (!one.fits) return 0;
  const slope = fitSetup(p, 2, context).perGpuBytes - one.perGpuBytes;
  if (slope <= 0) return limit;
  const n = 1 + Math.floor((one.perGpuCapacity - one.perGpuBytes) / slope + 1e-9);
  return Math.max(1, Math.min(limit, n));
}
