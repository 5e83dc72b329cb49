import { join } from "node:path";
import { create } from "fontkit";
import { woffFileToSfnt } from "./woff";

/**
 * Inter, embedded (pdfkit subsets it through fontkit: only the glyphs used are written). fontsource
 * ships Inter per Unicode subset, and fontkit reads WOFF but not WOFF2, so the WOFF files of
 * @fontsource/inter are used: "latin" and, per character, "latin-ext" for letters such as "Ł" or "ő"
 * (metrics.ts picks the file). sanitize.ts keeps text within what these two files draw.
 * https://fontsource.org/fonts/inter https://pdfkit.org/docs/text.html#fonts
 *
 * The files are read at run time from node_modules, once per process; `next build` traces them
 * into the server output (checked in .next/standalone), no next.config.ts entry needed.
 */
export const WEIGHT = { regular: 400, semibold: 600, bold: 700 } as const;
export type WeightName = keyof typeof WEIGHT;
export type Subset = "latin" | "latin-ext";
type Weight = (typeof WEIGHT)[WeightName];

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

/** What the memo reads from a parsed font (fontkit's Font, as pdfkit holds it). */
export type ParsedFont = {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  postscriptName: string;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { id: number; advanceWidth: number };
  layout(text: string): unknown;
};

function isParsedFont(x: unknown): x is ParsedFont {
  const f = x as Partial<ParsedFont> | null;
  return typeof f === "object" && f !== null && typeof f.unitsPerEm === "number" && typeof f.layout === "function" && typeof f.glyphForCodePoint === "function";
}

/**
 * OpenType layout tables (substitutions, positioning) are dropped: fontkit's shaping of Inter's
 * contextual alternates and kerning was ~90 % of the time to set a memo's text (node --cpu-prof,
 * see docs/decisions/006-pdf-renderer.md). Without them a glyph is its cmap entry and its advance
 * is its hmtx width, which is also what metrics.ts measures, so wrapping and drawing agree exactly.
 */
const LAYOUT_TABLES = ["GSUB", "GPOS", "GDEF"];

/** One font file: `font` is parsed once per process and handed to every document (pdfkit accepts a fontkit font). */
export type Face = { id: string; font: ParsedFont };

/**
 * The file parsed once with fontkit (the engine pdfkit uses, pinned to pdfkit's version): pdfkit
 * takes a parsed fontkit font as a font source (`PDFFontFactory.open` accepts any object with
 * `layout`), which spares every memo a re-parse and the glyph decoding.
 */
function parse(sfnt: Uint8Array, id: string): Face {
  const font: unknown = create(Buffer.from(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength));
  if (!isParsedFont(font)) throw new Error(`${id}: fontkit did not read this file as a single font`);
  return { id, font };
}

export type FaceSet = Record<WeightName, { latin: Face; ext: Face }>;
let faces: FaceSet | undefined;

/** The six faces, parsed on first use and kept for the life of the process. */
export function interFaces(): FaceSet {
  if (faces) return faces;
  const load = (subset: Subset, weight: WeightName) =>
    parse(woffFileToSfnt(interFile(subset, WEIGHT[weight]), LAYOUT_TABLES), `Inter-${subset}-${WEIGHT[weight]}`);
  const set = (weight: WeightName) => ({ latin: load("latin", weight), ext: load("latin-ext", weight) });
  faces = { regular: set("regular"), semibold: set("semibold"), bold: set("bold") };
  return faces;
}
