/**
 * The memo is set in the PDF standard font Helvetica (see fonts.ts for why), which draws the
 * Windows-1252 ("WinAnsi") character set only: pdfkit writes any other character as a broken
 * code. Every string that reaches the page passes through `sanitizeText` first, so hostile or
 * exotic input (bidi marks, emoji, control characters, CJK, very long strings) still gives a
 * valid, readable PDF. https://github.com/foliojs/pdfkit/blob/master/lib/font/afm.js
 */

/** Characters of Windows-1252 above Latin-1's printable range that pdfkit maps (WIN_ANSI_MAP). */
const WIN_ANSI_EXTRA = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014, 0x2018,
  0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac,
  0x2122,
]);

/** Readable stand-ins for common characters outside the set. */
const REPLACE: Record<string, string> = {
  "\u2212": "-", // minus sign
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2015": "-",
  "\u2032": "'",
  "\u2033": '"',
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
  "\u2713": "yes",
  "\u2714": "yes",
  "\u2717": "no",
  "\u00d7": "x",
  "\u2009": " ",
  "\u200a": " ",
  "\u202f": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u3000": " ",
  "\u00ad": "",
  // Latin letters with a stroke have no decomposition to strip.
  "\u0141": "L",
  "\u0142": "l",
  "\u0110": "D",
  "\u0111": "d",
  "\u0131": "i",
  "\u0126": "H",
  "\u0127": "h",
};

/** Invisible or direction-changing characters: dropped (bidi marks and isolates, zero-width, BOM, variation selectors, tags). */
const INVISIBLE = /[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufe00-\ufe0f]|\udb40[\udc00-\udc7f]|\udb40[\udd00-\uddef]/g;

function drawable(cp: number): boolean {
  return (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRA.has(cp);
}

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
 * Text -> text that Helvetica draws: control characters (but the line feed) become spaces, invisible marks go,
 * other characters fall back to a readable stand-in, runs of "?" collapse to one, and text
 * longer than `maxLength` is cut with an ellipsis.
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
