import type { Estimate, PhysGpu, PhysModel, Ranged } from "../physics";
import type { Catalog, Cloud, Gpu, Model, Offering, Provider, Rental } from "../schema/catalog";
import type { Hosting, Parallelism, Quantization, Runtime } from "../schema/common";
import type { ReasonMessage } from "../vocab/messages";
import type { ModelEvidence } from "../quality/evidence";

/**
 * The shared model of the engine and the score criteria: what a model, a catalog and a
 * candidate deployment are once indexed. Both lib/engine and lib/score sit on this; neither
 * imports the other's internals.
 */

/** Facts about a model that do not depend on the answers: computed once per catalog. */
export type ModelFacts = {
  /** Position in EngineContext.models: per-call arrays are indexed by it. */
  index: number;
  model: Model;
  phys?: PhysModel;
  vision: boolean;
  /** Open weights with what the physics needs to size a deployment. */
  selfHostable: boolean;
  /** Unverified fields of the model, shown as notes and lowering data confidence. */
  unverified: number;
  evidence: ModelEvidence;
};

export type GpuEntry = { gpu: Gpu; phys?: PhysGpu };

/** The catalog, indexed and sorted by id so that its order never matters. */
export type EngineContext = {
  catalog: Catalog;
  models: ModelFacts[];
  modelById: ReadonlyMap<string, ModelFacts>;
  /** Former ids of a release -> its id. */
  aliases: ReadonlyMap<string, string>;
  providerById: ReadonlyMap<string, Provider>;
  cloudById: ReadonlyMap<string, Cloud>;
  offerings: Offering[];
  offeringsByModel: ReadonlyMap<string, Offering[]>;
  gpus: GpuEntry[];
  gpuById: ReadonlyMap<string, GpuEntry>;
};

/** A rental row chosen for a rented deployment, with its USD price. */
export type RentalChoice = { rental: Rental; cloud: Cloud; index: number; usdPerGpuHour: number; marketplace: boolean };

/** A self-hosted deployment as sized for the answers. */
export type SelfHosted = {
  gpu: Gpu;
  count: number;
  quant: Quantization;
  runtime: Runtime;
  parallelism: Parallelism;
  /** Copies of the deployment serving the peak. */
  replicas: number;
  /** Requests each replica serves at once at peak. */
  concurrency: number;
  estimate: Estimate;
  decode: Ranged;
  ttft?: Ranged;
  rental?: RentalChoice;
  /** Rented: billed per second of work rather than kept up all month. */
  serverless: boolean;
  /** Hours a month one replica is busy generating the volume. */
  busyHours: number;
  /** Own hardware: the higher precisions that did not fit, with the bytes each needs. */
  tried: { quant: Quantization; need: number }[];
};

/** One model x deployment, before it is judged against the hard constraints and scored. */
export type Candidate = {
  id: string;
  facts: ModelFacts;
  kind: Hosting;
  offering?: Offering;
  provider?: Provider;
  self?: SelfHosted;
  /** Where prompts are processed: region codes, or ["on-prem"]; [] where no region is documented. */
  regions: readonly string[];
  /** Who runs it and in which country (the operator's ultimate parent). */
  operatorCountry?: string;
  operatorName?: string;
  contextTokens: number;
  /** Monthly cost in USD, to the cent. */
  costUsd: number;
  /** Per-request decode speed and time to first token where known (self-hosted, or measured API). */
  tokensPerSecond?: number;
  ttftSeconds?: number;
  /** Why this deployment cannot work at all, found while building it. */
  problems: ReasonMessage[];
  /** A stand-in for a model and way of running that was not built (not allowed, or a model rule fails). */
  stub?: boolean;
};


/** What one call knows besides a candidate: the answers' quality view of each model, the day. */
export type CallEnv = {
  quality: (facts: ModelFacts) => import("../quality/option").OptionQuality;
  today: string;
};
