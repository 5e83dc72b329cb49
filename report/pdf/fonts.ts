import { join } from "node:path";
import { create } from "fontkit";
import { sfntFileWithout } from "./sfnt";
import { woffFileToSfnt } from "./woff";

/**
 * The memo's fonts, embedded and subset (pdfkit subsets through fontkit: only the glyphs used are
 * written). Latin text is set in Inter: fontsource ships it per Unicode subset, and fontkit reads WOFF
 * but not WOFF2, so the WOFF files of @fontsource/inter are used, "latin" and, per character,
 * "latin-ext" for letters such as "Ł" or "ő". Chinese (and whatever else Inter lacks and Noto draws:
 * Cyrillic, Greek, CJK punctuation) is set in Noto Sans SC, one whole TrueType file per weight from
 * @expo-google-fonts/noto-sans-sc (SIL Open Font License 1.1, LICENSE_FONT in the package), read only
 * when a memo first needs a character of it. metrics.ts picks the file per character; sanitize.ts
 * keeps text within what the files draw.
 * https://fontsource.org/fonts/inter https://github.com/notofonts/noto-cjk https://pdfkit.org/docs/text.html#fonts
 *
 * The files are read at run time from node_modules, once per process; `next build` traces them
 * into the server output (checked in .next/standalone), no next.config.ts entry needed.
 */
export const WEIGHT = { regular: 400, semibold: 600, bold: 700 } as const;
export type WeightName = keyof typeof WEIGHT;
export type Subset = "latin" | "latin-ext";
type Weight = (typeof WEIGHT)[WeightName];

/**
 * Each file a literal path from the working directory: the bundler traces what it can read
 * statically into the server output (a pattern would ship every Inter file, 1.2 MB, and all nine
 * Noto weights, 95 MB), and a `require.resolve` of a font file fails the Turbopack build (it tries
 * to bundle it). `next start`, the standalone server.js, the CLI and the tests all run from the app root.
 */
const INTER: Record<Subset, Record<Weight, () => string>> = {
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

const NOTO_SC: Record<Weight, () => string> = {
  400: () => join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"),
  600: () => join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc/600SemiBold/NotoSansSC_600SemiBold.ttf"),
  700: () => join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf"),
};

/** Absolute path of one fontsource Inter WOFF file, e.g. `interFile("latin", 400)`. */
export function interFile(subset: Subset, weight: Weight): string {
  return INTER[subset][weight]();
}

/** Absolute path of one Noto Sans SC TrueType file. */
export function cjkFile(weight: Weight): string {
  return NOTO_SC[weight]();
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
 * Chinese is set without shaping in any case (one glyph per character, full-width advances).
 */
export const LAYOUT_TABLES = ["GSUB", "GPOS", "GDEF"];

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

/** The six Inter faces, parsed on first use and kept for the life of the process. */
export function interFaces(): FaceSet {
  if (faces) return faces;
  const load = (subset: Subset, weight: WeightName) =>
    parse(woffFileToSfnt(interFile(subset, WEIGHT[weight]), LAYOUT_TABLES), `Inter-${subset}-${WEIGHT[weight]}`);
  const set = (weight: WeightName) => ({ latin: load("latin", weight), ext: load("latin-ext", weight) });
  faces = { regular: set("regular"), semibold: set("semibold"), bold: set("bold") };
  return faces;
}

const cjk = new Map<WeightName, Face>();

/** Noto Sans SC in `weight`, parsed the first time a memo needs it (a 10.5 MB file per weight). */
export function cjkFace(weight: WeightName): Face {
  let face = cjk.get(weight);
  if (!face) cjk.set(weight, (face = parse(sfntFileWithout(cjkFile(WEIGHT[weight]), LAYOUT_TABLES), `NotoSansSC-${WEIGHT[weight]}`)));
  return face;
}
