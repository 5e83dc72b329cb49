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
 * The files are read at run time from node_modules (once per process): the standalone server
 * ships them because next.config.ts lists them in `outputFileTracingIncludes` for /api/report.
 */
export const FAMILY = { latin: "Inter", ext: "Inter latin-ext" } as const;
export const WEIGHT = { regular: 400, semibold: 600, bold: 700 } as const;

/** The font stack of every text: Inter latin first, latin-ext for the glyphs latin lacks. */
export const FONT_STACK = [FAMILY.latin, FAMILY.ext];

type Subset = "latin" | "latin-ext";
type Weight = (typeof WEIGHT)[keyof typeof WEIGHT];

/**
 * Absolute path of one fontsource Inter WOFF file, e.g. `interFile("latin", 400)`. From the working
 * directory, not `require.resolve`: Turbopack treats a resolved .woff as a module to bundle and
 * fails the build. `next start`, the standalone server.js and the tests all run from the app root.
 */
export function interFile(subset: Subset, weight: Weight): string {
  return join(process.cwd(), "node_modules", "@fontsource", "inter", "files", `inter-${subset}-${weight}-normal.woff`);
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
