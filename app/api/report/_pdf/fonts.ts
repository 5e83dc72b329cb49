import { join } from "node:path";
import { Font } from "@react-pdf/renderer";
import { woffFileAsDataUrl } from "./woff";

/**
 * Inter, embedded (react-pdf subsets it: only the glyphs used are written). fontsource ships
 * Inter per Unicode subset; react-pdf's subsetter (fontkit) reads WOFF but not WOFF2, so the WOFF
 * files of @fontsource/inter are registered: "latin" and, as a per-glyph fallback for letters
 * such as "Ł" or "ő", "latin-ext". sanitize.ts keeps text within what these two files draw.
 * https://react-pdf.org/fonts https://fontsource.org/fonts/inter
 *
 * The files are read at run time from node_modules, once per process; `next build` traces them
 * into the server output (checked in .next/standalone), no next.config.ts entry needed.
 */
export const FAMILY = { latin: "Inter", ext: "Inter latin-ext" } as const;
export const WEIGHT = { regular: 400, semibold: 600, bold: 700 } as const;

/** The font stack of every text: Inter latin first, latin-ext for the glyphs latin lacks. */
export const FONT_STACK = [FAMILY.latin, FAMILY.ext];

type Subset = "latin" | "latin-ext";
type Weight = (typeof WEIGHT)[keyof typeof WEIGHT];

/**
 * The six files, each a literal path from the working directory: the bundler traces what it can
 * read statically into the server output (a pattern would ship every Inter file, 1.2 MB), and a
 * `require.resolve` of a .woff fails the Turbopack build (it tries to bundle it). `next start`,
 * the standalone server.js and the tests all run from the app root.
 */
const FILES: Record<Subset, Record<Weight, () => string>> = {
  latin: {
    400: () => join(process.cwd(), "node_modules/@fontsource/inter/files/inter-latin-400-normal.woff"),
    600: () => join(process.cwd(), "node_modules/@fontsource/inter/files/inter-latin-600-normal.woff"),
    700: () => join(process.cwd(), "node_modules/@fontsource/inter/files/inter-latin-700-normal.woff"),
  },
  "latin-ext": {
    400: () => join(process.cwd(), "node_modules/@fontsource/inter/files/inter-latin-ext-400-normal.woff"),
    600: () => join(process.cwd(), "node_modules/@fontsource/inter/files/inter-latin-ext-600-normal.woff"),
    700: () => join(process.cwd(), "node_modules/@fontsource/inter/files/inter-latin-ext-700-normal.woff"),
  },
};

/** Absolute path of one fontsource Inter WOFF file, e.g. `interFile("latin", 400)`. */
export function interFile(subset: Subset, weight: Weight): string {
  return FILES[subset][weight]();
}

function register(family: string, subset: Subset): void {
  Font.register({
    family,
    fonts: Object.values(WEIGHT).map((fontWeight) => ({ src: woffFileAsDataUrl(interFile(subset, fontWeight)), fontWeight })),
  });
}

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

// Once per process, when this module loads: react-pdf keeps fonts (and the parsed font files,
// after their first use) in a module-level store, so requests after the first reuse them.
register(FAMILY.latin, "latin");
register(FAMILY.ext, "latin-ext");
Font.registerHyphenationCallback(splitLongWord);
