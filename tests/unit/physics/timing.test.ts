import { describe, expect, it } from "vitest";
import { accuracyByClass, estimateRow, meanContext, measuredPerRequest, replay, rowSetup, type CatalogView, type Replayed } from "@/lib/physics/calibration";
import { CLASS_RANGES, TIME_CONSTANTS } from "@/lib/physics/constants";
import { classOf, estimate, ranged, runtimeFor } from "@/lib/physics/estimate";
import { fitSetup, maxSequences } from "@/lib/physics/fit";
import { GIB, physGpu, type PhysGpu } from "@/lib/physics/hardware";
import { physModel, type PhysModel } from "@/lib/physics/model";
import { backendOf, decodeStepSeconds, efficiency, familyOf, prefillSeconds, prepare, touchedExperts, weightBytesPerStep, type TimeConstants } from "@/lib/physics/time-model";
import type { CalibrationRow } from "@/lib/schema/calibration";
import type { Architecture } from "@/lib/schema/catalog";
import type { Parallelism, Runtime } from "@/lib/schema/common";
import { cite, makeGpu, makeModel } from "../../fixtures/catalog";

const RUNTIMES: Runtime[] = ["llama.cpp", "mlx", "vllm", "sglang", "tensorrt-llm"];
const each = <T>(v: T) => Object.fromEntries(RUNTIMES.map((r) => [r, v])) as Record<Runtime, T>;
const links = <T>(v: T, nvlink: T) => ({ nvlink, pcie: v, xgmi: v, hccs: v, unified: v });

/** Round constants, one figure per term, so each term of a step can be read off the result. */
const C: TimeConstants = {
  efficiency: { ...each({ default: 0.5 }), sglang: { default: 0.5, f16: 0.8, "8bit": 0.25 } },
  backend: { cuda: 1, rocm: 0.5, metal: 0.25 },
  stepSeconds: each(1e-3),
  layerSeconds: each(1e-5),
  moeLayerSeconds: each(2e-5),
  tensorLayerSeconds: links(4e-5, 3e-5),
  moeParallelLayerSeconds: links(9e-5, 5e-5),
  hopSeconds: 7e-4,
  nodeLayerSeconds: 6e-5,
  decodeCompute: each(0.5),
  prefillCompute: each(0.5),
};

const arch = { layers: 10, attention: "gqa", kvHeads: 1, headDim: 64, ...cite } as Architecture;
/** 1 B parameters, 10 layers, no embedding: 2e9 bytes in BF16; 2,560 bytes of KV cache per token. */
const dense: PhysModel = { id: "d", totalParams: 1e9, activeParams: 1e9, layers: 10, arch, embedParams: 0, headParams: 0, expertParams: 0, experts: 0, expertsPerToken: 0 };
/** 4 experts, 1 routed per token: 0.4e9 bytes of body and 1.6e9 of experts in BF16. */
const moe: PhysModel = { ...dense, id: "m", activeParams: 4e8, expertParams: 8e8, experts: 4, expertsPerToken: 1 };
const gpu: PhysGpu = { id: "g", memoryBytes: 80 * GIB, bandwidth: 1e12, flopsBf16: 1e15, interconnect: "nvlink", nodeSize: 2, apple: false, vendor: "NVIDIA", runtime: "vllm" };
const setup = (model: PhysModel, count: number, parallelism: Parallelism, runtime: Runtime = "vllm", g: PhysGpu = gpu, format = "bf16") =>
  prepare({ model, format, runtime, gpu: g, count, parallelism, kvDtype: "bf16" })!;

