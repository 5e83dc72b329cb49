import { z } from "zod";
import { CriterionId, Hosting, Quantization } from "./common";

export const Deployment = z.object({
  kind: Hosting,
  providerId: z.string().optional(),
  providerName: z.string().optional(),
  /** Where prompts are processed: region codes, or ["on-prem"] for the user's own hardware. */
  regions: z.array(z.string()),
  gpu: z.string().optional(),
  gpuName: z.string().optional(),
  gpuCount: z.number().int().optional(),
  quantization: Quantization.optional(),
  /** For rented GPUs: who rents them, where, at what hourly price, read from where. */
  rental: z
    .object({
      provider: z.string(),
      region: z.string(),
      usdPerGpuHour: z.number(),
      source: z.string(),
      asOf: z.string(),
    })
    .optional(),
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
});
export type Memory = z.infer<typeof Memory>;

export const Option = z.object({
  id: z.string(),
  modelId: z.string(),
  modelName: z.string(),
  lab: z.string().optional(),
  deployment: Deployment,
  score: z.number(),
  breakdown: z.array(BreakdownRow),
  monthlyCostUsd: z.number(),
  /** How the monthly cost was reached, in words a person follows. */
  costNote: z.string().optional(),
  memory: Memory.optional(),
  tokensPerSecond: z.number().optional(),
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

export const WhatIf = z.object({
  change: z.string(),
  newTopId: z.string(),
  newTopName: z.string().optional(),
  /** The share query of the changed answers, to open that result. */
  shareQuery: z.string().optional(),
});
export type WhatIf = z.infer<typeof WhatIf>;

/** The public output contract (DESIGN.md "Recommendation"). */
export const Recommendation = z.object({
  catalogVersion: z.string(),
  shareQuery: z.string(),
  ranked: z.array(Option),
  excluded: z.array(Excluded),
  whatIf: z.array(WhatIf),
});
export type Recommendation = z.infer<typeof Recommendation>;
