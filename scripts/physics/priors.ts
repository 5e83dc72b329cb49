import type { TimeConstants } from "../../lib/physics/time-model";

/**
 * Starting values and priors of the fit: from the serving literature, before any row of
 * data/calibration/decode.json was read (model bandwidth utilisation of tuned CUDA stacks
 * 60-85 %, kernel launches of ~5-10 us a layer, a few hundred microseconds of host work a step,
 * a bigger Python scheduler step for vLLM). The fit starts here and pulls each constant back here.
 */
export const PRIORS: TimeConstants = {
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