describe("the time model's parts", () => {
  it("groups formats by kernel family", () => {
    expect(["bf16", "f16", "fp8", "int8", "q8_0", "mxfp4", "int4", "awq-int4", "q4_k_m", "q6_k"].map(familyOf)).toEqual(["f16", "f16", "8bit", "8bit", "8bit", "mxfp4", "int4", "int4", "kquant", "kquant"]);
  });
  it("reads the backend from the vendor", () => {
    expect(backendOf({ apple: true, vendor: "Apple" })).toBe("metal");
    expect(backendOf({ apple: false, vendor: "AMD" })).toBe("rocm");
    expect(backendOf({ apple: false, vendor: "Advanced Micro Devices (amd)" })).toBe("rocm");
    expect(backendOf({ apple: false, vendor: "NVIDIA" })).toBe("cuda");
  });
  it("prepares a setup once per format, runtime family and KV type, and not for a format it does not know", () => {
    expect(prepare({ model: dense, format: "q3_k", runtime: "llama.cpp", gpu, count: 1, parallelism: "single", kvDtype: "bf16" })).toBeUndefined();
    const a = setup(dense, 1, "single");
    expect(a).toMatchObject({ model: dense, format: "bf16", runtime: "vllm", gpu, count: 1, parallelism: "single", kvDtype: "bf16", backend: "cuda" });
    expect(a.weights).toEqual({ total: 2e9, embed: 0, head: 0, experts: 0, body: 2e9 });
    expect(a.kv?.perLayer).toBe(256);
    expect(setup(dense, 2, "tensor", "sglang").weights).toBe(a.weights);
    const gguf = prepare({ model: moe, format: "mxfp4", runtime: "llama.cpp", gpu, count: 1, parallelism: "single", kvDtype: "fp8" })!;
    const served = prepare({ model: moe, format: "mxfp4", runtime: "vllm", gpu, count: 1, parallelism: "single", kvDtype: "fp8" })!;
    expect(gguf.weights.body).toBe((2e8 * 8.5) / 8);
    expect(served.weights.body).toBe((2e8 * 16) / 8);
    expect(gguf.kv?.perLayer).toBe(128);
    expect(prepare({ model: { ...dense, arch: undefined }, format: "bf16", runtime: "vllm", gpu, count: 1, parallelism: "single", kvDtype: "bf16" })!.kv).toBeUndefined();
  });
  it("touches k/E of the experts at one request, more as the batch grows", () => {
    expect(touchedExperts(moe, 1)).toBe(0.25);
    expect(touchedExperts(moe, 0)).toBe(0.25);
    expect(touchedExperts(moe, 2)).toBeCloseTo(1 - 0.75 ** 2, 12);
    expect(touchedExperts(dense, 5)).toBe(1);
    expect(touchedExperts({ experts: 4, expertsPerToken: 0 }, 5)).toBe(1);
    expect(weightBytesPerStep(setup(moe, 1, "single"), 1)).toBeCloseTo(4e8 + 1.6e9 * 0.25, 0);
  });
  it("takes efficiency by runtime and format family, times the backend", () => {
    expect(efficiency(C, { runtime: "vllm", format: "bf16", backend: "cuda" })).toBe(0.5);
    expect(efficiency(C, { runtime: "sglang", format: "bf16", backend: "cuda" })).toBe(0.8);
    expect(efficiency(C, { runtime: "sglang", format: "fp8", backend: "rocm" })).toBe(0.125);
    expect(efficiency(C, { runtime: "sglang", format: "q4_k_m", backend: "metal" })).toBe(0.125);
  });
});

describe("the fitted constants", () => {
  it("give every runtime, format family and backend an efficiency within (0, 1]", () => {
    for (const runtime of RUNTIMES) for (const format of ["bf16", "fp8", "q4_k_m", "mxfp4", "int4"]) for (const backend of ["cuda", "rocm", "metal"] as const) {
      const e = efficiency(TIME_CONSTANTS, { runtime, format, backend });
      expect(e, `${runtime} ${format} ${backend}`).toBeGreaterThan(0);
      expect(e).toBeLessThanOrEqual(1);
    }
  });
  it("give every class a range around the estimate: low under 1, high over 1", () => {
    for (const kind of ["decode", "prefill"] as const) for (const [cls, r] of Object.entries(CLASS_RANGES[kind])) {
      expect(r.low, `${kind} ${cls}`).toBeGreaterThan(0);
      expect(r.low).toBeLessThan(1);
      expect(r.high).toBeGreaterThan(1);
    }
  });
});

