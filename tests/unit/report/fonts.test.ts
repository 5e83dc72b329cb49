import { readFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { LAYOUT_TABLES, WEIGHT, cjkFace, cjkFile, interFaces, interFile } from "@/report/pdf/fonts";
import { faceFor, textWidth } from "@/report/pdf/metrics";
import { DRAWABLE, drawable, sanitizeText } from "@/report/pdf/sanitize";
import { sfntTables, sfntWithout } from "@/report/pdf/sfnt";
import { woffToSfnt } from "@/report/pdf/woff";

const faces = interFaces();

describe("Inter for the memo", () => {
  it("loads three weights of two subsets", () => {
    expect(Object.keys(faces).sort()).toEqual(Object.keys(WEIGHT).sort());
    expect(new Set(Object.values(faces).flatMap((f) => [f.latin.id, f.ext.id])).size).toBe(6);
  });

  it("draws every character the sanitizer keeps, in every weight", () => {
    for (const { latin, ext } of Object.values(faces)) {
      const missing: string[] = [];
      for (const [lo, hi] of DRAWABLE) {
        for (let cp = lo; cp <= hi; cp++) {
          if (!latin.font.hasGlyphForCodePoint(cp) && !ext.font.hasGlyphForCodePoint(cp)) missing.push(cp.toString(16));
        }
      }
      expect(missing).toEqual([]);
    }
  });

  it("lets no emoji, bidi control or zero-width character through, and draws Chinese and Cyrillic", () => {
    for (const cp of [0x1f680, 0x202e, 0x200b, 0xe000]) expect(drawable(cp)).toBe(false);
    for (const cp of [0x6a21, 0x0416, 0x3002]) expect(drawable(cp)).toBe(true);
    expect(sanitizeText("\u{1F680}\u6a21\u0416")).toBe("?\u6a21\u0416");
  });

  it("takes a letter the latin file lacks from latin-ext, Chinese from Noto Sans SC, and every other from latin", () => {
    expect(faceFor("regular", "a".codePointAt(0) ?? 0)).toBe(faces.regular.latin);
    expect(faceFor("bold", "\u0141".codePointAt(0) ?? 0)).toBe(faces.bold.ext);
    expect(faceFor("semibold", "\u6a21".codePointAt(0) ?? 0)).toBe(cjkFace("semibold"));
    expect(cjkFace("bold").font.postscriptName).toBe("NotoSansSC-Bold");
  });

  it("measures Chinese exactly as pdfkit sets it in Noto Sans SC", () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: "" });
    const text = "数据驻留、开放权重与私有化部署";
    for (const weight of Object.keys(WEIGHT) as (keyof typeof WEIGHT)[]) {
      doc.font(cjkFace(weight).font as unknown as PDFKit.Mixins.PDFFontSource).fontSize(9.5);
      expect(textWidth(text, weight, 9.5)).toBeCloseTo(doc.widthOfString(text), 6);
    }
  });

  it("measures text exactly as pdfkit sets it, in every weight and across both files", () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: "" });
    const text = "Qwen3-235B-A22B on 8 x NVIDIA L4 24GB: $759.20 a month, 31.7x what you need";
    for (const [weight, { latin }] of Object.entries(faces)) {
      doc.font(latin.font as unknown as PDFKit.Mixins.PDFFontSource).fontSize(9.5);
      expect(textWidth(text, weight as keyof typeof WEIGHT, 9.5)).toBeCloseTo(doc.widthOfString(text), 6);
    }
    const ext = faces.regular.ext;
    doc.font(ext.font as unknown as PDFKit.Mixins.PDFFontSource).fontSize(10);
    expect(textWidth("\u0141\u0150", "regular", 10)).toBeCloseTo(doc.widthOfString("\u0141\u0150"), 6);
  });
});

describe("sfntWithout", () => {
  it("rebuilds Noto Sans SC without its layout tables, keeping every other table", () => {
    const ttf = readFileSync(cjkFile(400));
    const all = sfntTables(ttf);
    const kept = sfntTables(sfntWithout(ttf, LAYOUT_TABLES));
    expect(all).toEqual(expect.arrayContaining(["GSUB", "GPOS", "cmap", "glyf", "hmtx"]));
    expect(kept).toEqual(all.filter((t) => !LAYOUT_TABLES.includes(t)));
  });

  it("rejects a file that is not a single TrueType or OpenType font", () => {
    expect(() => sfntWithout(new Uint8Array([0x77, 0x4f, 0x46, 0x46, 0, 0, 0, 0, 0, 0, 0, 0]), [])).toThrow(/single TrueType/);
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

  it("leaves out the tables it is told to, and keeps the rest", () => {
    const woff = readFileSync(interFile("latin", 400));
    const tags = (sfnt: Buffer) => Array.from({ length: sfnt.readUInt16BE(4) }, (_, i) => sfnt.toString("latin1", 12 + 16 * i, 16 + 16 * i));
    const all = tags(Buffer.from(woffToSfnt(woff)));
    const kept = tags(Buffer.from(woffToSfnt(woff, ["GSUB", "GPOS", "GDEF"])));
    expect(all).toEqual(expect.arrayContaining(["GSUB", "GPOS", "cmap", "glyf", "hmtx"]));
    expect(kept).toEqual(all.filter((t) => !["GSUB", "GPOS", "GDEF"].includes(t)));
  });

  it("rejects a file that is not WOFF 1.0", () => {
    expect(() => woffToSfnt(new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0, 0, 0, 0]))).toThrow(/WOFF 1\.0/);
  });
});
