import { describe, expect, it } from "vitest";
import { computeMemory, deviceBytes, fits, kvBytesPerToken, weightsBytes } from "@/lib/engine/memory";
import { makeGpu, makeModel } from "../../fixtures/catalog";

const cite = { source: "https://example.org/config", asOf: "2025-01-01" };

describe("KV cache per token (DeepSeek-V2 paper, Table 1, x 2 bytes)", () => {
  it.each([
    // meta-llama/Llama-3.1-8B config.json: 32 layers, 8 KV heads, head_dim 128
    ["Llama-3.1-8B (GQA)", { layers: 32, attention: "gqa" as const, kvHeads: 8, headDim: 128 }, 131_072],
    // Qwen/Qwen3-30B-A3B config.json: 48 layers, 4 KV heads, head_dim 128
    ["Qwen3-30B-A3B (MoE, GQA)", { layers: 48, attention: "gqa" as const, kvHeads: 4, headDim: 128 }, 98_304],
    // mistralai/Mixtral-8x7B-v0.1 config.json: 32 layers, 8 KV heads, head_dim 128
    ["Mixtral-8x7B (MoE, GQA)", { layers: 32, attention: "gqa" as const, kvHeads: 8, headDim: 128 }, 131_072],
    // deepseek-ai/DeepSeek-V3 config_671B.json: 61 layers, kv_lora_rank 512, qk_rope_head_dim 64
    ["DeepSeek-V3 (MLA)", { layers: 61, attention: "mla" as const, kvLoraRank: 512, qkRopeHeadDim: 64 }, 70_272],
    ["an MQA model keeps one KV head", { layers: 10, attention: "mqa" as const, kvHeads: 1, headDim: 64 }, 2_560],
  ])("%s", (_name, arch, bytes) => {
    expect(kvBytesPerToken({ ...arch, ...cite })).toBe(bytes);
  });
});

describe("weights", () => {
  it.each([
    [8, "bf16" as const, 16e9],
    [671, "fp8" as const, 671e9],
    [70, "int8" as const, 70e9],
    // llama.cpp Q4_K_M at 4.8944 bits: 8B -> 4.8944 GB (the README's 8B file is 4.9 GB)
    [8, "q4" as const, 4_894_400_000],
  ])("%d B parameters at %s take %d bytes", (b, q, bytes) => {
    expect(weightsBytes(b, q)).toBe(bytes);
  });

  it("keeps every expert of a Mixture of Experts resident", () => {
    const moe = makeModel({ params: { totalB: 30.5, activeB: 3.3, ...cite }, architecture: { layers: 48, attention: "gqa", kvHeads: 4, headDim: 128, ...cite } });
    expect(computeMemory(moe, { quant: "bf16", contextTokens: 0, batch: 1 })?.weightsBytes).toBe(61e9);
  });
});

describe("computeMemory", () => {
  it("adds KV for every sequence and the runtime's 10 % reserve", () => {
    const m = computeMemory(makeModel(), { quant: "bf16", contextTokens: 8192, batch: 8 });
    expect(m?.kvCacheBytes).toBe(131_072 * 8192 * 8);
    expect(m?.totalBytes).toBe(Math.ceil((16e9 + 131_072 * 8192 * 8) / 0.9));
    expect((m?.weightsBytes ?? 0) + (m?.kvCacheBytes ?? 0) + (m?.overheadBytes ?? 0)).toBe(m?.totalBytes);
  });

  it("is undefined without attention dimensions", () => {
    expect(computeMemory(makeModel({ architecture: undefined }), { quant: "bf16", contextTokens: 1, batch: 1 })).toBeUndefined();
  });

  it("gives DeepSeek-V3 8.6 GiB of BF16 KV for one 128K sequence", () => {
    const v3 = makeModel({ params: { totalB: 671, activeB: 37, ...cite }, architecture: { layers: 61, attention: "mla", kvLoraRank: 512, qkRopeHeadDim: 64, ...cite } });
    const kv = computeMemory(v3, { quant: "fp8", contextTokens: 131_072, batch: 1 })?.kvCacheBytes ?? 0;
    expect(kv / 2 ** 30).toBeCloseTo(8.58, 2);
  });
});

describe("device memory", () => {
  it("splits over several GPUs", () => {
    expect(fits(150e9, makeGpu(), 2)).toBe(true);
    expect(fits(160e9 + 1, makeGpu(), 2)).toBe(false);
    expect(fits(160e9, makeGpu(), 2)).toBe(true);
  });
  it("counts only the GPU share of Apple unified memory", () => {
    expect(deviceBytes(makeGpu({ memoryGB: 128, gpuMemoryShare: 0.75 }), 1)).toBe(96e9);
  });
});