describe("decodeStepSeconds", () => {
  // Memory: bytes / (0.5 x 1e12); compute: 2 x active x batch / (0.5 x 1e15 x parallel); fixed by runtime, layers and links.
  it("one GPU: weights and cache read once, plus the step and layer costs", () => {
    expect(decodeStepSeconds(C, setup(dense, 1, "single"), 1, 1000)).toBeCloseTo((2e9 + 2.56e6) / 5e11 + 1e-3 + 10 * 1e-5, 12);
  });
  it("becomes compute-bound at a large batch", () => {
    expect(decodeStepSeconds(C, setup(dense, 1, "single"), 10_000, 1)).toBeCloseTo((2 * 1e9 * 10_000) / 5e14 + 1.1e-3, 12);
  });
  it("ignores compute on a GPU without a FLOP/s figure", () => {
    const noFlops = { ...gpu, flopsBf16: undefined };
    expect(decodeStepSeconds(C, setup(dense, 1, "single", "vllm", noFlops), 10_000, 1)).toBeCloseTo((2e9 + 10_000 * 2560) / 5e11 + 1.1e-3, 12);
  });
  it("tensor parallelism: each GPU reads its slice, plus the all-reduces per layer", () => {
    // One KV head: every GPU keeps the whole cache.
    expect(decodeStepSeconds(C, setup(dense, 2, "tensor"), 1, 1000)).toBeCloseTo((1e9 + 2.56e6) / 5e11 + 1.1e-3 + 10 * 3e-5, 12);
    const pcie = { ...gpu, interconnect: "pcie" as const };
    expect(decodeStepSeconds(C, setup(dense, 2, "tensor", "vllm", pcie), 1, 1000)).toBeCloseTo((1e9 + 2.56e6) / 5e11 + 1.1e-3 + 10 * 4e-5, 12);
    const heads = { ...dense, arch: { ...arch, kvHeads: 4 } };
    expect(decodeStepSeconds(C, setup(heads, 2, "tensor"), 1, 1000)).toBeCloseTo((1e9 + 4 * 2.56e6 * 0.5) / 5e11 + 1.4e-3, 12);
  });
  it("across nodes: node hops per layer and a hop per extra node", () => {
    expect(decodeStepSeconds(C, setup(dense, 4, "tensor-multi-node"), 1, 1000)).toBeCloseTo((1e9 + 2.56e6) / 5e11 + 1.1e-3 + 10 * 3e-5 + 10 * 6e-5 + 7e-4, 12);
    // A node larger than the set: one lane.
    const wide = { ...gpu, nodeSize: 8 };
    expect(decodeStepSeconds(C, setup(dense, 4, "tensor-multi-node", "vllm", wide), 1, 1000)).toBeCloseTo((0.5e9 + 2.56e6) / 5e11 + 1.1e-3 + 10 * 3e-5 + 10 * 6e-5, 12);
  });
  it("layer split: the slices read one after another, a hop per extra GPU", () => {
    expect(decodeStepSeconds(C, setup(dense, 3, "layer-split", "llama.cpp"), 1, 1000)).toBeCloseTo((2e9 + 2.56e6) / 5e11 + 1.1e-3 + 2 * 7e-4, 12);
    expect(decodeStepSeconds(C, setup({ ...dense, arch: { ...arch, kvHeads: 4 } }, 2, "layer-split", "llama.cpp"), 1, 1000)).toBeCloseTo((2e9 + 4 * 2.56e6) / 5e11 + 1.1e-3 + 7e-4, 12);
  });
  it("a MoE reads the experts it routes to, with routing costs per layer, more when spread over GPUs", () => {
    expect(decodeStepSeconds(C, setup(moe, 1, "single"), 1, 1000)).toBeCloseTo((8e8 + 2.56e6) / 5e11 + 1.1e-3 + 10 * 2e-5, 12);
    expect(decodeStepSeconds(C, setup(moe, 2, "tensor"), 1, 1000)).toBeCloseTo((4e8 + 2.56e6) / 5e11 + 1.1e-3 + 10 * 2e-5 + 10 * 3e-5 + 10 * 5e-5, 12);
    expect(decodeStepSeconds(C, setup(moe, 4, "tensor-multi-node"), 1, 1000)).toBeCloseTo((4e8 + 2.56e6) / 5e11 + 1.1e-3 + 10 * 2e-5 + 10 * 3e-5 + 10 * 5e-5 + 10 * 6e-5 + 7e-4, 12);
    expect(decodeStepSeconds(C, setup(moe, 2, "layer-split", "llama.cpp"), 1, 1000)).toBeCloseTo((8e8 + 2.56e6) / 5e11 + 1.1e-3 + 10 * 2e-5 + 7e-4, 12);
  });
  it("uses FP8 FLOP/s for 8-bit, MXFP4 and INT4 formats where the GPU has them", () => {
    const fp8 = { ...gpu, flopsFp8: 4e15 };
    const t = (format: string, g: PhysGpu = fp8) => decodeStepSeconds(C, setup(dense, 1, "single", "vllm", g, format), 1_000_000, 1);
    expect(t("fp8")).toBeCloseTo((2e9 * 1e6) / (0.5 * 4e15) + 1.1e-3, 9);
    expect(t("int4")).toBeCloseTo((2e9 * 1e6) / (0.5 * 4e15) + 1.1e-3, 9);
    expect(t("mxfp4")).toBeCloseTo((2e9 * 1e6) / (0.5 * 4e15) + 1.1e-3, 9);
    expect(t("bf16")).toBeCloseTo((2e9 * 1e6) / (0.5 * 1e15) + 1.1e-3, 9);
    expect(t("fp8", gpu)).toBeCloseTo((2e9 * 1e6) / (0.5 * 1e15) + 1.1e-3, 9);
  });
});

