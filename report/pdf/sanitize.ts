import { cjkHas } from "./metrics";

/**
 * The memo is set in Inter (latin and latin-ext subsets) with Noto Sans SC for Chinese and whatever
 * else Inter lacks (fonts.ts). A character no file draws would come out as an empty box (the font's
 * .notdef glyph), so every string that reaches the page passes through `sanitizeText` first:
 * hostile or exotic input (bidi marks, emoji, control characters, very long strings) still gives a
 * valid, readable PDF. tests/unit/report/fonts.test.ts checks every range below against the files.
 */

/** Code point ranges, inclusive, that Inter's latin or latin-ext WOFF draws (a subset of their cmaps). */
export const DRAWABLE: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // ASCII
  [0x00a0, 0x00ac], // Latin-1 (no soft hyphen)
  [0x00ae, 0x0148], // Latin-1, Latin Extended-A (U+0149 is deprecated and not drawn)
  [0x014a, 0x01c3], // Latin Extended-A and -B
  [0x01c5, 0x024f], // Latin Extended-B
  [0x02c6, 0x02c6],
  [0x02da, 0x02da],
  [0x02dc, 0x02dc],
  [0x1e00, 0x1e9b], // Latin Extended Additional, without the Vietnamese block U+1EA0..1EF1
  [0x1e9d, 0x1e9f],
  [0x1ef2, 0x1eff],
  [0x2009, 0x2009], // thin space
  [0x2013, 0x2014], // dashes
  [0x2018, 0x201a], // quotes
  [0x201c, 0x201e],
  [0x2020, 0x2020],
  [0x2022, 0x2022], // bullet
  [0x2026, 0x2026], // ellipsis
  [0x2032, 0x2033], // primes
  [0x2039, 0x203a],
  [0x20a0, 0x20af], // currency signs, the euro included
  [0x20b1, 0x20b5],
  [0x20b8, 0x20ba],
  [0x20bc, 0x20bf],
  [0x2122, 0x2122], // trade mark
  [0x2212, 0x2212], // minus
];

/** Whether Inter draws `cp` (the ranges above). */
export function interDraws(cp: number): boolean {
  if (cp >= 0x20 && cp <= 0x7e) return true;
  for (const [lo, hi] of DRAWABLE) {
    if (cp < lo) return false;
    if (cp <= hi) return true;
  }
  return false;
}

/**
 * Whether some file of the memo draws `cp`: Inter's ranges, else Noto Sans SC's cmap (Chinese,
 * CJK punctuation and full-width forms, Greek, Cyrillic). Controls and the private use area never.
 */
export function drawable(cp: number): boolean {
  if (interDraws(cp)) return true;
  if (cp < 0x370 || (cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) return false;
  return cjkHas(cp);
}

/** Readable stand-ins for common characters the fonts lack or that read better plain. */
const REPLACE: Record<string, string> = {
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2015": "\u2014",
  "\u2190": "<-",
  "\u2192": "->",
  "\u2194": "<->",
  "\u21d2": "=>",
  "\u2248": "~",
  "\u2243": "~",
  "\u2260": "!=",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u221e": "infinity",
  "\u2030": " per mille",
  "\u2713": "yes",
  "\u2714": "yes",
  "\u2717": "no",
  "\u200a": " ",
  "\u202f": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u00ad": "",
};

/**
 * Dropped: invisible or direction-changing characters (bidi marks and isolates, zero-width, BOM,
 * variation selectors, tags), and combining marks left over after NFC composition (no precomposed
 * letter exists, or "Zalgo" text stacking dozens of them).
 */
const INVISIBLE = /[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufe00-\ufe0f]|\udb40[\udc00-\udc7f]|\udb40[\udd00-\uddef]|\p{M}/gu;

/** One character the font cannot draw -> a stand-in: its letter without accents, or "?". */
function fallback(ch: string): string {
  const replaced = REPLACE[ch];
  if (replaced !== undefined) return replaced;
  const bare = ch.normalize("NFKD").replace(/\p{M}/gu, "");
  if (bare.length > 0 && [...bare].every((c) => drawable(c.codePointAt(0) ?? 0))) return bare;
  return "?";
}

export type SanitizeOptions = { maxLength?: number };

/**
 * Text -> text that the memo's fonts draw: control characters (but the line feed) become
 * spaces, invisible marks go, other characters fall back to a readable stand-in, runs of "?"
 * collapse to one, and text longer than `maxLength` is cut with an ellipsis.
 */
export function sanitizeText(input: string, { maxLength = 2000 }: SanitizeOptions = {}): string {
  const text = input.normalize("NFC").replace(INVISIBLE, "").replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, " ");
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    out += ch === "\n" || (drawable(cp) && REPLACE[ch] === undefined) ? ch : fallback(ch);
  }
  out = out.replace(/\?{2,}/g, "?").replace(/ {2,}/g, " ");
  return out.length > maxLength ? `${out.slice(0, maxLength - 1).trimEnd()}\u2026` : out;
}
