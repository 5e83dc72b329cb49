import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitSetup, LLAMACPP_CONTEXT_BYTES, LLAMACPP_UBATCH, maxSequences, SERVING_MEMORY_SHARE } from "@/lib/physics/fit";
import { bitsOf, FORMAT_BITS, formatChoices, MEASURED_ONLY_BITS, runtimeReads, weightBytes } from "@/lib/physics/formats";
import { GIB, parallelismFor, physGpu } from "@/lib/physics/hardware";
import { KV_BYTES, kvBytesForSequence, kvLayout, kvShareUnderTensor } from "@/lib/physics/kv";
import { DEFAULT_EXPERTS, expertParamsOf, physModel, type PhysModel } from "@/lib/physics/model";
import { prepare } from "@/lib/physics/time-model";
import type { Architecture } from "@/lib/schema/catalog";
import type { Quantization, Runtime } from "@/lib/schema/common";
import { cite, makeGpu, makeModel } from "../../fixtures/catalog";

const arch = (a: Partial<Architecture> = {}): Architecture => ({ layers: 32, attention: "gqa", kvHeads: 8, headDim: 128, ...cite, ...a }) as Architecture;

describe("physGpu", () => {
  it("is undefined without a bandwidth", () => {
    expect(physGpu(makeGpu({ bandwidthGBs: undefined }))).toBeUndefined();
  });
  it("reads memory in GiB times the share the GPU may keep, bandwidth and FLOP/s in SI units", () => {
    expect(physGpu(makeGpu())).toStrictEqual({ id: "h100-sxm", memoryBytes: 80 * GIB, bandwidth: 3350e9, flopsBf16: 989e12, flopsFp8: 1979e12, interconnect: "nvlink", nodeSize: 8, apple: false, vendor: "NVIDIA", runtime: "vllm" });
    const mac = physGpu(makeGpu({ id: "m3", kind: "apple", vendor: "Apple", memoryGB: 128, gpuMemoryShare: 0.75, bandwidthGBs: 800, tflops: undefined, interconnect: undefined, nodeSize: undefined, runtime: "mlx" }));
    expect(mac).toStrictEqual({ id: "m3", memoryBytes: 96 * GIB, bandwidth: 800e9, interconnect: "unified", nodeSize: 1, apple: true, vendor: "Apple", runtime: "mlx" });
  });
  it("defaults the interconnect by kind and the node size by interconnect", () => {
    const g = (o: Parameters<typeof makeGpu>[0]) => physGpu(makeGpu({ interconnect: undefined, nodeSize: undefined, ...o }))!;
    expect([g({ kind: "datacenter" }).interconnect, g({ kind: "datacenter" }).nodeSize]).toEqual(["nvlink", 8]);
    expect([g({ kind: "consumer" }).interconnect, g({ kind: "consumer" }).nodeSize]).toEqual(["pcie", 4]);
    expect(g({ interconnect: "xgmi" }).nodeSize).toBe(8);
    expect(g({ interconnect: "hccs" }).nodeSize).toBe(8);
    expect(g({ interconnect: "pcie", nodeSize: 2 }).nodeSize).toBe(2);
    expect(g({ tflops: { bf16: 100 } }).flopsFp8).toBeUndefined();
    expect("flopsFp8" in g({ tflops: { bf16: 100 } })).toBe(false);
  });
  it("splits layers under llama.cpp and MLX, uses tensor parallelism within a node and across nodes beyond it", () => {
    const node = { nodeSize: 4 };
    expect(parallelismFor("vllm", node, 1)).toBe("single");
    expect(parallelismFor("llama.cpp", node, 1)).toBe("single");
    expect(parallelismFor("llama.cpp", node, 2)).toBe("layer-split");
    expect(parallelismFor("mlx", node, 8)).toBe("layer-split");
    expect(parallelismFor("vllm", node, 4)).toBe("tensor");
    expect(parallelismFor("sglang", node, 5)).toBe("tensor-multi-node");
  });
});

