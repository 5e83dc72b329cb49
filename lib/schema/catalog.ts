import { z } from "zod";
import { CountryCode, IsoDate, Region, SourceRef } from "./common";

/**
 * Schemas of the files in data/ (one file per entity; the id is the file name)
 * and of the resolved catalog the engine reads. Every figure carries a source and
 * an as-of date at the level where it was read.
 */

const cited = { source: SourceRef, asOf: IsoDate };

/** A field that could not be verified: surfaced as a note wherever it is used. */
export const Unverified = z.object({ field: z.string().min(1), note: z.string().min(1) }).strict();
export type Unverified = z.infer<typeof Unverified>;

export const Modality = z.enum(["text", "image", "audio", "video"]);
export type Modality = z.infer<typeof Modality>;

export const Attention = z.enum(["mha", "gqa", "mqa", "mla"]);
export type Attention = z.infer<typeof Attention>;

export const License = z
  .object({
    id: z.string().min(1),
    commercial: z.boolean(),
    /** Notable conditions in plain words, e.g. Llama's 700M monthly-active-user clause. */
    note: z.string().optional(),
    ...cited,
  })
  .strict();
export type License = z.infer<typeof License>;

export const Params = z
  .object({
    totalB: z.number().positive().max(10_000, { error: "is in billions of parameters; 10,000 B is not plausible" }),
    activeB: z.number().positive().max(10_000),
    ...cited,
  })
  .strict()
  .refine((p) => p.activeB <= p.totalB, { error: "activeB cannot exceed totalB", path: ["activeB"] });
export type Params = z.infer<typeof Params>;

export const Architecture = z
  .object({
    layers: z.number().int().positive().max(1000),
    attention: Attention,
    kvHeads: z.number().int().positive().max(1024).optional(),
    headDim: z.number().int().positive().max(2048).optional(),
    kvLoraRank: z.number().int().positive().max(8192).optional(),
    qkRopeHeadDim: z.number().int().positive().max(1024).optional(),
    /** Layers that use a sliding window, and its size in tokens, where the config says so. */
    slidingWindow: z.number().int().positive().optional(),
    experts: z.number().int().positive().optional(),
    expertsPerToken: z.number().int().positive().optional(),
    ...cited,
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.attention === "mla") {
      if (a.kvLoraRank === undefined) ctx.addIssue({ code: "custom", path: ["kvLoraRank"], message: "is required for MLA attention" });
      if (a.qkRopeHeadDim === undefined) ctx.addIssue({ code: "custom", path: ["qkRopeHeadDim"], message: "is required for MLA attention" });
    } else {
      if (a.kvHeads === undefined) ctx.addIssue({ code: "custom", path: ["kvHeads"], message: `is required for ${a.attention.toUpperCase()} attention` });
      if (a.headDim === undefined) ctx.addIssue({ code: "custom", path: ["headDim"], message: `is required for ${a.attention.toUpperCase()} attention` });
    }
  });
export type Architecture = z.infer<typeof Architecture>;

export const Benchmark = z
  .object({
    name: z.string().min(1),
    /** As published, on a 0-100 scale (fractions are multiplied by 100). */
    score: z.number().min(0).max(100, { error: "is on a 0-100 scale" }),
    /** Protocol details worth knowing: shots, pass@1, thinking on/off. */
    setting: z.string().optional(),
    /** Whose measurement: the lab itself, or a third party. */
    reportedBy: z.enum(["self", "third-party"]).optional(),
    ...cited,
  })
  .strict();
export type Benchmark = z.infer<typeof Benchmark>;

/** A documented behaviour on politically sensitive prompts, shown only when the user asks. */
export const ContentNote = z.object({ text: z.string().min(1), ...cited }).strict();
export type ContentNote = z.infer<typeof ContentNote>;

/** data/labs/<id>.json */
export const LabFile = z
  .object({ name: z.string().min(1), origin: CountryCode, ...cited })
  .strict();
export type LabFile = z.infer<typeof LabFile>;

/** data/models/<id>.json */
export const ModelFile = z
  .object({
    name: z.string().min(1),
    lab: z.string().min(1),
    openWeights: z.boolean(),
    releaseDate: IsoDate,
    license: License,
    params: Params.optional(),
    contextTokens: z.number().int().min(512).max(100_000_000),
    maxOutputTokens: z.number().int().positive().optional(),
    modalities: z.array(Modality).min(1),
    architecture: Architecture.optional(),
    benchmarks: z.array(Benchmark),
    /** Where the name, context, modalities and release date were read. */
    sources: z.array(z.object(cited).strict()).min(1),
    unverified: z.array(Unverified).default([]),
    contentNotes: z.array(ContentNote).default([]),
    /** Family or generation, to group models in lists. */
    family: z.string().optional(),
  })
  .strict();
export type ModelFile = z.infer<typeof ModelFile>;

