import { Font } from "@react-pdf/renderer";

/**
 * Fonts. The only Inter on this machine is @fontsource-variable/inter, shipped as WOFF2, and
 * react-pdf's font subsetter (fontkit's TTFSubset) fails on WOFF2 glyph tables ("Offset is
 * outside the bounds of the DataView"); it takes TTF or WOFF only. So the memo uses the PDF
 * standard font Helvetica: every viewer has its metrics, nothing to embed or load, and
 * sanitize.ts keeps the text within the characters it draws.
 * https://react-pdf.org/fonts
 */
export const FONT = { body: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique" } as const;

/** Words longer than this are broken into chunks so that they wrap instead of overflowing. */
const LONG_WORD = 24;
const CHUNK = 14;

/**
 * Hyphenation: ordinary words are never split (a memo reads better unhyphenated); long tokens
 * such as URLs, ids and hostile strings are split after "/", "-", "_", ".", "?", "&", "=" where
 * possible, else every CHUNK characters. https://react-pdf.org/fonts#registerhyphenationcallback
 */
export function splitLongWord(word: string): string[] {
  if (word.length <= LONG_WORD) return [word];
  const parts: string[] = [];
  let current = "";
  for (const ch of word) {
    current += ch;
    const soft = /[/\-_.?&=,:]/.test(ch) && current.length >= 4;
    if (soft || current.length >= CHUNK) {
      parts.push(current);
      current = "";
    }
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

let registered = false;

/** Idempotent: react-pdf keeps the callback in a module-level registry. */
export function registerFonts(): void {
  if (registered) return;
  Font.registerHyphenationCallback(splitLongWord);
  registered = true;
}