describe("prefillSeconds", () => {
  it("is undefined without a FLOP/s figure", () => {
    expect(prefillSeconds(C, setup(dense, 1, "single", "vllm", { ...gpu, flopsBf16: undefined }), 1000)).toBeUndefined();
  });
  it("reads the weights once per 512-token chunk where that is slower than the compute, plus one decode step", () => {
    const p = setup(dense, 1, "single");
    // compute 2e9 x 1000 / 5e14 = 4 ms; reads 2 chunks x 2e9 / 5e11 = 8 ms.
    expect(prefillSeconds(C, p, 1000)).toBeCloseTo(8e-3 + decodeStepSeconds(C, p, 1, 1000), 12);
    expect(prefillSeconds(C, p, 512)).toBeCloseTo(4e-3 + decodeStepSeconds(C, p, 1, 512), 12);
  });
  it("is compute-bound on a slow GPU, split over a tensor-parallel set", () => {
    const slow = { ...gpu, flopsBf16: 1e13 };
    expect(prefillSeconds(C, setup(dense, 1, "single", "vllm", slow), 1000)).toBeCloseTo(0.4 + decodeStepSeconds(C, setup(dense, 1, "single", "vllm", slow), 1, 1000), 12);
    const p2 = setup(dense, 2, "tensor", "vllm", slow);
    expect(prefillSeconds(C, p2, 1000)).toBeCloseTo(0.2 + decodeStepSeconds(C, p2, 1, 1000), 12);
  });
  it("touches the experts a 512-token chunk routes to", () => {
    const p = setup(moe, 1, "single");
    const reads = (4e8 + 1.6e9 * touchedExperts(moe, 100)) / 5e11;
    expect(prefillSeconds(C, p, 100)).toBeCloseTo(Math.max((2 * 4e8 * 100) / 5e14, reads) + decodeStepSeconds(C, p, 1, 100), 12);
  });
});

