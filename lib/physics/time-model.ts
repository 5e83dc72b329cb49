import type { KvDtype, Parallelism, Runtime } from "../schema/common";
import { bitsOf, weightBytes, type WeightBytes } from "./formats";
import type { PhysGpu } from "./hardware";
import { kvBytesForSequence, kvLayout, kvShareUnderTensor, type KvLayout } from "./kv";
import type { PhysModel } from "./model";

/**
 * The per-token time model (DESIGN.md "Memory and speed"). One decode step (every sequence of
 * the batch makes one token) takes
 *
 *   max(bytes read / (efficiency x bandwidth), FLOPs / (compute efficiency x peak FLOP/s))
 *   + layers x a fixed cost per layer (kernel launches, synchronisation, all-reduces)
 *   + GPU hops (layer split) and node hops (across nodes)
 *
 * where the bytes read are the weights a step touches (a MoE reads only the experts its tokens
 * route to: E x (1 - (1 - k/E)^B) of E per layer at batch B) and the KV cache of every sequence at
 * its current length. Efficiency is by runtime, backend and weight format; the fixed costs by
 * runtime and parallelism. Prefill is compute-bound and sets the time to first token. The
 * constants live in constants.ts, fitted on data/calibration/decode.json.
 */

/** Weight formats grouped by how fast their kernels stream them. */
export type FormatFamily = "f16" | "8bit" | "kquant" | "mxfp4" | "int4";

export function familyOf(format: string): FormatFamily {
  if (format === "bf16" || format === "f16") return "f16";
  if (format === "fp8" || format === "int8" || format === "q8_0") return "8bit";
  if (format === "mxfp4") return "mxfp4";
  if (format === "int4" || format === "awq-int4") return "int4";
  return "kquant";
}

/** The compute backend: kernels differ between CUDA, ROCm and Apple's Metal. */
export type Backend = "cuda" | "rocm" | "metal";
export const backendOf = (g: Pick<PhysGpu, "apple" | "vendor">): Backend => (g.apple ? "metal" : /amd/i.test(g.vendor) ? "rocm" : "cuda");

export type TimeConstants = {
  /** Achieved share of peak bandwidth when streaming weights and KV, by runtime and format family. */
  efficiency: Record<Runtime, Partial<Record<FormatFamily, number>> & { default: number }>;
  /** Multiplier of that efficiency by backend (Metal and ROCm kernels against CUDA's). */
  backend: Record<Backend, number>;
  /** Fixed cost per decode step, seconds, by runtime: scheduling, sampling and detokenising on the host (vLLM's Python scheduler is the large one). */
  stepSeconds: Record<Runtime, number>;
  /** Fixed cost per layer and step, seconds, by runtime. */
  layerSeconds: Record<Runtime, number>;
  /** Extra cost per MoE layer and step (routing, gathering experts), seconds, by runtime. */
  moeLayerSeconds: Record<Runtime, number>;
  /** Extra cost per layer under tensor parallelism (two all-reduces), seconds, by interconnect. */
  tensorLayerSeconds: Record<PhysGpu["interconnect"], number>;
  /** Extra cost per MoE layer spread over several GPUs (dispatching tokens to experts and combining them), seconds, by interconnect. */
  moeParallelLayerSeconds: Record<PhysGpu["interconnect"], number>;
  /** Cost of handing activations to the next GPU under layer split, seconds per hop and step. */
  hopSeconds: number;
  /** Extra cost per layer when the model spans nodes, seconds. */
  nodeLayerSeconds: number;
  /** Achieved share of peak FLOP/s in batched decode and in prefill, by runtime. */
  decodeCompute: Record<Runtime, number>;
  prefillCompute: Record<Runtime, number>;
};

export type Setup = {
  model: PhysModel;
  format: string;
  runtime: Runtime;
  gpu: PhysGpu;
  count: number;
  parallelism: Parallelism;
  kvDtype: KvDtype;
};

/** The parts of a setup the time model reads repeatedly, computed once. */
export type Prepared = Setup & { weights: WeightBytes; kv: KvLayout | undefined; backend: Backend };

// Weights and KV layout depend on the model, format, runtime and KV type only: kept per model,
// since sizing tries many GPU types and counts with the same few of them.
const parts = new WeakMap<PhysModel, Map<string, { weights: WeightBytes; kv: KvLayout | undefined } | null>>();

function partsOf(s: Setup): { weights: WeightBytes; kv: KvLayout | undefined } | null {
  let byKey = parts.get(s.model);
  if (!byKey) parts.set(s.model, (byKey = new Map()));
  const key = `${s.format}|${s.runtime === "llama.cpp" || s.runtime === "mlx" ? "gguf" : "serving"}|${s.kvDtype}`;
  let hit = byKey.get(key);
  if (hit === undefined) {
    const bits = bitsOf(s.format, s.runtime);
    hit = bits ? { weights: weightBytes(s.model, bits), kv: s.model.arch ? kvLayout(s.model.arch, s.kvDtype) : undefined } : null;
    byKey.set(key, hit);
  }
  return hit;
}

