import { z } from "zod";
import { CountryCode, Currency, IsoDate, OfferingStatus, Quantization, Region, Runtime, Scope, SourceRef } from "./common";
import { QualityMappingFile, QualitySource } from "./quality";

/**
 * Schemas of the files in data/ (one file per entity; the id is the file name) and of the
 * resolved catalog the engine reads. Every figure carries a source and an as-of date at the
 * level where it was read: a figure read from a snapshot cites the snapshot file at its commit
 * (with the original page as `upstream`), a figure read from a page cites the page and the day.
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

/**
 * How many layers of each attention kind the model has, where they differ: full attention keeps
 * every token's keys and values; a sliding-window layer keeps at most `slidingWindow` tokens; a
 * linear-attention or state-space layer keeps a fixed state and no growing cache.
 */
export const LayerPattern = z
  .object({
    full: z.number().int().min(0),
    sliding: z.number().int().min(0).default(0),
    linear: z.number().int().min(0).default(0),
  })
  .strict();
export type LayerPattern = z.infer<typeof LayerPattern>;

export const Architecture = z
  .object({
    layers: z.number().int().positive().max(1000),
    attention: Attention,
    kvHeads: z.number().int().positive().max(1024).optional(),
    headDim: z.number().int().positive().max(2048).optional(),
    kvLoraRank: z.number().int().positive().max(8192).optional(),
    qkRopeHeadDim: z.number().int().positive().max(1024).optional(),
    /** Layers by attention kind; absent means every layer is full attention. */
    layerPattern: LayerPattern.optional(),
    /** The window of the sliding-window layers, in tokens. */
    slidingWindow: z.number().int().positive().optional(),
    /**
     * DeepSeek-V3.2's sparse-attention indexer keeps its own key per token and layer
     * (`index_head_dim` elements, stored in FP8 with a scale) beside the MLA latent.
     */
    indexer: z.object({ headDim: z.number().int().positive(), bytesPerToken: z.number().positive() }).strict().optional(),
    experts: z.number().int().positive().optional(),
    expertsPerToken: z.number().int().positive().optional(),
    sharedExperts: z.number().int().min(0).optional(),
    hiddenSize: z.number().int().positive().optional(),
    vocabSize: z.number().int().positive().optional(),
    /** Whether the input embedding and the output head share one matrix. */
    tiedEmbeddings: z.boolean().optional(),
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
    const p = a.layerPattern;
    if (p && p.full + p.sliding + p.linear !== a.layers) {
      ctx.addIssue({ code: "custom", path: ["layerPattern"], message: `must add up to the ${a.layers} layers (full + sliding + linear = ${p.full + p.sliding + p.linear})` });
    }
    if (p && p.sliding > 0 && a.slidingWindow === undefined) {
      ctx.addIssue({ code: "custom", path: ["slidingWindow"], message: "is required when some layers use a sliding window" });
    }
    if ((a.experts === undefined) !== (a.expertsPerToken === undefined)) {
      ctx.addIssue({ code: "custom", path: ["expertsPerToken"], message: "experts and expertsPerToken go together" });
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

/**
 * Whether the model thinks before it answers: "always" (a reasoning model), "optional" (a hybrid
 * with a thinking switch; offerings default to their provider's setting), "none".
 * `hiddenTokensPerOutputToken` is a published ratio of reasoning tokens to visible ones, where one exists.
 */
export const Reasoning = z
  .object({
    mode: z.enum(["none", "always", "optional"]),
    hiddenTokensPerOutputToken: z.object({ value: z.number().min(0).max(100), ...cited }).strict().optional(),
  })
  .strict();
export type Reasoning = z.infer<typeof Reasoning>;

/** data/labs/<id>.json */
export const LabFile = z
  .object({ name: z.string().min(1), origin: CountryCode, ...cited })
  .strict();
export type LabFile = z.infer<typeof LabFile>;

/** data/models/<id>.json: one release of a model (a new checkpoint is a new file, linked by `predecessor`). */
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
    /** Vendor-reported benchmark figures: a second source of quality, marked as such. */
    benchmarks: z.array(Benchmark).default([]),
    /** Where the name, context, modalities and release date were read. */
    sources: z.array(z.object(cited).strict()).min(1),
    unverified: z.array(Unverified).default([]),
    contentNotes: z.array(ContentNote).default([]),
    /** Family or generation, to group models in lists. */
    family: z.string().optional(),
    /** The release this one succeeds (a model id): pages say "newer version available" on the old one. */
    predecessor: z.string().optional(),
    /** Former ids of this release: `/models/<alias>` redirects here and old links still resolve. */
    aliases: z.array(z.string()).default([]),
    reasoning: Reasoning.optional(),
    /** The format the lab publishes the weights in, when it is not BF16 (gpt-oss: mxfp4; DeepSeek-V3: fp8). */
    nativeFormat: z.object({ format: Quantization, ...cited }).strict().optional(),
    /** The snapshot file the figures were imported from, for re-import (e.g. models.dev/models/openai/gpt-5.toml). */
    upstream: z.string().optional(),
  })
  .strict();
export type ModelFile = z.infer<typeof ModelFile>;

export const TrainingUse = z.enum(["no", "yes", "opt-out", "opt-in", "unknown"]);
export type TrainingUse = z.infer<typeof TrainingUse>;

/** What a provider does with prompts: training, retention, zero-retention availability. */
export const DataPolicy = z
  .object({
    trainsOnPrompts: TrainingUse,
    /** Default retention of prompts and outputs in days (abuse monitoring included), where stated. */
    retentionDays: z.number().min(0).optional(),
    /** The retention in words, as the policy says it. */
    retention: z.string().optional(),
    /** Zero data retention: the default, available on request or by setting, on approval, not offered, or not known. */
    zeroRetention: z.enum(["default", "available", "on-approval", "no", "unknown"]),
    note: z.string().optional(),
    ...cited,
  })
  .strict();
export type DataPolicy = z.infer<typeof DataPolicy>;

/**
 * Who runs a service and under which law: `country` is the ultimate parent's (a US cloud's EU
 * subsidiary still reads US); the contracting entity is a second, shown fact.
 */
export const Operator = z
  .object({
    name: z.string().min(1),
    country: CountryCode,
    contractingEntity: z.string().optional(),
    contractingCountry: CountryCode.optional(),
    note: z.string().optional(),
    ...cited,
  })
  .strict();
export type Operator = z.infer<typeof Operator>;

const Price = z.number().min(0).max(10_000, { error: "is per 1M tokens; over 10,000 looks like a unit mix-up" });

/** Prices per 1M tokens in the offering's currency. */
export const Prices = z
  .object({
    currency: Currency.default("USD"),
    input: Price,
    output: Price,
    /** Input tokens read from the provider's prompt cache. */
    cachedInput: Price.optional(),
    /** Input tokens written to the cache, where billed apart from plain input. */
    cacheWrite: Price.optional(),
    batchInput: Price.optional(),
    batchOutput: Price.optional(),
    /** Whether the list price includes VAT (Chinese list prices usually do; EU and US ones do not). */
    vatIncluded: z.boolean().optional(),
  })
  .strict();
export type Prices = z.infer<typeof Prices>;

/** A long-context tier: once the prompt passes `abovePromptTokens`, the whole request is priced at these. */
export const PriceTier = z
  .object({
    abovePromptTokens: z.number().int().positive(),
    input: Price,
    output: Price,
    cachedInput: Price.optional(),
  })
  .strict();
export type PriceTier = z.infer<typeof PriceTier>;

/** How the provider bills its prompt cache, so a reuse assumption can be stated. */
export const CachePolicy = z
  .object({
    /** "none": writes cost nothing extra; "premium": writes cost cacheWrite; "storage": billed per token-hour stored. */
    writeFee: z.enum(["none", "premium", "storage"]),
    /** How long an entry lives, in words ("5 minutes, or 1 hour at a higher write price"). */
    lifetime: z.string().optional(),
    storageUsdPerMTokHour: z.number().min(0).optional(),
    /** Whether batch prices apply to cached tokens too (the discounts stack). */
    stacksWithBatch: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();
export type CachePolicy = z.infer<typeof CachePolicy>;

/** An offering's fields; OfferingEntry adds the checks between them. */
export const OfferingFields = z
  .object({
    model: z.string().min(1),
    /** A distinct endpoint with its own price or residency, e.g. "eu" for an EU data zone. */
    endpoint: z.string().regex(/^[a-z0-9-]+$/, { error: "must be a lower-case slug" }).optional(),
    /** Every region this offering's scope may route a prompt to. */
    regions: z.array(Region).min(1),
    scope: Scope,
    prices: Prices,
    tiers: z.array(PriceTier).default([]),
    cache: CachePolicy.optional(),
    /** The regional price's surcharge over the provider's global price, as a multiplier (1.1 = +10 %). */
    regionalUplift: z.number().min(1).max(3).optional(),
    /** A plan or contract the offering needs (an enterprise plan for in-region routing): a note, never an exclusion. */
    planRequired: z.string().optional(),
    status: OfferingStatus.default("active"),
    /** The announced shutdown date. */
    retiresOn: IsoDate.optional(),
    /** The provider's name for the model, as its API takes it. */
    apiModelId: z.string().optional(),
    contextTokens: z.number().int().positive().optional(),
    maxOutputTokens: z.number().int().positive().optional(),
    /** A measured output speed and time to first token of this endpoint, where published. */
    speed: z
      .object({ outputTokensPerSecond: z.number().positive().optional(), ttftSeconds: z.number().positive().optional(), ...cited })
      .strict()
      .optional(),
    notes: z.array(z.string()).default([]),
    unverified: z.array(Unverified).default([]),
    /** The original page a snapshot copied the figures from. */
    upstream: z.string().optional(),
    ...cited,
  })
  .strict();

export const OfferingEntry = OfferingFields.superRefine((o, ctx) => {
    if (o.scope === "global" && o.regions.length < 2) {
      ctx.addIssue({ code: "custom", path: ["scope"], message: "is global, so regions must list every region it may route to" });
    }
    if (o.status === "retiring" && o.retiresOn === undefined) {
      ctx.addIssue({ code: "custom", path: ["retiresOn"], message: "is required when the status is \"retiring\"" });
    }
  });
export type OfferingEntry = z.infer<typeof OfferingEntry>;

/** data/providers/<id>.json: an API provider and its offerings. */
export const ProviderFile = z
  .object({
    name: z.string().min(1),
    url: z.url(),
    /** Where this provider processes prompts, in words. */
    processing: z.string().min(1),
    operator: Operator,
    dataPolicy: DataPolicy.optional(),
    dpaUrl: z.url().optional(),
    subprocessorsUrl: z.url().optional(),
    /** A reseller or gateway that routes to other providers' endpoints. */
    aggregator: z.boolean().default(false),
    offerings: z.array(OfferingEntry),
    unverified: z.array(Unverified).default([]),
    ...cited,
  })
  .strict();
export type ProviderFile = z.infer<typeof ProviderFile>;

/** A data centre location a GPU cloud documents. */
export const Location = z.object({ region: Region, place: z.string().min(1), ...cited }).strict();
export type Location = z.infer<typeof Location>;

/** data/clouds/<id>.json: a company that rents GPUs. */
export const CloudFile = z
  .object({
    name: z.string().min(1),
    url: z.url(),
    operator: Operator,
    /**
     * A marketplace of third-party hosts (community listings): the host's country is not
     * guaranteed and no DPA covers it, so its rentals never satisfy a restricted region.
     */
    marketplace: z.boolean(),
    locations: z.array(Location).default([]),
    dataPolicy: DataPolicy.optional(),
    dpaUrl: z.url().optional(),
    subprocessorsUrl: z.url().optional(),
    unverified: z.array(Unverified).default([]),
    ...cited,
  })
  .strict();
export type CloudFile = z.infer<typeof CloudFile>;

export const RentalKind = z.enum(["on-demand", "spot", "reserved", "serverless"]);
export type RentalKind = z.infer<typeof RentalKind>;

export const Rental = z
  .object({
    /** The cloud's id (data/clouds/<id>.json). */
    cloud: z.string().min(1),
    /** The documented data-centre region of this price; absent for a marketplace listing. */
    region: Region.optional(),
    /** The data centre or cloud region, e.g. "Paris (fr-par-2)" or "eu-north-1". */
    location: z.string().optional(),
    /** Overrides the cloud's own marketplace flag for this row (e.g. a community tier of a cloud). */
    marketplace: z.boolean().optional(),
    /** Price per GPU-hour in `currency`, as published (multi-GPU instances divided by their GPU count). */
    pricePerGpuHour: z.number().positive().max(200, { error: "is per GPU-hour; over 200 looks like an instance or monthly price" }),
    currency: Currency,
    kind: RentalKind,
    /** Billing granularity: serverless GPUs bill by the second. */
    billing: z.enum(["hour", "minute", "second"]).default("hour"),
    /** Serverless: a cold start's seconds, where published. */
    coldStartSeconds: z.number().min(0).optional(),
    /** Reserved: the commitment. */
    commitmentMonths: z.number().int().positive().optional(),
    /** The smallest number of GPUs the price is sold in (an 8-GPU instance: 8). */
    minGpus: z.number().int().positive().default(1),
    sku: z.string().optional(),
    ...cited,
  })
  .strict();
export type Rental = z.infer<typeof Rental>;

export const GpuKind = z.enum(["datacenter", "workstation", "consumer", "apple"]);
export type GpuKind = z.infer<typeof GpuKind>;

/** data/gpus/<id>.json */
export const GpuFile = z
  .object({
    name: z.string().min(1),
    vendor: z.string().min(1),
    kind: GpuKind,
    /** Memory as the vendor states it: "24 GB" cards hold 24 GiB, so bytes = memoryGB x 2^30. */
    memoryGB: z.number().positive().max(2048),
    bandwidthGBs: z.number().positive().max(100_000).optional(),
    /** Dense tensor throughput in TFLOPS (no sparsity), for prefill. */
    tflops: z.object({ bf16: z.number().positive().optional(), fp8: z.number().positive().optional(), fp4: z.number().positive().optional() }).strict().optional(),
    /** How several of these talk to each other in one machine. */
    interconnect: z.enum(["nvlink", "pcie", "xgmi", "hccs", "unified"]).optional(),
    /** GPUs that share one NVLink/xGMI domain in a typical server (8 in an HGX board). */
    nodeSize: z.number().int().positive().optional(),
    /** The runtime people serve with on this part: llama.cpp or MLX for consumer and Apple parts, vLLM or SGLang for data-centre parts. */
    runtime: Runtime,
    watts: z.number().positive().max(5000).optional(),
    idleWatts: z.number().positive().max(5000).optional(),
    /** Apple unified memory: the share of RAM the GPU may keep resident by default. */
    gpuMemoryShare: z.number().gt(0).max(1).optional(),
    /** A public purchase price per GPU (or per machine for Apple parts). */
    listPrice: z.object({ usd: z.number().positive(), note: z.string().optional(), ...cited }).strict().optional(),
    rentals: z.array(Rental).default([]),
    unverified: z.array(Unverified).default([]),
    sources: z.array(z.object({ ...cited, what: z.string().optional() }).strict()).min(1),
  })
  .strict();
export type GpuFile = z.infer<typeof GpuFile>;

/** A dated exchange rate: USD per one unit of the currency. */
export const FxRate = z.object({ usdPer: z.number().positive(), ...cited }).strict();
export type FxRate = z.infer<typeof FxRate>;

/** data/fx.json: rates to USD for prices published in EUR or CNY, and for display. */
export const FxFile = z.object({ EUR: FxRate, CNY: FxRate.optional() }).strict();
export type FxFile = z.infer<typeof FxFile>;

/** data/electricity.json: electricity prices by region, for own hardware. */
export const ElectricityFile = z
  .object({
    prices: z.array(
      z
        .object({
          region: Region,
          usdPerKwh: z.number().positive().max(5).optional(),
          local: z.object({ price: z.number().positive(), currency: Currency }).strict().optional(),
          kind: z.enum(["commercial", "residential", "industrial"]),
          ...cited,
        })
        .strict()
        .refine((e) => e.usdPerKwh !== undefined || e.local !== undefined, { error: "needs usdPerKwh or a local price" }),
    ),
  })
  .strict();
export type ElectricityFile = z.infer<typeof ElectricityFile>;

// ---- The resolved catalog: what lib/ reads -------------------------------------------------

export const Model = ModelFile.safeExtend({
  id: z.string(),
  labName: z.string(),
  origin: CountryCode,
  /** The release that replaces this one, where the catalog has it. */
  successor: z.string().optional(),
});
export type Model = z.infer<typeof Model>;

export const Provider = ProviderFile.omit({ offerings: true }).safeExtend({ id: z.string() });
export type Provider = z.infer<typeof Provider>;

export const Cloud = CloudFile.safeExtend({ id: z.string() });
export type Cloud = z.infer<typeof Cloud>;

/** An offering with its prices in USD (converted at the catalog's dated rate where published in another currency). */
export const Offering = OfferingFields.omit({ model: true }).safeExtend({
  id: z.string(),
  modelId: z.string(),
  providerId: z.string(),
  inputUsdPerMTok: z.number(),
  outputUsdPerMTok: z.number(),
  cachedInputUsdPerMTok: z.number().optional(),
  cacheWriteUsdPerMTok: z.number().optional(),
  batchInputUsdPerMTok: z.number().optional(),
  batchOutputUsdPerMTok: z.number().optional(),
  /** USD per unit of the native currency used, and its date, when prices are not in USD. */
  fx: z.object({ currency: Currency, usdPer: z.number(), asOf: IsoDate }).strict().optional(),
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
  clouds: z.array(Cloud),
  fx: FxFile.optional(),
  electricity: ElectricityFile.optional(),
  /** Quality evidence (data/quality/): independent evaluations and their mapping to tasks. */
  quality: z.object({ sources: z.array(QualitySource), mapping: QualityMappingFile }).optional(),
});
export type Catalog = z.infer<typeof Catalog>;