describe("estimate", () => {
  const model = physModel(makeModel())!;
  const h100 = physGpu(makeGpu())!;
  const r4090 = physGpu(makeGpu({ id: "rtx-4090", kind: "consumer", memoryGB: 24, bandwidthGBs: 1008, runtime: "llama.cpp", interconnect: "pcie", tflops: { bf16: 165 } }))!;
  const mac = physGpu(makeGpu({ id: "m3", kind: "apple", vendor: "Apple", memoryGB: 64, bandwidthGBs: 400, tflops: undefined, runtime: "mlx" }))!;

  it("classes a setup by the measurements whose error sets its range", () => {
    const p = (parallelism: Parallelism, runtime: Runtime = "vllm", g: PhysGpu = h100, m = model) => ({ gpu: g, parallelism, runtime, model: m });
    expect(classOf(p("single", "mlx", mac), 8)).toBe("apple");
    expect(classOf(p("single", "vllm"), 2)).toBe("datacenter-serving");
    expect(classOf(p("tensor", "sglang"), 2)).toBe("datacenter-serving");
    expect(classOf(p("tensor", "tensorrt-llm"), 2)).toBe("datacenter-serving");
    expect(classOf(p("single", "vllm"), 1)).toBe("single-dense");
    expect(classOf(p("tensor", "vllm"), 1)).toBe("multi-tensor");
    expect(classOf(p("tensor-multi-node", "vllm"), 1)).toBe("multi-tensor");
    expect(classOf(p("layer-split", "llama.cpp", r4090), 4)).toBe("multi-layer-split");
    expect(classOf(p("single", "llama.cpp", r4090), 4)).toBe("single-dense");
    expect(classOf(p("single", "llama.cpp", r4090, moe), 1)).toBe("single-moe");
  });
  it("ranges a figure by its class's measured ratios", () => {
    const r = CLASS_RANGES.decode["single-dense"];
    expect(ranged(10, "single-dense")).toEqual({ value: 10, low: 10 / r.high, high: 10 / r.low });
    expect(ranged(10, "apple", "prefill")).toEqual({ value: 10, low: 10 / 1.5, high: 10 / 0.5 });
  });
  it("picks the runtime asked for, the GPU's own, or llama.cpp for a GGUF format", () => {
    expect(runtimeFor(h100, "fp8", "sglang")).toBe("sglang");
    expect(runtimeFor(h100, "q4_k_m", "vllm")).toBeUndefined();
    expect(runtimeFor(h100, "fp8")).toBe("vllm");
    expect(runtimeFor(h100, "q4_k_m")).toBe("llama.cpp");
    expect(runtimeFor(r4090, "q4_k_m")).toBe("llama.cpp");
    expect(runtimeFor(r4090, "fp8")).toBeUndefined();
  });
  it("is undefined where no runtime reads the format", () => {
    expect(estimate({ model, gpu: r4090, count: 1, quant: "fp8", context: 1000, concurrency: 1 })).toBeUndefined();
  });
  it("gives memory, speed with its range, throughput and the time to first token of one setup", () => {
    const e = estimate({ model, gpu: h100, count: 2, quant: "bf16", context: 4000, concurrency: 3, promptTokens: 1000 }, C)!;
    const p = prepare({ model, format: "bf16", runtime: "vllm", gpu: h100, count: 2, parallelism: "tensor", kvDtype: "bf16" })!;
    const per = 1 / decodeStepSeconds(C, p, 3, 4000);
    const pf = prefillSeconds(C, p, 1000)!;
    const { timeToFirstTokenSeconds: ttft, ...rest } = e;
    expect(rest).toStrictEqual({
      fits: true,
      runtime: "vllm",
      parallelism: "tensor",
      quant: "bf16",
      kvDtype: "bf16",
      memory: fitSetup(p, 3, 4000),
      maxConcurrency: maxSequences(p, 4000),
      decodeTokensPerSecond: ranged(per, "datacenter-serving"),
      aggregateTokensPerSecond: per * 3,
      class: "datacenter-serving",
    });
    expect(ttft?.value).toBe(pf);
    expect(ttft?.low).toBeCloseTo(pf * 0.5, 15);
    expect(ttft?.high).toBeCloseTo(pf * 1.5, 15);
  });
  it("reads a concurrency under one as one, the prompt as the context when not given, and the KV type asked", () => {
    const e = estimate({ model, gpu: r4090, count: 1, quant: "q4_k_m", kvDtype: "q8_0", context: 2000, concurrency: 0 }, C)!;
    const p = prepare({ model, format: "q4_k_m", runtime: "llama.cpp", gpu: r4090, count: 1, parallelism: "single", kvDtype: "q8_0" })!;
    expect(e.kvDtype).toBe("q8_0");
    expect(e.aggregateTokensPerSecond).toBe(1 / decodeStepSeconds(C, p, 1, 2000));
    expect(e.timeToFirstTokenSeconds?.value).toBe(prefillSeconds(C, p, 2000));
    expect(e.class).toBe("single-dense");
  });
  it("has no time to first token on a GPU without a FLOP/s figure", () => {
    const e = estimate({ model, gpu: mac, count: 1, quant: "q4_k_m", context: 2000, concurrency: 1 }, C)!;
    expect(e.runtime).toBe("mlx");
    expect(e.class).toBe("apple");
    expect("timeToFirstTokenSeconds" in e).toBe(false);
  });
});

