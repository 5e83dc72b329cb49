import { z } from "zod";
import { IsoDate, SourceRef } from "./common";

/**
 * Published speed measurements (data/calibration/decode.json), replayed by the time model's
 * accuracy check and used to fit its constants. Rows marked `holdout` are never used for fitting.
 */
export const CalibrationClass = z.enum(["single-dense", "single-moe", "multi-tensor", "multi-layer-split", "apple", "datacenter-serving"]);
export type CalibrationClass = z.infer<typeof CalibrationClass>;

const Facts = z
  .object({
    totalB: z.number().positive(),
    activeB: z.number().positive(),
    layers: z.number().int().positive(),
    attention: z.enum(["mha", "gqa", "mqa", "mla"]).optional(),
    kvHeads: z.number().int().positive().optional(),
    headDim: z.number().int().positive().optional(),
    kvLoraRank: z.number().int().positive().optional(),
    qkRopeHeadDim: z.number().int().positive().optional(),
    experts: z.number().int().positive().optional(),
    expertsPerToken: z.number().int().positive().optional(),
    hiddenSize: z.number().int().positive().optional(),
    vocabSize: z.number().int().positive().optional(),
    source: SourceRef,
    asOf: IsoDate,
  })
  .passthrough();

const GpuFacts = z.object({ memoryGB: z.number().positive(), bandwidthGBs: z.number().positive(), source: SourceRef, asOf: IsoDate }).passthrough();

export const CalibrationRow = z
  .object({
    id: z.string().min(1),
    model: z.string().min(1),
    modelFacts: Facts.optional(),
    format: z.string().min(1),
    gpu: z.string().min(1),
    gpuFacts: GpuFacts.optional(),
    gpuCount: z.number().int().positive(),
    runtime: z.string().min(1),
    parallelism: z.string().min(1),
    interconnect: z.string().optional(),
    nodes: z.number().int().positive().optional(),
    batch: z.number().int().positive().nullable().optional(),
    promptTokens: z.number().int().min(0).optional(),
    outputTokens: z.number().int().positive().optional(),
    decodeTokensPerSecond: z.number().positive().optional(),
    aggregateTokensPerSecond: z.number().positive().optional(),
    prefillTokensPerSecond: z.number().positive().optional(),
    ttftSeconds: z.number().positive().optional(),
    tags: z.array(z.string()).default([]),
    class: CalibrationClass,
    holdout: z.boolean(),
    source: SourceRef,
    asOf: IsoDate,
    note: z.string().optional(),
  })
  .strict();
export type CalibrationRow = z.infer<typeof CalibrationRow>;

export const CalibrationFile = z.object({ about: z.string(), rows: z.array(CalibrationRow).min(1) }).strict();
export type CalibrationFile = z.infer<typeof CalibrationFile>;

export const GgufSizeRow = z
  .object({
    id: z.string().min(1),
    model: z.string().min(1),
    modelFacts: z.object({ totalB: z.number().positive() }).passthrough().optional(),
    format: z.string().min(1),
    fileBytes: z.number().positive(),
    source: SourceRef,
    asOf: IsoDate,
    note: z.string().optional(),
  })
  .strict();
export const GgufSizeFile = z.object({ about: z.string(), rows: z.array(GgufSizeRow).min(1) }).strict();
export type GgufSizeRow = z.infer<typeof GgufSizeRow>;
