import type { CalibrationClass } from "../schema/calibration";
import type { KvDtype, Parallelism, Quantization, Runtime } from "../schema/common";
import { CLASS_RANGES, TIME_CONSTANTS } from "./constants";
import { fitSetup, maxSequences, type FitResult } from "./fit";
import { runtimeReads } from "./formats";
import { parallelismFor, type PhysGpu } from "./hardware";
import type { PhysModel } from "./model";
import { decodeStepSeconds, prefillSeconds, prepare, type Prepared, type TimeConstants } from "./time-model";

/** A figure with the range the measured error of its class gives it. */
export type Ranged = { value: number; low: number; high: number };

export type EstimateInput = {
  model: PhysModel;
  gpu: PhysGpu;
  count: number;
  quant: Quantization;
  runtime?: Runtime;
  kvDtype?: KvDtype;
  /** Tokens of context each sequence holds. */
  context: number;
  /** Sequences generating at once. */
  concurrency: number;
  /** Prompt length for the time to first token; defaults to the context. */
  promptTokens?: number;
};

export type Estimate = {
  fits: boolean;
  runtime: Runtime;
  parallelism: Parallelism;
  quant: Quantization;
  kvDtype: KvDtype;
  memory: FitResult;
  /** Most sequences of this context the setup holds. */
  maxConcurrency: number;
  decodeTokensPerSecond: Ranged;
  aggregateTokensPerSecond: number;
  timeToFirstTokenSeconds?: Ranged;
  class: CalibrationClass;
};

/** The measurement class a setup belongs to, whose error sets its range. */
export function classOf(p: Pick<Prepared, "gpu" | "parallelism" | "model" | "runtime">, concurrency: number): CalibrationClass {
  if (p.gpu.apple) return "apple";
  const serving = p.runtime === "vllm" || p.runtime === "sglang" || p.runtime === "tensorrt-llm";
  if (serving && concurrency > 1) return "datacenter-serving";
  if (p.parallelism === "layer-split") return "multi-layer-split";
  if (p.parallelism !== "single") return "multi-tensor";
  return p.model.experts > 0 ? "single-moe" : "single-dense";
}

/** value = estimate; the measured speed of the class lay between estimate / p90 and estimate / p10 of the ratio. */
export function ranged(value: number, cls: CalibrationClass, kind: "decode" | "prefill" = "decode"): Ranged {
  const r = CLASS_RANGES[kind][cls];
  const low = value / r.high;
  const high = value / r.low;
  return { value, low: Math.min(low, value), high: Math.max(high, value) };
}

/** The runtime a setup uses: the one asked for, else the GPU's own, else llama.cpp for GGUF-only formats. */
export function runtimeFor(gpu: PhysGpu, quant: Quantization, asked?: Runtime): Runtime | undefined {
  if (asked) return runtimeReads(asked, quant) ? asked : undefined;
  if (runtimeReads(gpu.runtime, quant)) return gpu.runtime;
  // A serving GPU asked for a GGUF format runs llama.cpp; a llama.cpp GPU asked for FP8 cannot.
  if (runtimeReads("llama.cpp", quant) && gpu.runtime !== "llama.cpp") return "llama.cpp";
  return undefined;
}

/** Memory, fit, speed and time to first token of a model on `count` GPUs (DESIGN.md "estimate"). */
export function estimate(input: EstimateInput, c: TimeConstants = TIME_CONSTANTS): Estimate | undefined {
  const runtime = runtimeFor(input.gpu, input.quant, input.runtime);
  if (!runtime) return undefined;
  const parallelism = parallelismFor(runtime, input.gpu, input.count);
  const kvDtype = input.kvDtype ?? "bf16";
  const p = prepare({ model: input.model, format: input.quant, runtime, gpu: input.gpu, count: input.count, parallelism, kvDtype });
  if (!p) return undefined;
  const conc = Math.max(1, input.concurrency);
  const memory = fitSetup(p, conc, input.context);
  const step = decodeStepSeconds(c, p, conc, input.context);
  const cls = classOf(p, conc);
  const perRequest = 1 / step;
  const pf = prefillSeconds(c, p, input.promptTokens ?? input.context);
  const out: Estimate = {
    fits: memory.fits,
    runtime,
    parallelism,
    quant: input.quant,
    kvDtype,
    memory,
    maxConcurrency: maxSequences(p, input.context),
    decodeTokensPerSecond: ranged(perRequest, cls),
    aggregateTokensPerSecond: perRequest * conc,
    class: cls,
  };
  if (pf !== undefined) {
    const r = ranged(1 / pf, cls, "prefill");
    // A rate's range inverted is the time's: the slow end of the rate is the long end of the wait.
    out.timeToFirstTokenSeconds = { value: pf, low: 1 / r.high, high: 1 / r.low };
  }
  return out;
}

