import type { Gpu } from "../schema/catalog";
import type { Quantization } from "../schema/common";
import { BITS_PER_WEIGHT, DECODE_EFFICIENCY, HOURS_PER_MONTH, SERVING_BATCH } from "./assumptions";

/**
 * Decode tokens per second of one stream: decode is bound by memory bandwidth, each token reads
 * every *active* weight once (a MoE reads only its routed experts), times DECODE_EFFICIENCY.
 * Tensor parallelism over `count` GPUs reads the weights from all of them at once.
 */
export function decodeTokensPerSecond(activeParamsB: number, quant: Quantization, gpu: Pick<Gpu, "bandwidthGBs">, count: number): number | undefined {
  if (gpu.bandwidthGBs === undefined) return undefined;
  const bytesPerToken = (activeParamsB * 1e9 * BITS_PER_WEIGHT[quant]) / 8;
  return (DECODE_EFFICIENCY * gpu.bandwidthGBs * 1e9 * count) / bytesPerToken;
}

/**
 * Output tokens per second a deployment serves: SERVING_BATCH streams share each weight read,
 * so batched decode multiplies single-stream speed (KV reads and prefill are left out: an optimistic bound).
 */
export function servingTokensPerSecond(singleStream: number): number {
  return singleStream * SERVING_BATCH;
}

/** Output tokens per month: the decode load. Input tokens are prefilled, compute-bound and far faster. */
export function outputTokensPerMonth(tokensPerMonth: number, inputShare: number): number {
  return tokensPerMonth * (1 - inputShare);
}

/** Hours of serving the monthly decode load takes at a throughput (tokens/s). */
export function busyHoursPerMonth(outputTokens: number, servingTps: number): number {
  return servingTps > 0 ? outputTokens / servingTps / 3600 : Number.POSITIVE_INFINITY;
}

/** Whether one deployment can serve the monthly load at all (busy hours within a month). */
export function withinCapacity(busyHours: number): boolean {
  return busyHours <= HOURS_PER_MONTH;
}
