import { describe, expect, it } from "vitest";
import { kvBytesForSequence, kvLayout, kvShareUnderTensor } from "@/lib/physics";
import type { Architecture } from "@/lib/schema/catalog";

const cite = { source: "https://example.org/t", asOf: "2026-01-01" };
const arch = (a: Partial<Architecture>): Architecture => ({ layers: 32, attention: "gqa", kvHeads: 8, headDim: 128, ...cite, ...a }) as Architecture;

describe("KV cache per token (DeepSeek-V2 Table 1 times the element size)", () => {
  it.each([
    ["Llama-3.1-8B GQA, BF16", arch({}), "bf16", 131_072],
    ["Qwen3-30B-A3B GQA, 48 layers x 4 heads", arch({ layers: 48, kvHeads: 4 }), "bf16", 98_304],
    ["DeepSeek-V3 MLA, 61 layers x (512 + 64)", arch({ layers: 61, attention: "mla", kvLoraRank: 512, qkRopeHeadDim: 64, kvHeads: undefined, headDim: undefined }), "bf16", 70_272],
    ["DeepSeek-V3 MLA in FP8", arch({ layers: 61, attention: "mla", kvLoraRank: 512, qkRopeHeadDim: 64, kvHeads: undefined, headDim: undefined }), "fp8", 35_136],
    ["Llama-3.1-8B in llama.cpp's q8_0 cache", arch({}), "q8_0", 131_072 * (34 / 32) / 2],
  ] as const)("%s", (_n, a, dtype, perToken) => {
    const k = kvLayout(a, dtype)!;
    expect(kvBytesForSequence(k, 1000) / 1000).toBeCloseTo(perToken, 6);
  });

  it("caps sliding-window layers at their window and keeps no cache for linear layers", () => {
    // gpt-oss-like: 36 layers, half sliding with a 128-token window.
    const g = kvLayout(arch({ layers: 36, kvHeads: 8, headDim: 64, layerPattern: { full: 18, sliding: 18, linear: 0 }, slidingWindow: 128 }))!;
    const perLayer = 2 * 8 * 64 * 2;
    expect(kvBytesForSequence(g, 8192)).toBe(perLayer * (18 * 8192 + 18 * 128));
    // Qwen3.5-like: 60 layers, 45 linear.
    const q = kvLayout(arch({ layers: 60, kvHeads: 2, headDim: 256, layerPattern: { full: 15, sliding: 0, linear: 45 } }))!;
    expect(kvBytesForSequence(q, 10_000)).toBe(2 * 2 * 256 * 2 * 15 * 10_000);
  });

  it("splits GQA heads under tensor parallelism but replicates an MLA latent on every GPU", () => {
    expect(kvShareUnderTensor(kvLayout(arch({}))!, 4)).toBe(0.25);
    expect(kvShareUnderTensor(kvLayout(arch({ kvHeads: 2 }))!, 8)).toBe(0.5);
    expect(kvShareUnderTensor(kvLayout(arch({ attention: "mla", kvLoraRank: 512, qkRopeHeadDim: 64 }))!, 8)).toBe(1);
  });
});
