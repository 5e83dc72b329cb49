import type { Answers } from "@/lib/schema/answers";
import type { Catalog } from "@/lib/schema/catalog";
import type { Recommendation } from "@/lib/schema/recommendation";

/** Page sizes in points (1/72 inch): ISO 216 A4 (210 x 297 mm) and US Letter (8.5 x 11 in). */
export const PAPER = { a4: [595.28, 841.89], letter: [612, 792] } as const;
export type Paper = keyof typeof PAPER;

/** Everything the memo shows; the document itself reads no clock, request or file. */
export type MemoInput = {
  answers: Answers;
  recommendation: Recommendation;
  catalog: Catalog;
  /** The request date, YYYY-MM-DD. */
  date: string;
  /** Absolute URL of the results page for these answers. */
  shareUrl: string;
  /** Absolute origin, to make what-if links absolute. */
  origin: string;
  paper: Paper;
};

/** How many ranked options the memo details. */
export const TOP_N = 5;