describe("kvLayout", () => {
  it("keeps 2 x heads x head size per layer for GQA, one head for MQA", () => {
    expect(kvLayout(arch())).toStrictEqual({ perLayer: 2 * 8 * 128 * 2, fullLayers: 32, slidingLayers: 0, window: 0, replicatedUnderTensor: false, kvHeads: 8 });
    expect(kvLayout(arch({ attention: "mqa", kvHeads: 8 }), "fp8")).toStrictEqual({ perLayer: 2 * 128, fullLayers: 32, slidingLayers: 0, window: 0, replicatedUnderTensor: false, kvHeads: 1 });
  });
  it("keeps the latent and the indexer key for MLA, replicated under tensor parallelism", () => {
    const k = kvLayout(arch({ attention: "mla", kvLoraRank: 512, qkRopeHeadDim: 64, indexer: { headDim: 128, bytesPerToken: 132 } }))!;
    expect(k).toStrictEqual({ perLayer: 576 * 2 + 132, fullLayers: 32, slidingLayers: 0, window: 0, replicatedUnderTensor: true, kvHeads: 1 });
  });
  it("is undefined where the architecture lacks what sets the cache", () => {
    expect(kvLayout(arch({ attention: "mla", kvLoraRank: 512 }))).toBeUndefined();
    expect(kvLayout(arch({ attention: "mla", qkRopeHeadDim: 64 }))).toBeUndefined();
    expect(kvLayout(arch({ headDim: undefined }))).toBeUndefined();
    expect(kvLayout(arch({ kvHeads: undefined }))).toBeUndefined();
  });
  it("reads the layer pattern and the window", () => {
    const k = kvLayout(arch({ layers: 36, layerPattern: { full: 18, sliding: 12, linear: 6 }, slidingWindow: 128 }), "q8_0")!;
    expect(k).toMatchObject({ fullLayers: 18, slidingLayers: 12, window: 128, perLayer: 2 * 8 * 128 * KV_BYTES.q8_0 });
    expect(kvBytesForSequence(k, 100)).toBe(k.perLayer * (18 * 100 + 12 * 100));
    expect(kvBytesForSequence(k, 1000)).toBe(k.perLayer * (18 * 1000 + 12 * 128));
  });
  it("gives one GPU of a tensor-parallel set its share of the heads, never under one head", () => {
    const k = kvLayout(arch())!;
    expect(kvShareUnderTensor(k, 1)).toBe(1);
    expect(kvShareUnderTensor(k, 0)).toBe(1);
    expect(kvShareUnderTensor(k, 2)).toBe(0.5);
    expect(kvShareUnderTensor(k, 16)).toBe(1 / 8);
  });
});

describe("physModel and expertParamsOf", () => {
  it("gives no experts where a model routes to all of them", () => {
    expect(expertParamsOf(100, 10, 8, 8, 0)).toBe(0);
    expect(expertParamsOf(100, 10, 4, 8, 0)).toBe(0);
  });
  it("takes the embedding out before splitting the inactive parameters over the experts not routed to", () => {
    // (100 - 10 - 6) / (16 - 2) = 6 per expert slot, 96 over 16 experts.
    expect(expertParamsOf(100, 10, 16, 2, 6)).toBe(96);
    expect(expertParamsOf(100, 10, 16, 2, 95)).toBe(0);
    // Never more than the total.
    expect(expertParamsOf(100, 10, 3, 2, 0)).toBe(100);
  });
  it("is undefined without parameters or an architecture", () => {
    expect(physModel(makeModel({ params: undefined }))).toBeUndefined();
    expect(physModel(makeModel({ architecture: undefined }))).toBeUndefined();
  });
  it("reads a dense model, its embedding and its untied head", () => {
    const m = physModel(makeModel({ nativeFormat: { format: "fp8", ...cite } }))!;
    const embed = 128_256 * 4096;
    expect(m).toStrictEqual({ id: "dense-8b", totalParams: 8.03 * 1e9, activeParams: 8.03 * 1e9, layers: 32, arch: makeModel().architecture, embedParams: embed, headParams: embed, expertParams: 0, experts: 0, expertsPerToken: 0, nativeFormat: "fp8" });
  });
  it("ties the head to the embedding, and has no embedding without both vocabulary and width", () => {
    expect(physModel(makeModel({ architecture: arch({ vocabSize: 1000, hiddenSize: 10, tiedEmbeddings: true }) }))).toMatchObject({ embedParams: 10_000, headParams: 0 });
    expect(physModel(makeModel({ architecture: arch({ vocabSize: 1000 }) }))).toMatchObject({ embedParams: 0, headParams: 0 });
    expect(physModel(makeModel({ architecture: arch({ hiddenSize: 10 }) }))).toMatchObject({ embedParams: 0, headParams: 0 });
  });
  it("sizes a MoE without expert counts as DeepSeek-V3's layout, and says so", () => {
    const m = physModel(makeModel({ params: { totalB: 100, activeB: 10, ...cite }, architecture: arch() }))!;
    expect(m).toMatchObject({ experts: DEFAULT_EXPERTS.experts, expertsPerToken: DEFAULT_EXPERTS.perToken, expertsAssumed: true, expertParams: expertParamsOf(100e9, 10e9, 256, 8, 0) });
    // 0.9 of the total active: dense.
    const d = physModel(makeModel({ params: { totalB: 100, activeB: 90, ...cite }, architecture: arch() }))!;
    expect(d).toMatchObject({ experts: 0, expertsPerToken: 0, expertParams: 0 });
    expect("expertsAssumed" in d).toBe(false);
    expect(physModel(makeModel({ params: { totalB: 100, activeB: 89, ...cite }, architecture: arch() }))!.expertsAssumed).toBe(true);
    // Stated counts are used as they are.
    const s = physModel(makeModel({ params: { totalB: 100, activeB: 10, ...cite }, architecture: arch({ experts: 64, expertsPerToken: 4 }) }))!;
    expect(s).toMatchObject({ experts: 64, expertsPerToken: 4, expertParams: expertParamsOf(100e9, 10e9, 64, 4, 0) });
    expect("expertsAssumed" in s).toBe(false);
    expect("nativeFormat" in s).toBe(false);
  });
});