describe("replaying measurements", () => {
  const models = new Map([["dense-8b", makeModel()]]);
  const gpus = new Map([["h100-sxm", makeGpu()], ["rtx-4090", makeGpu({ id: "rtx-4090", kind: "consumer", memoryGB: 24, bandwidthGBs: 1008, runtime: "llama.cpp", interconnect: "pcie", tflops: { bf16: 165 } })]]);
  const view: CatalogView = { models, gpus };
  const row = (o: Partial<CalibrationRow> = {}): CalibrationRow => ({
    id: "r", model: "dense-8b", format: "bf16", gpu: "h100-sxm", gpuCount: 1, runtime: "vllm", parallelism: "single", batch: 1, decodeTokensPerSecond: 100, tags: [], class: "single-dense", holdout: false, ...cite, ...o,
  });

  it("sets apart what the time model does not model, with the reason", () => {
    expect(rowSetup(row({ tags: ["x", "speculative"] }), view)).toBe("tagged speculative");
    expect(rowSetup(row({ runtime: "exllama" }), view)).toBe("runtime exllama not modelled");
    // A name on Object.prototype is not a runtime or a parallelism the table knows.
    expect(rowSetup(row({ runtime: "toString" }), view)).toBe("runtime toString not modelled");
    expect(rowSetup(row({ parallelism: "constructor" }), view)).toBe("parallelism constructor not modelled");
    expect(rowSetup(row({ parallelism: "pipeline" }), view)).toBe("parallelism pipeline not modelled");
    expect(rowSetup(row({ model: "nope" }), view)).toBe("no parameters or architecture for nope");
    expect(rowSetup(row({ gpu: "nope" }), view)).toBe("no bandwidth for nope");
    expect(rowSetup(row({ format: "q3_k" }), view)).toBe("format q3_k not modelled");
  });
  it("maps runtimes and parallelisms to the time model's", () => {
    const s = (o: Partial<CalibrationRow>) => rowSetup(row(o), view) as Exclude<ReturnType<typeof rowSetup>, string>;
    expect(s({ runtime: "ollama", gpu: "rtx-4090", format: "q4_k_m" }).runtime).toBe("llama.cpp");
    expect(s({ runtime: "mlx", format: "q4_k_m" }).runtime).toBe("mlx");
    expect(s({ runtime: "sglang" }).runtime).toBe("sglang");
    expect(s({ runtime: "tensorrt-llm" }).runtime).toBe("tensorrt-llm");
    expect(s({ gpuCount: 4, parallelism: "tensor" }).parallelism).toBe("tensor");
    expect(s({ gpuCount: 4, parallelism: "tensor+expert" }).parallelism).toBe("tensor");
    expect(s({ gpuCount: 1, parallelism: "tensor" }).parallelism).toBe("single");
    expect(s({ gpuCount: 2, parallelism: "layer-split", runtime: "llama.cpp", gpu: "rtx-4090", format: "q8_0" }).parallelism).toBe("layer-split");
    const multi = s({ gpuCount: 16, parallelism: "tensor", nodes: 2 });
    expect(multi.parallelism).toBe("tensor-multi-node");
    expect(multi.gpu.nodeSize).toBe(8);
    const tp = s({ gpuCount: 12, parallelism: "tensor+pipeline", nodes: 3 });
    expect(tp.parallelism).toBe("tensor-multi-node");
    expect(tp.gpu.nodeSize).toBe(4);
    expect(s({ gpuCount: 4, parallelism: "tensor+pipeline" }).gpu.nodeSize).toBe(4);
    expect(s({ interconnect: "pcie" }).gpu.interconnect).toBe("pcie");
    expect(s({ interconnect: "nvlink", gpu: "rtx-4090", runtime: "llama.cpp", format: "q8_0" }).gpu.interconnect).toBe("nvlink");
    expect(s({ interconnect: "infiniband" }).gpu.interconnect).toBe("nvlink");
    expect(s({}).kvDtype).toBe("bf16");
  });
  it("builds a model and a GPU from a row's own facts where the catalog lacks them", () => {
    const facts = { totalB: 30, activeB: 3, layers: 48, attention: "gqa" as const, kvHeads: 4, headDim: 128, experts: 128, expertsPerToken: 8, hiddenSize: 2048, vocabSize: 151_936, ...cite };
    const s = rowSetup(row({ model: "ext", modelFacts: facts, gpu: "ext-gpu", gpuFacts: { memoryGB: 48, bandwidthGBs: 960, ...cite }, runtime: "llama.cpp", format: "q4_k_m" }), view);
    if (typeof s === "string") throw new Error(s);
    const embed = 151_936 * 2048;
    expect(s.model).toMatchObject({ id: "ext", totalParams: 30e9, activeParams: 3e9, layers: 48, embedParams: embed, headParams: embed, experts: 128, expertsPerToken: 8 });
    expect(s.model.expertParams).toBeCloseTo(((30e9 - 3e9 - embed) / 120) * 128, 0);
    expect(s.model.arch).toMatchObject({ layers: 48, attention: "gqa", kvHeads: 4, headDim: 128 });
    expect(s.gpu).toStrictEqual({ id: "ext-gpu", memoryBytes: 48 * GIB, bandwidth: 960e9, interconnect: "pcie", nodeSize: 8, apple: false, vendor: "NVIDIA", runtime: "llama.cpp" });
    expect(s.kv?.perLayer).toBe(2 * 4 * 128 * 2);
    const dense = rowSetup(row({ model: "ext", modelFacts: { totalB: 7, activeB: 7, layers: 32, ...cite }, gpu: "apple-m2", gpuFacts: { memoryGB: 64, bandwidthGBs: 400, ...cite }, runtime: "mlx", format: "q4_k_m", class: "apple" }), view);
    if (typeof dense === "string") throw new Error(dense);
    expect(dense.model).toMatchObject({ embedParams: 0, headParams: 0, expertParams: 0, experts: 0, expertsPerToken: 0 });
    expect("arch" in dense.model).toBe(false);
    expect(dense.kv).toBeUndefined();
    expect(dense.gpu).toMatchObject({ apple: true, vendor: "Apple", interconnect: "unified" });
    const byClass = rowSetup(row({ model: "ext", modelFacts: { totalB: 7, activeB: 7, layers: 32, ...cite }, gpu: "m-ultra", gpuFacts: { memoryGB: 64, bandwidthGBs: 400, ...cite }, runtime: "mlx", format: "q4_k_m", class: "apple" }), view);
    expect(typeof byClass !== "string" && byClass.gpu.apple).toBe(true);
    const nv = rowSetup(row({ model: "ext", modelFacts: { totalB: 7, activeB: 7, layers: 32, ...cite }, gpu: "x", gpuFacts: { memoryGB: 64, bandwidthGBs: 400, ...cite }, interconnect: "nvlink" }), view);
    expect(typeof nv !== "string" && nv.gpu.interconnect).toBe("nvlink");
  });
  it("reads the mean context and the per-request speed of a row", () => {
    expect(meanContext(row({ promptTokens: 1000, outputTokens: 200 }))).toBe(1100);
    expect(meanContext(row({}))).toBe(64);
    expect(measuredPerRequest(row({ batch: null }))).toBeUndefined();
    expect(measuredPerRequest(row({ decodeTokensPerSecond: 50 }))).toBe(50);
    expect(measuredPerRequest(row({ decodeTokensPerSecond: undefined, aggregateTokensPerSecond: 400, batch: 8 }))).toBe(50);
    expect(measuredPerRequest(row({ decodeTokensPerSecond: undefined, aggregateTokensPerSecond: 400, batch: undefined }))).toBeUndefined();
    expect(measuredPerRequest(row({ decodeTokensPerSecond: undefined }))).toBeUndefined();
  });
  it("replays rows into ratios, and lists the rest with why", () => {
    const rows = [row({ id: "a", decodeTokensPerSecond: 50, batch: 2, promptTokens: 500 }), row({ id: "b", batch: null }), row({ id: "c", decodeTokensPerSecond: undefined }), row({ id: "d", runtime: "exllama" })];
    const { replayed, skipped } = replay(rows, view, C);
    expect(skipped.map((s) => [s.row.id, s.why])).toEqual([["b", "batch not stated"], ["c", "no decode speed"], ["d", "runtime exllama not modelled"]]);
    expect(replayed).toHaveLength(1);
    const p = rowSetup(rows[0]!, view);
    if (typeof p === "string") throw new Error(p);
    const est = 1 / decodeStepSeconds(C, p, 2, 500 + 64);
    expect(estimateRow(C, p, rows[0]!)).toBe(est);
    expect(estimateRow(C, p, row({ batch: undefined }))).toBe(1 / decodeStepSeconds(C, p, 1, 64));
    expect(replayed[0]).toMatchObject({ estimate: est, measured: 50, ratio: est / 50 });
  });
  it("sums up the error per class: median error, median ratio and its 10th and 90th percentiles", () => {
    const r = (cls: CalibrationRow["class"], ratio: number): Replayed => ({ row: row({ class: cls }), estimate: ratio, measured: 1, ratio });
    const acc = accuracyByClass([r("single-moe", 1.2), r("single-dense", 0.5), r("single-dense", 1.1), r("single-dense", 1.3), r("single-dense", 0.9), r("single-dense", 2)]);
    expect(acc.map((a) => a.class)).toEqual(["single-dense", "single-moe", "all"]);
    const [d, m, all] = acc;
    expect(d).toEqual({ class: "single-dense", rows: 5, medianError: expect.closeTo(0.3, 12), medianRatio: 1.1, p10Ratio: 0.5, p90Ratio: 2 });
    expect(m).toEqual({ class: "single-moe", rows: 1, medianError: expect.closeTo(0.2, 12), medianRatio: 1.2, p10Ratio: 1.2, p90Ratio: 1.2 });
    expect(all?.rows).toBe(6);
    // Six ratios: the median is the mean of the middle two, 1.1 and 1.2.
    expect(all?.medianRatio).toBeCloseTo(1.15, 12);
    expect(all?.medianError).toBeCloseTo(0.25, 12);
    expect(all?.p10Ratio).toBe(0.9);
    expect(all?.p90Ratio).toBe(2);
    const ten = accuracyByClass(Array.from({ length: 11 }, (_, i) => r("apple", i / 10 + 0.5)));
    expect(ten[0]).toMatchObject({ p10Ratio: 0.6, p90Ratio: 1.4, medianRatio: 1 });
    expect(accuracyByClass([])).toEqual([{ class: "all", rows: 0, medianError: Number.NaN, medianRatio: Number.NaN, p10Ratio: Number.NaN, p90Ratio: Number.NaN }]);
  });
});
