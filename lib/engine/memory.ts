import type { Architecture, Gpu, Model } from "../schema/catalog";
import type { Quantization } from "../schema/common";
import { BITS_PER_WEIGHT, KV_BYTES_PER_ELEMENT, USABLE_MEMORY_SHARE } from "./assumptions";

export type MemoryEstimate = {
  weightsBytes: number;
  kvCacheBytesPerToken: number;
  kvCacheBytes: number;
  /** Activations, CUDA graphs and context: what the runtime keeps beyond weights and KV. */
  overheadBytes: number;
  totalBytes: number;
};

/** Weights: total parameters x bits per weight / 8. A Mixture of Experts keeps all experts resident. */
export function weightsBytes(totalParamsB: number, quant: Quantization): number {
  return Math.round((totalParamsB * 1e9 * BITS_PER_WEIGHT[quant]) / 8);
}

/**
 * KV cache bytes per token (DeepSeek-V2 paper, Table 1, times element size):
 * MHA/GQA/MQA 2 x layers x kvHeads x headDim x bytes; MLA layers x (kvLoraRank + qkRopeHeadDim) x bytes.
 * Sliding-window layers are counted in full, so this is an upper bound for such models.
 */
export function kvBytesPerToken(arch: Architecture, bytesPerElement = KV_BYTES_PER_ELEMENT): number | undefined {
  if (arch.attention === "mla") {
    if (arch.kvLoraRank === undefined || arch.qkRopeHeadDim === undefined) return undefined;
    return arch.layers * (arch.kvLoraRank + arch.qkRopeHeadDim) * bytesPerElement;
  }
  if (arch.headDim === undefined) return undefined;
  const kvHeads = arch.attention === "mqa" ? 1 : arch.kvHeads;
  if (kvHeads === undefined) return undefined;
  return 2 * arch.layers * kvHeads * arch.headDim * bytesPerElement;
}

export type MemoryInput = { quant: Quantization; contextTokens: number; batch: number };

/**
 * Memory to serve a model: weights + KV cache for `batch` sequences of `contextTokens` + runtime
 * overhead, sized so that weights and KV fit in the runtime's usable share of memory.
 * Undefined when the catalog lacks the parameter count or the attention dimensions.
 */
export function computeMemory(model: Pick<Model, "params" | "architecture">, input: MemoryInput): MemoryEstimate | undefined {
  if (!model.params || !model.architecture) return undefined;
  const perToken = kvBytesPerToken(model.architecture);
  if (perToken === undefined) return undefined;
  const w = weightsBytes(model.params.totalB, input.quant);
  const kv = perToken * input.contextTokens * input.batch;
  const total = Math.ceil((w + kv) / USABLE_MEMORY_SHARE);
  return { weightsBytes: w, kvCacheBytesPerToken: perToken, kvCacheBytes: kv, overheadBytes: total - w - kv, totalBytes: total };
}

/**
 * Memory the GPU side of `count` devices offers, in bytes. Apple unified memory: only the share
 * Metal lets the GPU keep resident (recommendedMaxWorkingSetSize, ~2/3 to 3/4 of RAM by default).
 */
export function deviceBytes(gpu: Pick<Gpu, "memoryGB" | "gpuMemoryShare">, count: number): number {
  return gpu.memoryGB * 1e9 * (gpu.gpuMemoryShare ?? 1) * count;
}

/** Weights split across GPUs by tensor parallelism: the total must fit the sum of their memory. */
export function fits(totalBytes: number, gpu: Pick<Gpu, "memoryGB" | "gpuMemoryShare">, count: number): boolean {
  return totalBytes <= deviceBytes(gpu, count);
}