export const TrainingUse = z.enum(["no", "yes", "opt-out", "opt-in", "unknown"]);
export type TrainingUse = z.infer<typeof TrainingUse>;

export const ProviderPolicy = z
  .object({
    trainingOnApiData: TrainingUse,
    retention: z.string().optional(),
    zeroDataRetention: z.string().optional(),
    ...cited,
  })
  .strict();
export type ProviderPolicy = z.infer<typeof ProviderPolicy>;

export const OfferingEntry = z
  .object({
    model: z.string().min(1),
    /** A distinct endpoint with its own price or residency, e.g. "eu" for an EU data zone. */
    endpoint: z.string().regex(/^[a-z0-9-]+$/, { error: "must be a lower-case slug" }).optional(),
    regions: z.array(Region).min(1),
    inputUsdPerMTok: z.number().min(0).max(1000, { error: "is USD per 1M tokens; over $1,000 looks like a unit mix-up" }),
    outputUsdPerMTok: z.number().min(0).max(1000, { error: "is USD per 1M tokens; over $1,000 looks like a unit mix-up" }),
    cachedInputUsdPerMTok: z.number().min(0).max(1000).optional(),
    /** The provider's name for the model, as its API takes it. */
    apiModelId: z.string().optional(),
    contextTokens: z.number().int().positive().optional(),
    notes: z.array(z.string()).default([]),
    unverified: z.array(Unverified).default([]),
    ...cited,
  })
  .strict();
export type OfferingEntry = z.infer<typeof OfferingEntry>;

/** data/providers/<id>.json */
export const ProviderFile = z
  .object({
    name: z.string().min(1),
    hq: CountryCode.optional(),
    url: z.url(),
    /** Where this provider processes prompts, in words. */
    processing: z.string().min(1),
    policy: ProviderPolicy.optional(),
    offerings: z.array(OfferingEntry),
    ...cited,
  })
  .strict();
export type ProviderFile = z.infer<typeof ProviderFile>;

export const RentalRegion = z.enum(["eu", "us", "uk", "cn", "apac", "other", "global"]);
export type RentalRegion = z.infer<typeof RentalRegion>;

export const Rental = z
  .object({
    provider: z.string().min(1),
    region: RentalRegion,
    /** Price per GPU-hour in `currency`, as published (multi-GPU instances divided by their GPU count). */
    pricePerGpuHour: z.number().positive().max(200, { error: "is per GPU-hour; over 200 looks like an instance or monthly price" }),
    currency: z.enum(["USD", "EUR", "CNY"]),
    kind: z.enum(["on-demand", "spot"]),
    sku: z.string().optional(),
    ...cited,
  })
  .strict();
export type Rental = z.infer<typeof Rental>;

/** data/gpus/<id>.json */
export const GpuFile = z
  .object({
    name: z.string().min(1),
    vendor: z.string().min(1),
    kind: z.enum(["datacenter", "workstation", "consumer", "apple"]),
    memoryGB: z.number().positive().max(2048),
    bandwidthGBs: z.number().positive().max(100_000).optional(),
    watts: z.number().positive().max(5000).optional(),
    /** Apple unified memory: the share of RAM the GPU may keep resident by default. */
    gpuMemoryShare: z.number().gt(0).max(1).optional(),
    rentals: z.array(Rental).default([]),
    unverified: z.array(Unverified).default([]),
    sources: z.array(z.object({ ...cited, what: z.string().optional() }).strict()).min(1),
  })
  .strict();
export type GpuFile = z.infer<typeof GpuFile>;

/** data/fx.json: currency rates to USD, for rental prices published in EUR or CNY. */
export const FxFile = z
  .object({ usdPer: z.object({ EUR: z.number().positive(), CNY: z.number().positive() }).partial().strict(), ...cited })
  .strict();
export type FxFile = z.infer<typeof FxFile>;

// ---- The resolved catalog: what lib/ reads -------------------------------------------------

export const Model = ModelFile.safeExtend({
  id: z.string(),
  labName: z.string(),
  origin: CountryCode,
});
export type Model = z.infer<typeof Model>;

export const Provider = ProviderFile.omit({ offerings: true }).safeExtend({ id: z.string() });
export type Provider = z.infer<typeof Provider>;

export const Offering = OfferingEntry.omit({ model: true }).safeExtend({
  id: z.string(),
  modelId: z.string(),
  providerId: z.string(),
});
export type Offering = z.infer<typeof Offering>;

export const Gpu = GpuFile.safeExtend({ id: z.string() });
export type Gpu = z.infer<typeof Gpu>;

export const Catalog = z.object({
  version: z.string(),
  models: z.array(Model),
  providers: z.array(Provider),
  offerings: z.array(Offering),
  gpus: z.array(Gpu),
  fx: FxFile.optional(),
});
export type Catalog = z.infer<typeof Catalog>;
