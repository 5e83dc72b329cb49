import type { QualitySourceFile } from "../../lib/schema/quality";

/** Reasoning effort as the labs name it, from none to max. */
export const EFFORTS = ["none", "minimal", "low", "medium", "high", "xhigh", "max"] as const;
export type Effort = (typeof EFFORTS)[number];

/**
 * What a row was run with, as far as the printed name or a column says: thinking on or off, a
 * reasoning effort, a thinking budget. A key left out means the source ran the model as served.
 */
export type Mode = { thinking?: boolean; effort?: Effort; budget?: string };

/** A row as a reader finds it, before its printed name is mapped to a release. */
export type DraftRow = {
  /** The name as the source prints it: the key in data/quality/names.json. */
  as: string;
  metric: string;
  score: number;
  low?: number;
  high?: number;
  setting?: string;
  mode?: Mode;
  date?: string;
  /** Among rows of one release that match its default equally, the higher is used (e.g. BFCL's native calls over prompted ones). */
  prefer?: number;
};

/** Everything of a source file but its rows, which the builder fills in. */
export type SourceMeta = Omit<QualitySourceFile, "rows" | "secondary"> & { secondary?: boolean };

export type Draft = {
  /** The source id: data/quality/sources/<id>.json and the key in names.json. */
  id: string;
  meta: SourceMeta;
  rows: DraftRow[];
  /**
   * For a scraped copy (secondary): the official source it stands in for. A release the official
   * source has in an arena (the metric's prefix, e.g. "text") is left out of that arena here, except
   * the scale's anchor rows, which the anchored scale needs in the same file.
   */
  secondaryOf?: string;
  /** What the reader left out or could not read, for the report. */
  notes?: string[];
};

/** One source reader: the reference folder in, one or more drafts out. */
export type Reader = (dir: string) => Draft[];
