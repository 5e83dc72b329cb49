import type { Answers } from "../lib/schema/answers";
import type { Catalog } from "../lib/schema/catalog";
import type { Option, Recommendation } from "../lib/schema/recommendation";
import { format, type Locale, type Words } from "../lib/vocab";
import type { Pager } from "./pdf/pager";
import type { MemoStrings } from "./strings";

/** Everything a section draws from: the pager, the words (lib/vocab's and the memo's own) and the result. */
export type Memo = {
  p: Pager;
  W: Words;
  S: MemoStrings;
  locale: Locale;
  rec: Recommendation;
  answers: Answers;
  catalog: Catalog;
  date: string;
  shareUrl?: string;
  origin?: string;
  /** The options the memo details, best first. */
  top: readonly Option[];
};

/** A score or quality figure as the memo prints it: one decimal ("78.6"). */
export const score = (n: number) => format.grouped(n, 1, true);

/** A whole figure of the 0-100 quality scale ("82"). */
export const whole = (n: number) => format.grouped(n, 0);
