import type { TimeConstants } from "./time-model";

/**
 * The time model's constants. Starting values (the priors in scripts/physics/fit.ts's history:
 * model bandwidth utilisation of tuned CUDA stacks 60-85 %, kernel launch ~5-10 us a layer, a few
 * hundred microseconds of host work a step), then fitted on the 249 rows of
 * data/calibration/decode.json not held out, each constant pulled toward its prior and every share
 * of a peak kept between its physical bounds: `npx tsx scripts/physics/fit.ts` refits and prints
 * them; `npm run bench -- accuracy` prints the error per class on the held-out rows
 * (BENCHMARKS.md, "Serving physics"). The priors are in scripts/physics/priors.ts.
 */
export const TIME_CONSTANTS: TimeConstants = {
  efficiency: { "llama.cpp": { default: 0.75, f16: 0.916, "8bit": 0.881, kquant: 0.801, mxfp4: 0.858 }, mlx: { default: 1 }, vllm: { default: 0.823, f16: 0.796 }, sglang: { default: 0.651, f16: 0.632 }, "tensorrt-llm": { default: 0.599 } },
  backend: { cuda: 1, rocm: 0.476, metal: 0.583 },
  stepSeconds: { "llama.cpp": 0.000794, mlx: 0.00028, vllm: 0.00111, sglang: 0.00209, "tensorrt-llm": 0.0005 },
  layerSeconds: { "llama.cpp": 3.9e-5, mlx: 1.67e-5, vllm: 7.24e-6, sglang: 1.08e-5, "tensorrt-llm": 6e-6 },
  moeLayerSeconds: { "llama.cpp": 1.73e-5, mlx: 2.54e-5, vllm: 1.96e-5, sglang: 2.6e-5, "tensorrt-llm": 3e-5 },
  tensorLayerSeconds: { nvlink: 1.7e-5, xgmi: 2.96e-5, hccs: 3e-5, pcie: 2.61e-5, unified: 0 },
  moeParallelLayerSeconds: { nvlink: 2.1e-5, xgmi: 8.84e-5, hccs: 6e-5, pcie: 3.6e-5, unified: 0 },
  hopSeconds: 8.66e-5,
  nodeLayerSeconds: 8.26e-5,
  decodeCompute: { "llama.cpp": 0.4, mlx: 0.4, vllm: 0.3, sglang: 0.5, "tensorrt-llm": 0.6 },
  prefillCompute: { "llama.cpp": 0.4, mlx: 0.3, vllm: 0.5, sglang: 0.5, "tensorrt-llm": 0.6 }
};

/**
 * The 10th and 90th percentiles of estimate / measured per class over every replayed row (fitting
 * and held out, speculative and quantised-KV rows apart), with the constants above: an estimate's
 * range is [estimate / high, estimate / low], so about 8 in 10 measured runs fall inside it.
 * Prefill has too few measurements per class to fit: ±50 %, stated as such.
 */
export const CLASS_RANGES: Record<"decode" | "prefill", Record<import("../schema/calibration").CalibrationClass, { low: number; high: number }>> = {
  decode: {
    "single-dense": { low: 0.9, high: 1.53 },
    "single-moe": { low: 0.88, high: 1.54 },
    "multi-tensor": { low: 0.99, high: 1.69 },
    "multi-layer-split": { low: 0.91, high: 1.43 },
    apple: { low: 0.66, high: 1.2 },
    "datacenter-serving": { low: 0.77, high: 1.65 },
  },
  prefill: {
    "single-dense": { low: 0.5, high: 1.5 },
    "single-moe": { low: 0.5, high: 1.5 },
    "multi-tensor": { low: 0.5, high: 1.5 },
    "multi-layer-split": { low: 0.5, high: 1.5 },
    apple: { low: 0.5, high: 1.5 },
    "datacenter-serving": { low: 0.5, high: 1.5 },
  },
};