describe("formats", () => {
  it("lets llama.cpp and MLX read GGUF formats, the serving runtimes the others", () => {
    const reads = (r: Runtime) => (["bf16", "fp8", "int8", "int4", "q8_0", "q4_k_m", "mxfp4"] as Quantization[]).filter((q) => runtimeReads(r, q));
    expect(reads("llama.cpp")).toEqual(["bf16", "q8_0", "q4_k_m", "mxfp4"]);
    expect(reads("mlx")).toEqual(["bf16", "q8_0", "q4_k_m", "mxfp4"]);
    expect(reads("vllm")).toEqual(["bf16", "fp8", "int8", "int4", "mxfp4"]);
    expect(reads("tensorrt-llm")).toEqual(["bf16", "fp8", "int8", "int4", "mxfp4"]);
  });
  it("holds the bits per weight of each format, as published", () => {
    expect(FORMAT_BITS.int4).toEqual({ body: 4.25, experts: 4.25, embed: 16, head: 16, tied: 16 });
    expect(FORMAT_BITS.fp8).toEqual({ body: 8, experts: 8, embed: 16, head: 16, tied: 16 });
    expect(MEASURED_ONLY_BITS).toEqual({
      f16: FORMAT_BITS.bf16,
      q4_0: { body: 4.5, experts: 4.5, embed: 4.5, head: 6.5625, tied: 6.5625 },
      q5_k_m: { body: 5.65, experts: 5.65, embed: 5.5, head: 6.5625, tied: 6.5625 },
      q6_k: { body: 6.5625, experts: 6.5625, embed: 6.5625, head: 6.5625, tied: 6.5625 },
      iq3_xxs: { body: 3.0625, experts: 3.0625, embed: 4.5, head: 6.5625, tied: 6.5625 },
      iq2_xxs: { body: 2.0625, experts: 2.0625, embed: 4.5, head: 6.5625, tied: 6.5625 },
      "awq-int4": FORMAT_BITS.int4,
      "mlx-4bit": { body: 4.5, experts: 4.5, embed: 4.5, head: 4.5, tied: 4.5 },
      "mlx-4bit-qat": { body: 4.5, experts: 4.5, embed: 4.5, head: 4.5, tied: 4.5 },
    });
  });
  it("stores MXFP4 with the rest in Q8_0 as GGUF, in BF16 as a checkpoint", () => {
    expect(bitsOf("mxfp4", "llama.cpp")).toEqual({ body: 8.5, experts: 4.25, embed: 8.5, head: 8.5, tied: 8.5 });
    expect(bitsOf("mxfp4", "mlx")).toEqual({ body: 8.5, experts: 4.25, embed: 8.5, head: 8.5, tied: 8.5 });
    expect(bitsOf("mxfp4", "vllm")).toBe(FORMAT_BITS.mxfp4);
    expect(bitsOf("q4_k_m", "llama.cpp")).toBe(FORMAT_BITS.q4_k_m);
    expect(bitsOf("q6_k", "llama.cpp")).toBe(MEASURED_ONLY_BITS.q6_k);
    for (const f of ["toString", "__proto__", "constructor", "q3_k"]) expect(bitsOf(f, "llama.cpp")).toBeUndefined();
  });
  it("counts each part of the weights at its own bits", () => {
    const m: PhysModel = { id: "m", totalParams: 10e9, activeParams: 4e9, layers: 10, embedParams: 1e9, headParams: 1e9, expertParams: 4e9, experts: 8, expertsPerToken: 2 };
    const w = weightBytes(m, FORMAT_BITS.q4_k_m);
    expect(w).toEqual({ embed: (1e9 * 4.5) / 8, head: (1e9 * 6.5625) / 8, experts: (4e9 * 4.7986) / 8, body: (4e9 * 4.7986) / 8, total: Math.round((1e9 * 4.5 + 1e9 * 6.5625 + 8e9 * 4.7986) / 8) });
    // A tied embedding is stored at the head's type.
    expect(weightBytes({ ...m, headParams: 0 }, FORMAT_BITS.q4_k_m).embed).toBe((1e9 * 6.5625) / 8);
    expect(weightBytes({ ...m, embedParams: 0, headParams: 0 }, FORMAT_BITS.q4_k_m)).toMatchObject({ embed: 0, head: 0, body: (6e9 * 4.7986) / 8 });
    // More parts than parameters leave no body.
    expect(weightBytes({ ...m, totalParams: 1e9 }, FORMAT_BITS.bf16).body).toBe(0);
  });
  it("offers the native format and every lower one, MXFP4 only where native", () => {
    expect(formatChoices({})).toEqual(["bf16", "fp8", "q8_0", "int4", "q4_k_m"]);
    expect(formatChoices({ nativeFormat: "bf16" })).toEqual(["bf16", "fp8", "q8_0", "int4", "q4_k_m"]);
    expect(formatChoices({ nativeFormat: "fp8" })).toEqual(["fp8", "q8_0", "int4", "q4_k_m"]);
    expect(formatChoices({ nativeFormat: "int8" })).toEqual(["fp8", "q8_0", "int4", "q4_k_m"]);
    expect(formatChoices({ nativeFormat: "q4_k_m" })).toEqual(["q4_k_m"]);
    expect(formatChoices({ nativeFormat: "mxfp4" })).toEqual(["mxfp4"]);
  });
});

