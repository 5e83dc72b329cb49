import type { Answers } from "../lib/schema/answers";
import type { Catalog } from "../lib/schema/catalog";
import type { Locale } from "../lib/vocab";

/** Page sizes in points (1/72 inch): ISO 216 A4 (210 x 297 mm) and US Letter (8.5 x 11 in). */
export const PAPER = new Map<string, readonly [number, number]>([
  ["a4", [595.28, 841.89]],
  ["letter", [612, 792]],
]);
export type Paper = "a4" | "letter";

/** A paper name from user input, any case; undefined for anything else (a Map: "constructor" is not a paper). */
export function paperOf(value: string): Paper | undefined {
  const key = value.toLowerCase();
  return PAPER.has(key) ? (key as Paper) : undefined;
}

/** What the memo needs besides the Recommendation; the document itself reads no clock, request or file but its fonts. */
export type MemoOptions = {
  /** The answers the recommendation was made for (its share query decodes to them). */
  answers: Answers;
  catalog: Catalog;
  /** The day the memo is made, YYYY-MM-DD. */
  date: string;
  /**
   * Absolute URL of the results page for these answers (the link and the QR code), and the public
   * origin that makes what-if and methodology links absolute. Without them (no origin can be
   * trusted) the memo prints the result's path and query and links nowhere.
   */
  shareUrl?: string;
  origin?: string;
  paper?: Paper;
  /** The memo's language: its own words and lib/vocab's; "en" unless set. */
  locale?: Locale;
};

/** How many ranked options the memo details: a page of 5. */
export const TOP_N = 5;
