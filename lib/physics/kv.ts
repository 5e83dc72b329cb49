import type { Architecture } from "../schema/catalog";
import type { KvDtype } from "../schema/common";

/**
 * KV cache per token and layer kind (DeepSeek-V2 paper, Table 1, times the element size):
 * standard, grouped or multi-query attention keep 2 x kv_heads x head_dim elements per layer;
 * multi-head latent attention keeps kv_lora_rank + qk_rope_head_dim (one latent, shared by every
 * head); DeepSeek-V3.2's indexer adds its own key. Sliding-window layers hold at most their window;
 * linear-attention and state-space layers hold a fixed state and no growing cache.
 * https://github.com/deepseek-ai/DeepSeek-V2/blob/main/deepseek-v2-tech-report.pdf
 */

/** Bytes per element: BF16 2; FP8 1; llama.cpp's q8_0 cache 34 bytes per 32 elements. */
export const KV_BYTES: Record<KvDtype, number> = { bf16: 2, fp8: 1, q8_0: 34 / 32 };

export type KvLayout = {
  /** Bytes per token of one layer that keeps every token. */
  perLayer: number;
  /** Layers that keep every token, and those that keep at most `window`. */
  fullLayers: number;
  slidingLayers: number;
  window: number;
  /** The latent cache of MLA is one per layer, whatever the heads: replicated, not split, under tensor parallelism. */
  replicatedUnderTensor: boolean;
  kvHeads: number;
};

export function kvLayout(a: Architecture, dtype: KvDtype = "bf16"): KvLayout | undefined {
  const bytes = KV_BYTES[dtype];
  const pattern = a.layerPattern ?? { full: a.layers, sliding: 0, linear: 0 };
  let perLayer: number;
  let kvHeads = 1;
  if (a.attention === "mla") {
    if (a.kvLoraRank === undefined || a.qkRopeHeadDim === undefined) return undefined;
    perLayer = (a.kvLoraRank + a.qkRopeHeadDim) * bytes + (a.indexer?.bytesPerToken ?? 0);
  } else {
    if (a.headDim === undefined) return undefined;
    kvHeads = a.attention === "mqa" ? 1 : (a.kvHeads ?? 0);
    if (kvHeads === 0) return undefined;
    perLayer = 2 * kvHeads * a.headDim * bytes;
  }
  return { perLayer, fullLayers: pattern.full, slidingLayers: pattern.sliding, window: a.slidingWindow ?? 0, replicatedUnderTensor: a.attention === "mla", kvHeads };
}

/** KV bytes one sequence of `tokens` holds. */
export function kvBytesForSequence(k: KvLayout, tokens: number): number {
  return k.perLayer * (k.fullLayers * tokens + k.slidingLayers * Math.min(tokens, k.window));
}


/**
 * The share of a sequence's KV cache one GPU holds under tensor parallelism over `tp` GPUs: GQA
 * heads are split (never below one head per GPU); an MLA latent is replicated on every GPU.
 */
export function kvShareUnderTensor(k: KvLayout, tp: number): number {
  if (tp <= 1) return 1;
  if (k.replicatedUnderTensor) return 1;
  return Math.max(1 / tp, 1 / k.kvHeads);
}