describe("fitSetup", () => {
  const dense = physModel(makeModel())!;
  const h100 = physGpu(makeGpu())!;
  const r4090 = physGpu(makeGpu({ id: "rtx-4090", kind: "consumer", memoryGB: 24, bandwidthGBs: 1008, runtime: "llama.cpp", interconnect: "pcie", tflops: { bf16: 165 } }))!;
  const setup = (m: PhysModel, gpu = h100, count = 1, format: Quantization = "bf16", runtime: Runtime = gpu.runtime) =>
    prepare({ model: m, format, runtime, gpu, count, parallelism: parallelismFor(runtime, gpu, count), kvDtype: "bf16" })!;

  it("keeps half a GiB per GPU for llama.cpp's context", () => {
    expect(LLAMACPP_CONTEXT_BYTES).toBe(2 ** 29);
    expect(SERVING_MEMORY_SHARE).toBe(0.9);
    expect(LLAMACPP_UBATCH).toBe(512);
  });
  it("sizes SGLang and TensorRT-LLM as vLLM: 90 % of each GPU", () => {
    for (const runtime of ["sglang", "tensorrt-llm"] as const) {
      const p = setup(dense, { ...h100, runtime }, 1, "bf16", runtime);
      const kv = kvBytesForSequence(p.kv!, 1000);
      expect(fitSetup(p, 1, 1000).perGpuBytes).toBe((p.weights.total + kv) / SERVING_MEMORY_SHARE);
    }
  });
  it("reads 128k tokens of vocabulary for a model without an architecture", () => {
    const bare: PhysModel = { id: "b", totalParams: 1e9, activeParams: 1e9, layers: 10, embedParams: 0, headParams: 0, expertParams: 0, experts: 0, expertsPerToken: 0 };
    const p = setup(bare, r4090, 1, "q8_0");
    expect(fitSetup(p, 1, 1000).overheadBytes).toBe(LLAMACPP_CONTEXT_BYTES + 128_000 * 512 * 4);
  });
  it("lays a MoE's experts with its layers under a layer split", () => {
    const moe = physModel(makeModel({ params: { totalB: 30, activeB: 3, ...cite }, architecture: arch({ layers: 48, kvHeads: 4, experts: 128, expertsPerToken: 8, vocabSize: 1000, hiddenSize: 1000 }) }))!;
    const p = setup(moe, r4090, 2, "q4_k_m");
    const w = p.weights;
    expect(w.experts).toBeGreaterThan(0);
    const kv = kvBytesForSequence(p.kv!, 1000);
    expect(fitSetup(p, 1, 1000).perGpuBytes).toBeCloseTo(24 * ((w.body + w.experts) / 48 + kv / 48) + LLAMACPP_CONTEXT_BYTES + w.head + 1000 * 512 * 4, 0);
  });
  it("gives a serving runtime 90 % of each GPU for weights and KV cache", () => {
    const p = setup(dense);
    const kv = kvBytesForSequence(p.kv!, 1000) * 4;
    const per = (p.weights.total + kv) / SERVING_MEMORY_SHARE;
    expect(fitSetup(p, 4, 1000)).toEqual({ fits: true, weightsBytes: p.weights.total, kvCacheBytes: kv, overheadBytes: per - p.weights.total - kv, totalBytes: per, perGpuBytes: per, perGpuCapacity: 80 * GIB });
  });
  it("splits weights and KV heads over a tensor-parallel set", () => {
    const p = setup(dense, h100, 2);
    const kv = kvBytesForSequence(p.kv!, 2000) * 3;
    const per = (p.weights.total / 2 + kv * 0.5) / SERVING_MEMORY_SHARE;
    const f = fitSetup(p, 3, 2000);
    expect(f.perGpuBytes).toBeCloseTo(per, 0);
    expect(f.kvCacheBytes).toBeCloseTo(kv, 0);
    expect(f.totalBytes).toBeCloseTo(per * 2, 0);
    expect(f.overheadBytes).toBeCloseTo(per * 2 - p.weights.total - kv, 0);
  });
  it("splits the weights evenly over a set whose model has no known KV layout", () => {
    const noKv = physModel(makeModel({ architecture: arch({ headDim: undefined }) }))!;
    const p = setup(noKv, h100, 4);
    expect(p.kv).toBeUndefined();
    expect(fitSetup(p, 8, 4000)).toMatchObject({ kvCacheBytes: 0, perGpuBytes: p.weights.total / 4 / SERVING_MEMORY_SHARE });
  });
  it("refuses a serving setup over 90 % of the GPU", () => {
    const p = setup(dense);
    const cap = 80 * GIB * SERVING_MEMORY_SHARE;
    const perSeq = kvBytesForSequence(p.kv!, 8192);
    const most = Math.floor((cap - p.weights.total) / perSeq);
    expect(fitSetup(p, most, 8192).fits).toBe(true);
    expect(fitSetup(p, most + 1, 8192).fits).toBe(false);
    expect(maxSequences(p, 8192)).toBe(most);
  });
  it("keeps llama.cpp's embedding in host memory, with a context allowance and one micro-batch of logits", () => {
    const p = setup(dense, r4090, 1, "q4_k_m");
    const kv = kvBytesForSequence(p.kv!, 4096) * 2;
    const logits = 128_256 * LLAMACPP_UBATCH * 4;
    const need = p.weights.total - p.weights.embed + kv + LLAMACPP_CONTEXT_BYTES + logits;
    expect(fitSetup(p, 2, 4096)).toEqual({ fits: need <= 24 * GIB, weightsBytes: p.weights.total, kvCacheBytes: kv, overheadBytes: LLAMACPP_CONTEXT_BYTES + logits, totalBytes: need, perGpuBytes: need, perGpuCapacity: 24 * GIB });
  });
  it("puts a tied embedding on the GPU, as the head, and reads 128k tokens of vocabulary where none is given", () => {
    const tied = physModel(makeModel({ architecture: arch({ vocabSize: 100_000, hiddenSize: 4096, tiedEmbeddings: true }) }))!;
    const p = setup(tied, r4090, 1, "q8_0");
    expect(p.weights.head).toBe(0);
    const kv = kvBytesForSequence(p.kv!, 1000);
    expect(fitSetup(p, 1, 1000).perGpuBytes).toBe(p.weights.total + kv + LLAMACPP_CONTEXT_BYTES + 100_000 * 512 * 4);
    const noVocab = physModel(makeModel({ architecture: arch() }))!;
    const q = setup(noVocab, r4090, 1, "q8_0");
    expect(fitSetup(q, 1, 1000).overheadBytes).toBe(LLAMACPP_CONTEXT_BYTES + 128_000 * 512 * 4);
  });
  it("lays whole layers on each GPU of a layer split, the head on the fullest one", () => {
    const p = setup(dense, r4090, 3, "q8_0");
    expect(p.parallelism).toBe("layer-split");
    const kv = kvBytesForSequence(p.kv!, 2048) * 2;
    const w = p.weights;
    const perLayer = (w.body + w.experts) / 32 + kv / 32;
    const logits = 128_256 * 512 * 4;
    const f = fitSetup(p, 2, 2048);
    expect(f.perGpuBytes).toBeCloseTo(11 * perLayer + LLAMACPP_CONTEXT_BYTES + w.head + logits, 0);
    expect(f.totalBytes).toBeCloseTo(w.total - w.embed + kv + 3 * LLAMACPP_CONTEXT_BYTES + logits, 0);
    expect(f.overheadBytes).toBe(3 * LLAMACPP_CONTEXT_BYTES + logits);
    expect(f.kvCacheBytes).toBe(kv);
    expect(f.fits).toBe(f.perGpuBytes <= 24 * GIB);
    // A tied embedding on a split goes with the head.
    const tied = physModel(makeModel({ architecture: arch({ vocabSize: 100_000, hiddenSize: 4096, tiedEmbeddings: true }) }))!;
    const t = setup(tied, r4090, 2, "q8_0");
    const ft = fitSetup(t, 1, 100);
    expect(ft.perGpuBytes).toBeCloseTo(16 * ((t.weights.body + kvBytesForSequence(t.kv!, 100)) / 32) + LLAMACPP_CONTEXT_BYTES + t.weights.embed + 100_000 * 512 * 4, 0);
    expect(ft.totalBytes).toBeCloseTo(t.weights.total + kvBytesForSequence(t.kv!, 100) + 2 * LLAMACPP_CONTEXT_BYTES + 100_000 * 512 * 4, 0);
  });
});

