import { z } from "zod";
import { IsoDate, SourceRef, Task } from "./common";

/**
 * Quality evidence (data/quality/): evaluations run with one harness across many models, and
 * vendor-reported tables as a second, marked source. One file per source in
 * data/quality/sources/<id>.json, and one mapping from evaluations to tasks in
 * data/quality/mapping.json. Each row names a catalog release; the engine reads nothing else
 * about quality.
 */

/**
 * How a source's value becomes 0-100: a pass rate as it is ("percent"), a fraction x 100
 * ("fraction"), or a rating mapped linearly through two named anchor rows ("anchored": e.g.
 * LMArena ratings, where the model `low.model` maps to `low.maps` and `high.model` to
 * `high.maps`), clamped to 0-100.
 */
export const QualityScale = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("percent") }).strict(),
  z.object({ kind: z.literal("fraction") }).strict(),
  z
    .object({
      kind: z.literal("anchored"),
      low: z.object({ model: z.string().min(1), maps: z.number().min(0).max(100) }).strict(),
      high: z.object({ model: z.string().min(1), maps: z.number().min(0).max(100) }).strict(),
    })
    .strict(),
]);
export type QualityScale = z.infer<typeof QualityScale>;

export const QualityRow = z
  .object({
    /** The catalog release (data/models/<id>.json). */
    model: z.string().min(1),
    /** The name the source prints, so a reader can find the row there. */
    as: z.string().min(1),
    metric: z.string().min(1),
    /** The value as published, in the source's own unit. */
    score: z.number(),
    /** The source's own interval (e.g. LMArena's 95 % bounds, or score ± 1.96 stderr), in the same unit. */
    low: z.number().optional(),
    high: z.number().optional(),
    /** Reasoning effort, thinking setting, scaffold: what the row was run with. */
    setting: z.string().optional(),
    /** The row an offering of this release uses when the source has several settings of it. */
    default: z.boolean().optional(),
    date: IsoDate.optional(),
  })
  .strict()
  .refine((r) => (r.low === undefined) === (r.high === undefined), { error: "low and high go together", path: ["high"] })
  .refine((r) => r.low === undefined || r.high === undefined || (r.low <= r.score && r.score <= r.high), {
    error: "the interval must contain the score",
    path: ["low"],
  });
export type QualityRow = z.infer<typeof QualityRow>;

export const QualityMetric = z
  .object({
    label: z.string().min(1),
    /** What a value measures, in a sentence. */
    what: z.string().min(1),
    /** Overrides the source's scale for this metric. */
    scale: QualityScale.optional(),
  })
  .strict();
export type QualityMetric = z.infer<typeof QualityMetric>;

/** data/quality/sources/<id>.json */
export const QualitySourceFile = z
  .object({
    name: z.string().min(1),
    /** "independent": one harness or rating method across models; "vendor": figures the labs report. */
    kind: z.enum(["independent", "vendor"]),
    /** A scraped copy of an official table, used only where the official file lacks the model. */
    secondary: z.boolean().default(false),
    /** The file actually read: a repository path at a commit, or a page with the day it was read. */
    source: SourceRef,
    /** The leaderboard's own page, for people. */
    url: z.url().optional(),
    asOf: IsoDate,
    licence: z.string().min(1),
    /** The attribution the licence asks for, shown wherever the figures are. */
    credit: z.string().optional(),
    /** How the evaluation is run, in a sentence. */
    harness: z.string().min(1),
    scale: QualityScale,
    /** The standard deviation, on the 0-100 scale, of a row that publishes no interval. */
    sigma: z.number().positive().max(50),
    metrics: z.record(z.string(), QualityMetric),
    rows: z.array(QualityRow),
  })
  .strict();
export type QualitySourceFile = z.infer<typeof QualitySourceFile>;

/** One line of the mapping: this evaluation's metric stands for this task with this weight, and why. */
export const QualityMapping = z
  .object({
    task: Task,
    source: z.string().min(1),
    metric: z.string().min(1),
    weight: z.number().positive().max(10),
    reason: z.string().min(1),
  })
  .strict();
export type QualityMapping = z.infer<typeof QualityMapping>;

/** data/quality/mapping.json */
export const QualityMappingFile = z
  .object({
    /** A vendor-reported table's weight relative to an independent evaluation of the same task (e.g. 0.3). */
    vendorWeight: z.number().min(0).max(1),
    entries: z.array(QualityMapping).min(1),
  })
  .strict();
export type QualityMappingFile = z.infer<typeof QualityMappingFile>;

export const QualitySource = QualitySourceFile.safeExtend({ id: z.string() });
export type QualitySource = z.infer<typeof QualitySource>;
