import { z } from "zod";
import { CountryCode, IsoDate, Region } from "./common";
import { Attention, Modality, RentalRegion, Unverified } from "./catalog";

/**
 * The public catalog export (DESIGN.md "Catalog export"): what `cli models --json` prints and
 * `GET /api/catalog` answers. Field names of DESIGN are kept; fields beyond them are additions.
 * One deviation: `gpus[].bandwidthGBs` is optional, because a figure whose sources conflict
 * (e.g. Huawei Ascend 910B) is left out rather than guessed; `unverified` says why.
 */

const ExportLicense = z
  .object({ id: z.string(), commercial: z.boolean(), note: z.string().optional(), source: z.string(), asOf: IsoDate })
  .strict();

const ExportParams = z.object({ totalB: z.number(), activeB: z.number(), source: z.string(), asOf: IsoDate }).strict();

const ExportArchitecture = z
  .object({
    layers: z.number().int(),
    attention: Attention,
    kvHeads: z.number().int().optional(),
    headDim: z.number().int().optional(),
    kvLoraRank: z.number().int().optional(),
    qkRopeHeadDim: z.number().int().optional(),
    experts: z.number().int().optional(),
    expertsPerToken: z.number().int().optional(),
    source: z.string(),
    asOf: IsoDate,
  })
  .strict();

const ExportBenchmark = z
  .object({ name: z.string(), score: z.number(), source: z.string(), asOf: IsoDate, setting: z.string().optional() })
  .strict();

export const ExportModel = z
  .object({
    id: z.string(),
    name: z.string(),
    /** The lab's display name (DESIGN); `labId` is the file id in data/labs/. */
    lab: z.string(),
    labId: z.string(),
    origin: CountryCode,
    openWeights: z.boolean(),
    license: ExportLicense,
    params: ExportParams.optional(),
    contextTokens: z.number().int(),
    modalities: z.array(Modality),
    architecture: ExportArchitecture.optional(),
    benchmarks: z.array(ExportBenchmark),
    sources: z.array(z.string()),
    releaseDate: IsoDate,
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
    providerId: z.string(),
    regions: z.array(Region),
    inputUsdPerMTok: z.number(),
    outputUsdPerMTok: z.number(),
    cachedInputUsdPerMTok: z.number().optional(),
    source: z.string(),
    asOf: IsoDate,
  })
  .strict();
export type ExportOffering = z.infer<typeof ExportOffering>;

/** The rental behind `rentUsdPerHour`, so a reader can check it. */
const ExportRent = z
  .object({ provider: z.string(), region: RentalRegion, sku: z.string().optional(), source: z.string(), asOf: IsoDate })
  .strict();

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
    /** Cheapest on-demand rental published in USD, per GPU-hour. */
    rentUsdPerHour: z.number().optional(),
    rent: ExportRent.optional(),
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
    /** Newest as-of date in the catalog (the same as `version` today). */
    asOf: z.string(),
    /** Credit for data under CC BY 4.0, shown wherever the export is. */
    credits: z.array(z.string()),
    models: z.array(ExportModel),
    offerings: z.array(ExportOffering),
    gpus: z.array(ExportGpu),
  })
  .strict();
export type CatalogExport = z.infer<typeof CatalogExport>;
