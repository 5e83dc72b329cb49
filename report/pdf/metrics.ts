import { cjkFace, interFaces, type Face, type WeightName } from "./fonts";

/**
 * How wide text is, measured from the fonts' own advance widths (hmtx via cmap) and cached per
 * character for the life of the process: the same figures pdfkit draws with (fonts.ts drops the
 * layout tables, so no kerning or substitution changes a width), at a fraction of its cost.
 */
const advances = new Map<string, Map<number, number>>();
/** Widths of whole words per weight, in em: a memo repeats its words, and a process its memos. */
const words = new Map<WeightName, Map<string, number>>();
const WORD_CACHE_LIMIT = 20_000;
/** The file chosen per weight and code point (a cmap lookup in up to three fonts otherwise). */
const chosen = new Map<WeightName, Map<number, Face>>();

/** Advance of one code point in em (1 = the font size). */
function advance(face: Face, cp: number): number {
  let table = advances.get(face.id);
  if (!table) advances.set(face.id, (table = new Map()));
  let em = table.get(cp);
  if (em === undefined) {
    em = face.font.glyphForCodePoint(cp).advanceWidth / face.font.unitsPerEm;
    table.set(cp, em);
  }
  return em;
}

/** Whether Noto Sans SC draws `cp` (the same glyph set in every weight). */
export function cjkHas(cp: number): boolean {
  return cjkFace("regular").font.hasGlyphForCodePoint(cp);
}

/** The file that draws `cp`: Inter latin when it can (the smaller, commoner subset), else latin-ext, else Noto Sans SC. */
export function faceFor(weight: WeightName, cp: number): Face {
  const { latin, ext } = interFaces()[weight];
  if (cp < 0x100) return latin;
  let table = chosen.get(weight);
  if (!table) chosen.set(weight, (table = new Map()));
  let face = table.get(cp);
  if (face === undefined) {
    face = latin.font.hasGlyphForCodePoint(cp) ? latin : ext.font.hasGlyphForCodePoint(cp) ? ext : cjkHas(cp) ? cjkFace(weight) : latin;
    table.set(cp, face);
  }
  return face;
}

function emWidth(text: string, weight: WeightName): number {
  let cache = words.get(weight);
  if (!cache) words.set(weight, (cache = new Map()));
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  let em = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    em += advance(faceFor(weight, cp), cp);
  }
  // Bounded: hostile input must not grow the cache without end; it starts again when full.
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(text, em);
  return em;
}

/** Width in points of `text` in `weight` at `size`, plus `tracking` points after every character but the last. */
export function textWidth(text: string, weight: WeightName, size: number, tracking = 0): number {
  const em = emWidth(text, weight) * size;
  return tracking === 0 ? em : em + tracking * Math.max(0, [...text].length - 1);
}

/** `text` cut into runs that one file draws, in order: what pdfkit is given one call at a time. */
export function splitByFace(text: string, weight: WeightName): { face: Face; text: string }[] {
  const out: { face: Face; text: string }[] = [];
  for (const ch of text) {
    const face = faceFor(weight, ch.codePointAt(0) ?? 0);
    const last = out[out.length - 1];
    if (last && last.face === face) last.text += ch;
    else out.push({ face, text: ch });
  }
  return out;
}

/** Ascent and descent of Inter in em (the same in every weight and subset), for placing baselines. */
export function verticalMetrics(): { ascent: number; descent: number } {
  const { font } = interFaces().regular.latin;
  return { ascent: font.ascent / font.unitsPerEm, descent: font.descent / font.unitsPerEm };
}
