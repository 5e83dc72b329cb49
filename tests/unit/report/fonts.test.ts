import { readFileSync } from "node:fs";
import { Font } from "@react-pdf/renderer";
import { beforeAll, describe, expect, it } from "vitest";
import { FAMILY, WEIGHT, interFile } from "@/app/api/report/_pdf/fonts";
import { DRAWABLE, drawable, sanitizeText } from "@/app/api/report/_pdf/sanitize";
import { woffToSfnt } from "@/app/api/report/_pdf/woff";

type Glyphs = { hasGlyphForCodePoint(cp: number): boolean; glyphForCodePoint(cp: number): { id: number } };

/** The parsed fonts react-pdf draws with, as registered by fonts.ts (unpacked from fontsource's WOFF). */
const loaded: { name: string; font: Glyphs }[] = [];

beforeAll(async () => {
  for (const fontFamily of Object.values(FAMILY)) {
    for (const fontWeight of Object.values(WEIGHT)) {
      await Font.load({ fontFamily, fontWeight });
      const font = Font.getFont({ fontFamily, fontWeight }).data as unknown as Glyphs | null;
      if (!font) throw new Error(`${fontFamily} ${fontWeight} did not load`);
      loaded.push({ name: `${fontFamily} ${fontWeight}`, font });
    }
  }
}, 60_000);

describe("Inter for the memo", () => {
  it("registers three weights of two subsets", () => {
    expect(loaded).toHaveLength(6);
  });

  it("draws every character the sanitizer keeps, in every weight", () => {
    for (const weight of Object.values(WEIGHT)) {
      const [latin, ext] = loaded.filter((l) => l.name.endsWith(` ${weight}`)).map((l) => l.font);
      const missing: string[] = [];
      for (const [lo, hi] of DRAWABLE) {
        for (let cp = lo; cp <= hi; cp++) {
          if (!latin?.hasGlyphForCodePoint(cp) && !ext?.hasGlyphForCodePoint(cp)) missing.push(cp.toString(16));
        }
      }
      expect(missing).toEqual([]);
    }
  });

  it("has no drawable range the sanitizer would let an emoji, CJK or Cyrillic letter through", () => {
    for (const cp of [0x1f680, 0x6a21, 0x0416, 0x202e, 0x200b]) expect(drawable(cp)).toBe(false);
    expect(sanitizeText("\u{1F680}\u6a21\u0416")).toBe("?");
  });

  it("draws the line feed with the space glyph, so no Helvetica run is added for it", () => {
    for (const { font } of loaded) expect(font.glyphForCodePoint(0x0a).id).toBe(font.glyphForCodePoint(0x20).id);
  });
});

describe("woffToSfnt", () => {
  it("unpacks a WOFF into a TrueType font of the declared table count", () => {
    const woff = readFileSync(interFile("latin", 400));
    const sfnt = Buffer.from(woffToSfnt(woff));
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // the flavor, 0x00010000 for TrueType
    expect(sfnt.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    expect(sfnt.length).toBeGreaterThan(woff.length);
  });

  it("rejects a file that is not WOFF 1.0", () => {
    expect(() => woffToSfnt(new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0, 0, 0, 0]))).toThrow(/WOFF 1\.0/);
  });
});
