import type { TimeConstants } from "./time-model";

/**
 * The time model's constants. Starting values from the serving literature (model bandwidth
 * utilisation of tuned CUDA stacks 60-85 %, kernel launch ~5-10 us), then fitted on the rows of
 * data/calibration/decode.json not held out: `npx tsx scripts/physics/fit.ts` prints the fit and
 * `npm run bench -- accuracy` the error per class on the held-out rows.
 */
export const TIME_CONSTANTS: TimeConstants = {
  efficiency: {
    "llama.cpp": { default: 0.75, f16: 0.8, "8bit": 0.75, kquant: 0.7, mxfp4: 0.7 },
    mlx: { default: 0.75 },
    vllm: { default: 0.75, f16: 0.8 },
    sglang: { default: 0.75, f16: 0.8 },
    "tensorrt-llm": { default: 0.8 },
  },
  backend: { cuda: 1, rocm: 0.8, metal: 0.9 },
  stepSeconds: { "llama.cpp": 0.3e-3, mlx: 0.3e-3, vllm: 2e-3, sglang: 1.5e-3, "tensorrt-llm": 0.5e-3 },
  layerSeconds: { "llama.cpp": 20e-6, mlx: 20e-6, vllm: 8e-6, sglang: 8e-6, "tensorrt-llm": 6e-6 },
  moeLayerSeconds: { "llama.cpp": 30e-6, mlx: 30e-6, vllm: 40e-6, sglang: 40e-6, "tensorrt-llm": 30e-6 },
  tensorLayerSeconds: { nvlink: 20e-6, xgmi: 25e-6, hccs: 30e-6, pcie: 50e-6, unified: 0 },
  moeParallelLayerSeconds: { nvlink: 40e-6, xgmi: 50e-6, hccs: 60e-6, pcie: 100e-6, unified: 0 },
  hopSeconds: 100e-6,
  nodeLayerSeconds: 100e-6,
  decodeCompute: { "llama.cpp": 0.4, mlx: 0.4, vllm: 0.5, sglang: 0.5, "tensorrt-llm": 0.6 },
  prefillCompute: { "llama.cpp": 0.4, mlx: 0.3, vllm: 0.5, sglang: 0.5, "tensorrt-llm": 0.6 },
};

/**
 * The 10th and 90th percentiles of estimate / measured per class on the fitting rows (printed by
 * the fit): an estimate's range is [estimate / high, estimate / low]. A class with fewer than ten
 * measurements gets at least ±50 %.
 */
export const CLASS_RANGES: Record<"decode" | "prefill", Record<import("../schema/calibration").CalibrationClass, { low: number; high: number }>> = {
  decode: {
    "single-dense": { low: 0.85, high: 1.3 },
    "single-moe": { low: 0.8, high: 1.6 },
    "multi-tensor": { low: 0.5, high: 1.5 },
    "multi-layer-split": { low: 0.65, high: 1.15 },
    apple: { low: 0.65, high: 1.2 },
    "datacenter-serving": { low: 0.5, high: 2 },
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
