import { HOURS_PER_MONTH } from "../core/assumptions";
import type { ModelFacts } from "../core/types";
import { decodeStepSeconds, estimate, fitSetup, maxSequences, parallelismFor, prefillSeconds, prepare, runtimeFor, TIME_CONSTANTS, type Estimate, type PhysGpu, type Prepared } from "../physics";
import { CONCURRENCY_DEFAULT, type Answers } from "../schema/answers";
import type { Quantization } from "../schema/common";

/**
 * Sizing a self-hosted deployment at the user's concurrency (issue 15 item 4): the KV cache holds
 * `concurrentRequests` sequences of `minContextTokens`; each replica serves as many of them as it
 * holds and as keep each request at the target speed; replicas cover the peak; the busy hours are
 * the monthly output at that pace.
 *
 * The target speed is the user's floor (`minTokensPerSecond`, a hard limit), else the pace the
 * default concurrency assumes (20 tokens/s per request, CONCURRENCY_DEFAULT): a rented setup is
 * sized to reach it where it can; one that cannot even at one request per replica is kept, marked
 * slow, and ranked after those that can (the speed criterion says how slow).
 */
export type Sized = {
  quant: Quantization;
  p: Prepared;
  /** Sequences each replica serves at peak. */
  batch: number;
  replicas: number;
  perRequest: number;
  ttft?: number;
  busyHours: number;
  meetsTarget: boolean;
};

export type SizeFailure = { kind: "fit"; need: number } | { kind: "speed"; tps: number } | { kind: "ttft"; ttft: number };

/** Output tokens per month: the decode load (input tokens are prefilled, compute-bound and far faster). */
export const outputTokensPerMonth = (a: Pick<Answers, "tokensPerMonth" | "inputShare">) => a.tokensPerMonth * (1 - a.inputShare);

const perRequestAt = (p: Prepared, batch: number, context: number) => 1 / decodeStepSeconds(TIME_CONSTANTS, p, batch, context);

export function prepared(facts: ModelFacts, gpu: PhysGpu, count: number, quant: Quantization): Prepared | undefined {
  if (!facts.phys) return undefined;
  const runtime = runtimeFor(gpu, quant);
  if (!runtime) return undefined;
  return prepare({ model: facts.phys, format: quant, runtime, gpu, count, parallelism: parallelismFor(runtime, gpu, count), kvDtype: "bf16" });
}

/** The largest batch (at most `max`) whose per-request speed stays at or above `floor` (speed falls as the batch grows). */
function largestBatchAt(p: Prepared, max: number, context: number, floor: number): number {
  let lo = 1;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (perRequestAt(p, mid, context) >= floor) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * One setup sized for the answers, or why it cannot serve them. `maxReplicas` 1 for own hardware
 * (one machine holds every concurrent request itself; its speed is what it is, unless a floor is set).
 */
export function sizeSetup(p: Prepared, a: Answers, maxReplicas: number): Sized | SizeFailure {
  const context = Math.max(1, a.minContextTokens);
  const cap = maxSequences(p, context, Math.max(1, a.concurrentRequests));
  const own = maxReplicas === 1;
  if (cap < 1 || (own && cap < a.concurrentRequests)) return { kind: "fit", need: fitSetup(p, a.concurrentRequests, context).totalBytes };
  const floor = a.minTokensPerSecond;
  const target = floor ?? CONCURRENCY_DEFAULT.tokensPerSecondPerRequest;
  const single = perRequestAt(p, 1, context);
  if (floor !== undefined && single < floor) return { kind: "speed", tps: single };
  let batch = Math.min(a.concurrentRequests, cap);
  if (own) {
    if (floor !== undefined && perRequestAt(p, batch, context) < floor) return { kind: "speed", tps: perRequestAt(p, batch, context) };
  } else if (single >= target) batch = largestBatchAt(p, batch, context, target);
  else batch = 1;
  const perRequest = perRequestAt(p, batch, context);
  const ttft = prefillSeconds(TIME_CONSTANTS, p, a.promptTokens);
  if (a.maxTimeToFirstTokenSeconds !== undefined && ttft !== undefined && ttft > a.maxTimeToFirstTokenSeconds) return { kind: "ttft", ttft };
  let replicas = own ? 1 : Math.ceil(a.concurrentRequests / batch);
  let busyHours = outputTokensPerMonth(a) / (replicas * batch * perRequest) / 3600;
  if (busyHours > HOURS_PER_MONTH) {
    // One month is not long enough at this pace: more replicas, or (own hardware) too slow for the volume.
    if (own) return { kind: "speed", tps: perRequest };
    replicas = Math.ceil(replicas * (busyHours / HOURS_PER_MONTH));
    busyHours = outputTokensPerMonth(a) / (replicas * batch * perRequest) / 3600;
  }
  if (replicas > maxReplicas) return { kind: "fit", need: 0 };
  return { quant: p.format as Quantization, p, batch, replicas, perRequest, ...(ttft !== undefined ? { ttft } : {}), busyHours, meetsTarget: perRequest >= target };
}

export const isSized = (s: Sized | SizeFailure): s is Sized => "p" in s;

/** The estimate behind a chosen setup: memory, speed and time to first token with their ranges. */
export function estimateOf(s: Sized, a: Answers): Estimate {
  return estimate({ model: s.p.model, gpu: s.p.gpu, count: s.p.count, quant: s.quant, runtime: s.p.runtime, context: Math.max(1, a.minContextTokens), concurrency: s.batch, promptTokens: a.promptTokens }) as Estimate;
}
