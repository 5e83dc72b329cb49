import type { Catalog, Gpu, Model, Offering, Provider } from "../schema/catalog";
import type { Hosting, Quantization, Task } from "../schema/common";
import type { Reason } from "../schema/recommendation";
import type { MemoryEstimate } from "./memory";

/**
 * A model's quality on one task, from its benchmarks: `measured` is the weighted mean over the
 * benchmarks it has (0 when none), `coverage` the share of the task's benchmark weight present,
 * `value` the measured mean pulled toward NEUTRAL_TASK_QUALITY by the coverage missing.
 */
export type TaskQuality = { value: number; measured: number; coverage: number; used: string[] };

/** Facts about a model that do not depend on the answers: computed once per catalog. */
export type ModelFacts = {
  /** Position in EngineContext.models: per-call arrays are indexed by it. */
  index: number;
  model: Model;
  quality: Record<Task, TaskQuality>;
  vision: boolean;
  /** Number of unverified fields (model), shown as notes and lowering data confidence. */
  unverified: number;
  selfHostable: boolean;
};

/** The catalog, indexed and sorted by id so that its order never matters. */
export type EngineContext = {
  catalog: Catalog;
  models: ModelFacts[];
  modelById: ReadonlyMap<string, ModelFacts>;
  providerById: ReadonlyMap<string, Provider>;
  /** Every offering, by id. */
  offerings: Offering[];
  offeringsByModel: ReadonlyMap<string, Offering[]>;
  gpus: Gpu[];
  gpuById: ReadonlyMap<string, Gpu>;
  /** Memory per model and quantization for the last context length asked (see memory-table.ts). */
  memory?: { contextTokens: number; byModel: readonly (readonly (MemoryEstimate | undefined)[])[] };
};

export type RentalChoice = { provider: string; region: string; usdPerGpuHour: number; source: string; asOf: string };
/** A rental choice and its index in the GPU's rentals list (to match unverified notes to it). */
export type IndexedRental = RentalChoice & { index: number };

/**
 * One model x deployment, before it is judged against the hard constraints and scored. Numbers
 * only: the sentences about it (cost, choice) are written by explain.ts for the options returned.
 */
export type Candidate = {
  id: string;
  facts: ModelFacts;
  kind: Hosting;
  offering?: Offering;
  provider?: Provider;
  gpu?: Gpu;
  gpuCount?: number;
  quant?: Quantization;
  rental?: IndexedRental;
  rentalIndex?: number;
  /** Where prompts are processed: region codes, or ["on-prem"]. */
  regions: readonly string[];
  contextTokens: number;
  memory?: MemoryEstimate;
  tokensPerSecond?: number;
  busyHours?: number;
  /** Monthly cost in USD, to the cent. */
  costUsd: number;
  /** Own hardware: the higher precisions that did not fit, with the bytes each needs. */
  tried?: { quant: Quantization; totalBytes: number }[];
  /** Why this deployment cannot work at all, found while building it (no GPU fits, no rental, ...). */
  problems: readonly Reason[];
  /**
   * A stand-in for a deployment that was not built because the model fails a rule that needs no
   * deployment (hosting kind not allowed, licence, context, ...): one per model and way of running.
   */
  stub?: boolean;
};
