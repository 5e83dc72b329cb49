import { z } from "zod";
import { CriterionId, Hosting, KvDtype, Parallelism, Quantization, Runtime, Scope, Task } from "./common";

/** The contract version of the Recommendation (docs/decisions/008-paged-recommendation.md). */
export const CONTRACT_VERSION = "2";

const Range = z.object({ value: z.number(), low: z.number(), high: z.number() });

export const RentalInfo = z.object({
  /** The cloud's name. */
  provider: z.string(),
  cloudId: z.string(),
  /** The documented data-centre region; absent for a marketplace listing. */
  region: z.string().optional(),
  location: z.string().optional(),
  marketplace: z.boolean(),
  usdPerGpuHour: z.number(),
  kind: z.enum(["on-demand", "serverless"]),
  source: z.string(),
  asOf: z.string(),
});

export const Deployment = z.object({
  kind: Hosting,
  providerId: z.string().optional(),
  providerName: z.string().optional(),
  /** Where prompts are processed: region codes; ["on-prem"] for the user's own hardware; [] where no region is documented. */
  regions: z.array(z.string()),
  scope: Scope.optional(),
  planRequired: z.string().optional(),
  gpu: z.string().optional(),
  gpuName: z.string().optional(),
  gpuCount: z.number().int().optional(),
  quantization: Quantization.optional(),
  runtime: Runtime.optional(),
  parallelism: Parallelism.optional(),
  kvDtype: KvDtype.optional(),
  replicas: z.number().int().optional(),
  serverless: z.boolean().optional(),
  rental: RentalInfo.optional(),
});
export type Deployment = z.infer<typeof Deployment>;

export const BreakdownRow = z.object({
  criterion: CriterionId,
  label: z.string(),
  weight: z.number(),
  value: z.number(),
  contribution: z.number(),
  note: z.string(),
});
export type BreakdownRow = z.infer<typeof BreakdownRow>;

export const Memory = z.object({
  weightsBytes: z.number(),
  kvCacheBytes: z.number(),
  overheadBytes: z.number().optional(),
  totalBytes: z.number(),
  perGpuBytes: z.number().optional(),
});
export type Memory = z.infer<typeof Memory>;

export const TaskQuality = z.object({
  task: Task,
  /** 0-100; absent when no evaluation measures the task ("not measured"). */
  score: z.number().optional(),
  low: z.number(),
  high: z.number(),
  sources: z.array(z.string()),
  independent: z.boolean(),
});

export const Quality = z.object({
  score: z.number().optional(),
  low: z.number(),
  high: z.number(),
  coverage: z.number(),
  perTask: z.array(TaskQuality),
});
export type Quality = z.infer<typeof Quality>;

export const CostLine = z.object({
  label: z.string(),
  tokens: z.number().optional(),
  usdPerMTok: z.number().optional(),
  usd: z.number(),
  /** The price as published in another currency, with its dated rate. */
  native: z.object({ currency: z.string(), perMTok: z.number(), usdPer: z.number(), asOf: z.string() }).optional(),
});
export type CostLine = z.infer<typeof CostLine>;

/** "Where your prompts go": the residency evidence of an option (issue 18). */
export const Evidence = z.object({
  regions: z.array(z.string()),
  /** The catalog proves where prompts are processed; false for a marketplace host or an undocumented region. */
  locationProven: z.boolean(),
  operator: z.string().optional(),
  operatorCountry: z.string().optional(),
  contractingEntity: z.string().optional(),
  contractingCountry: z.string().optional(),
  scope: Scope.optional(),
  planRequired: z.string().optional(),
  trainsOnPrompts: z.string().optional(),
  retentionDays: z.number().optional(),
  zeroRetention: z.string().optional(),
  dpaUrl: z.string().optional(),
  subprocessorsUrl: z.string().optional(),
  source: z.string().optional(),
  asOf: z.string().optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Option = z.object({
  id: z.string(),
  modelId: z.string(),
  modelName: z.string(),
  lab: z.string().optional(),
  origin: z.string().optional(),
  deployment: Deployment,
  score: z.number(),
  scoreLow: z.number(),
  scoreHigh: z.number(),
  tiedWithTop: z.boolean(),
  breakdown: z.array(BreakdownRow),
  quality: Quality,
  monthlyCostUsd: z.number(),
  costLines: z.array(CostLine),
  /** How the monthly cost was reached, in one sentence. */
  costNote: z.string().optional(),
  breakEven: z.object({ versusOptionId: z.string(), tokensPerMonth: z.number() }).optional(),
  memory: Memory.optional(),
  tokensPerSecond: z.number().optional(),
  tokensPerSecondRange: z.object({ low: z.number(), high: z.number() }).optional(),
  timeToFirstTokenSeconds: Range.optional(),
  aggregateTokensPerSecond: z.number().optional(),
  concurrencyServed: z.number().optional(),
  evidence: Evidence,
  otherHosts: z.number().optional(),
  selfHostable: z.boolean().optional(),
  status: z.string().optional(),
  retiresOn: z.string().optional(),
  successorId: z.string().optional(),
  /** With group=model: the other deployments of this model that pass, best first. */
  otherWays: z.number().optional(),
  notes: z.array(z.string()),
  /** One sentence on why this option sits where it does. */
  whyHere: z.string().optional(),
});
export type Option = z.infer<typeof Option>;

export const Reason = z.object({ code: z.string(), message: z.string() });
export type Reason = z.infer<typeof Reason>;

export const Excluded = z.object({
  id: z.string(),
  modelId: z.string(),
  modelName: z.string().optional(),
  deployment: Deployment.optional(),
  reasons: z.array(Reason),
});
export type Excluded = z.infer<typeof Excluded>;

export const ExcludedSummary = z.object({ code: z.string(), count: z.number().int(), message: z.string() });
export type ExcludedSummary = z.infer<typeof ExcludedSummary>;

export const WhatIf = z.object({
  /** The single change to the answers, in words. */
  change: z.string(),
  /** The change and what it does to the #1, in one sentence. */
  sentence: z.string(),
  newTopId: z.string(),
  newTopName: z.string().optional(),
  newTopModelId: z.string(),
  /** The new #1 is the same model on another deployment. */
  sameModel: z.boolean(),
  /** The new #1's deployment, in words. */
  newTopDeployment: z.string().optional(),
  /** The share query of the changed answers, to open that result. */
  shareQuery: z.string().optional(),
});
export type WhatIf = z.infer<typeof WhatIf>;

export const Find = z.object({
  modelId: z.string(),
  modelName: z.string().optional(),
  /** 1-based rank of the model's best option, and the offset of the page that holds it. */
  rank: z.number().int().optional(),
  offset: z.number().int().optional(),
  optionId: z.string().optional(),
  reasons: z.array(Reason).optional(),
  known: z.boolean(),
});
export type Find = z.infer<typeof Find>;

/** The public output contract (DESIGN.md "Recommendation", contract 2). */
export const Recommendation = z.object({
  contractVersion: z.string(),
  catalogVersion: z.string(),
  shareQuery: z.string(),
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  group: z.enum(["option", "model"]),
  ranked: z.array(Option),
  excludedSummary: z.array(ExcludedSummary),
  excluded: z.array(Excluded),
  whatIf: z.array(WhatIf),
  find: Find.optional(),
});
export type Recommendation = z.infer<typeof Recommendation>;
