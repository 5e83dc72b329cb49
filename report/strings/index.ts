import type { Locale } from "../../lib/vocab";
import { EN_MEMO } from "./en";
import type { MemoStrings } from "./types";
import { ZH_MEMO } from "./zh";

export type { CriterionFacts, MemoStrings } from "./types";

/** The memo's own words by locale: a locale without its table fails to compile. */
export const MEMO_STRINGS: Record<Locale, MemoStrings> = { en: EN_MEMO, zh: ZH_MEMO };
