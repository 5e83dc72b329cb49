import { z } from "zod";
import { CountryCode, IsoDate, OfferingStatus, Region, Scope } from "./common";
import { Architecture, License, Modality, Params, PriceTier, Rental, Unverified } from "./catalog";

/**
 * The public catalog export (DESIGN.md "Catalog export", contract 2): what `cli models --json`
 * prints and `GET /api/catalog` answers. Field names of DESIGN are kept; others are additions.
 */

const ExportBenchmark = z.object({ name: z.string(), score: z.number(), source: z.string(), asOf: IsoDate, setting: z.string().optional() }).strict();

export const ExportModel = z
  .object({
    id: z.string(),
    name: z.string(),
    /** The lab's display name (DESIGN); `labId` is the file id in data/labs/. */
    lab: z.string(),
    labId: z.string(),
    origin: CountryCode,
    openWeights: z.boolean(),
    license: License,
    params: Params.optional(),
    contextTokens: z.number().int(),
    modalities: z.array(Modality),
    architecture: Architecture.optional(),
    /** Vendor-reported figures (a second source of quality). */
    benchmarks: z.array(ExportBenchmark),
    sources: z.array(z.string()),
    releaseDate: IsoDate,
    predecessor: z.string().optional(),
    successor: z.string().optional(),
    aliases: z.array(z.string()),
    reasoning: z.string().optional(),
    nativeFormat: z.string().optional(),
    /** Ids of providers with an API offering of this model. */
    providers: z.array(z.string()),
    unverified: z.array(Unverified),
  })
  .strict();
export type ExportModel = z.infer<typeof ExportModel>;

export const ExportOffering = z
  .object({
    id: z.string(),
    modelId: z.string(),
    /** The release the offering serves (the model id). */
    release: z.string(),
    providerId: z.string(),
    regions: z.array(Region),
    scope: Scope,
    status: OfferingStatus,
    retiresOn: IsoDate.optional(),
    inputUsdPerMTok: z.number(),
    outputUsdPerMTok: z.number(),
    cachedInputUsdPerMTok: z.number().optional(),
    cacheWriteUsdPerMTok: z.number().optional(),
    batchInputUsdPerMTok: z.number().optional(),
    batchOutputUsdPerMTok: z.number().optional(),
    nativeCurrency: z.string().optional(),
    tiers: z.array(PriceTier),
    regionalUplift: z.number().optional(),
    planRequired: z.string().optional(),
    source: z.string(),
    upstream: z.string().optional(),
    asOf: IsoDate,
  })
  .strict();
export type ExportOffering = z.infer<typeof ExportOffering>;

export const ExportProvider = z
  .object({
    id: z.string(),
    name: z.string(),
    operator: z.string(),
    operatorCountry: CountryCode,
    contractingEntity: z.string().optional(),
    contractingCountry: CountryCode.optional(),
    dataPolicy: z.object({ trainsOnPrompts: z.string(), retentionDays: z.number().optional(), zeroRetention: z.boolean() }).strict().optional(),
    dpaUrl: z.string().optional(),
    subprocessorsUrl: z.string().optional(),
    kind: z.enum(["api", "gpu-cloud"]),
    marketplace: z.boolean().optional(),
    source: z.string(),
    asOf: IsoDate,
  })
  .strict();
export type ExportProvider = z.infer<typeof ExportProvider>;

export const ExportGpu = z
  .object({
    id: z.string(),
    name: z.string(),
    vendor: z.string(),
    kind: z.enum(["datacenter", "workstation", "consumer", "apple"]),
    memoryGB: z.number(),
    bandwidthGBs: z.number().optional(),
    watts: z.number().optional(),
    gpuMemoryShare: z.number().optional(),
    runtime: z.string(),
    /** Cheapest on-demand rental with a documented region, in USD per GPU-hour. */
    rentUsdPerHour: z.number().optional(),
    rentals: z.array(Rental),
    /** The first source of the GPU's specs (DESIGN); `sources` lists them all. */
    source: z.string(),
    sources: z.array(z.string()),
    unverified: z.array(Unverified),
  })
  .strict();
export type ExportGpu = z.infer<typeof ExportGpu>;

export const CatalogExport = z
  .object({
    version: z.string(),
    asOf: z.string(),
    /** Credit for data under CC BY 4.0 and the like, shown wherever the export is. */
    credits: z.array(z.string()),
    models: z.array(ExportModel),
    offerings: z.array(ExportOffering),
    providers: z.array(ExportProvider),
    gpus: z.array(ExportGpu),
  })
  .strict();
export type CatalogExport = z.infer<typeof CatalogExport>;