export function prepare(s: Setup): Prepared | undefined {
  const p = partsOf(s);
  if (!p) return undefined;
  return { model: s.model, format: s.format, runtime: s.runtime, gpu: s.gpu, count: s.count, parallelism: s.parallelism, kvDtype: s.kvDtype, weights: p.weights, kv: p.kv, backend: backendOf(s.gpu) };
}

/** Share of the routed experts a step touches at batch B: E x (1 - (1 - k/E)^B) of E. */
export function touchedExperts(m: Pick<PhysModel, "experts" | "expertsPerToken">, batch: number): number {
  if (m.experts === 0 || m.expertsPerToken === 0) return 1;
  return 1 - (1 - m.expertsPerToken / m.experts) ** Math.max(1, batch);
}

/** Weight bytes one decode step reads (the input embedding is a row lookup, not a read). */
export function weightBytesPerStep(p: Prepared, batch: number): number {
  const w = p.weights;
  return w.body + w.head + w.experts * touchedExperts(p.model, batch);
}

/** GPUs that read in parallel, and how many run one after another. */
function lanes(p: Pick<Prepared, "parallelism" | "count" | "gpu">): { parallel: number; serial: number } {
  switch (p.parallelism) {
    case "single":
      return { parallel: 1, serial: 1 };
    case "tensor":
      return { parallel: p.count, serial: 1 };
    case "layer-split":
      return { parallel: 1, serial: p.count };
    case "tensor-multi-node": {
      const perNode = Math.min(p.count, p.gpu.nodeSize);
      return { parallel: perNode, serial: Math.ceil(p.count / perNode) };
    }
  }
}

const flopsOf = (g: PhysGpu, format: string) => (familyOf(format) === "8bit" || familyOf(format) === "mxfp4" || familyOf(format) === "int4" ? (g.flopsFp8 ?? g.flopsBf16) : g.flopsBf16);

export function efficiency(c: TimeConstants, p: Pick<Prepared, "runtime" | "format" | "backend">): number {
  const table = c.efficiency[p.runtime];
  return (table[familyOf(p.format)] ?? table.default) * c.backend[p.backend];
}

/** Seconds of one decode step at `batch` sequences of `context` tokens each. */
export function decodeStepSeconds(c: TimeConstants, p: Prepared, batch: number, context: number): number {
  const { parallel, serial } = lanes(p);
  const kvPerSeq = p.kv ? kvBytesForSequence(p.kv, context) : 0;
  const kvShare = p.kv && p.parallelism !== "layer-split" ? kvShareUnderTensor(p.kv, parallel) : 1 / parallel;
  // Tensor parallelism: each GPU reads its slice at once. Layer split and pipeline stages: the
  // slices are read one after another, so a step takes as long as reading them all from one lane.
  const bytes = weightBytesPerStep(p, batch) / parallel + batch * kvPerSeq * kvShare;
  const memory = bytes / (efficiency(c, p) * p.gpu.bandwidth);
  const peak = flopsOf(p.gpu, p.format);
  const compute = peak ? (2 * p.model.activeParams * batch) / (c.decodeCompute[p.runtime] * peak * parallel) : 0;
  const moe = p.model.experts > 0 ? p.model.layers * c.moeLayerSeconds[p.runtime] : 0;
  let fixed = c.stepSeconds[p.runtime] + p.model.layers * c.layerSeconds[p.runtime] + moe;
  if (p.parallelism === "tensor" || p.parallelism === "tensor-multi-node") {
    fixed += p.model.layers * c.tensorLayerSeconds[p.gpu.interconnect];
    if (p.model.experts > 0) fixed += p.model.layers * c.moeParallelLayerSeconds[p.gpu.interconnect];
  }
  if (p.parallelism === "tensor-multi-node") fixed += p.model.layers * c.nodeLayerSeconds;
  if (serial > 1) fixed += (serial - 1) * c.hopSeconds;
  return Math.max(memory, compute) + fixed;
}

/** Seconds to prefill a prompt of `tokens` for one request (compute-bound; the weights are read once per chunk). */
export function prefillSeconds(c: TimeConstants, p: Prepared, tokens: number): number | undefined {
  const peak = flopsOf(p.gpu, p.format);
  if (!peak) return undefined;
  const { parallel } = lanes(p);
  const flops = 2 * p.model.activeParams * tokens;
  const compute = flops / (c.prefillCompute[p.runtime] * peak * parallel);
  // At least one pass over the weights per 512-token chunk (llama.cpp's ubatch; serving runtimes chunk similarly).
  const reads = Math.ceil(tokens / 512) * (weightBytesPerStep(p, Math.min(tokens, 512)) / parallel) / (efficiency(c, p) * p.gpu.bandwidth);
  return Math.max(compute, reads) + decodeStepSeconds(c, p, 1, tokens);
}