describe("maxSequences", () => {
  const r4090 = physGpu(makeGpu({ id: "rtx-4090", kind: "consumer", memoryGB: 24, bandwidthGBs: 1008, runtime: "llama.cpp", interconnect: "pcie", tflops: { bf16: 165 } }))!;
  const h100 = physGpu(makeGpu())!;
  const dense = physModel(makeModel())!;
  const p = (gpu = r4090, count = 1, format: Quantization = "q4_k_m", m = dense) => prepare({ model: m, format, runtime: gpu.runtime, gpu, count, parallelism: parallelismFor(gpu.runtime, gpu, count), kvDtype: "bf16" })!;

  it("is the most sequences that fit (property)", () => {
    fc.assert(fc.property(fc.constantFrom(1, 2, 3), fc.constantFrom<Quantization>("q4_k_m", "q8_0"), fc.integer({ min: 256, max: 262_144 }), (count, format, ctx) => {
      const s = p(r4090, count, format);
      const n = maxSequences(s, ctx);
      if (n === 0) expect(fitSetup(s, 1, ctx).fits).toBe(false);
      else {
        expect(fitSetup(s, n, ctx).fits).toBe(true);
        if (n < 4096) expect(fitSetup(s, n + 1, ctx).fits).toBe(false);
      }
    }));
  });
  it("is 0 when one sequence does not fit, the limit when the cache does not grow", () => {
    const big = physModel(makeModel({ params: { totalB: 70, activeB: 70, ...cite } }))!;
    expect(maxSequences(p(r4090, 1, "bf16", big), 1000)).toBe(0);
    const noKv = physModel(makeModel({ architecture: arch({ headDim: undefined }) }))!;
    expect(maxSequences(p(h100, 1, "bf16", noKv), 1000)).toBe(4096);
    expect(maxSequences(p(h100, 1, "bf16", noKv), 1000, 10)).toBe(10);
    expect(maxSequences(p(h100, 1, "bf16"), 100, 7)).toBe(7);
  });
});
