import { readFileSync } from "node:fs";

/**
 * A TrueType/OpenType ("sfnt") font rebuilt without some of its tables: fonts.ts drops the OpenType
 * layout tables of Noto Sans SC as it does Inter's (woff.ts), so a glyph is its cmap entry and a
 * width its advance, and fontkit runs no shaping. The table directory format:
 * https://learn.microsoft.com/en-us/typography/opentype/spec/otff#table-directory
 * Checksums are kept as the file has them (a reader does not need the head table's adjustment, and
 * no table's bytes change).
 */
export function sfntWithout(font: Uint8Array, omit: readonly string[]): Uint8Array {
  const src = Buffer.from(font.buffer, font.byteOffset, font.byteLength);
  const flavor = src.readUInt32BE(0);
  if (flavor !== 0x00010000 && src.toString("latin1", 0, 4) !== "OTTO" && src.toString("latin1", 0, 4) !== "true") {
    throw new Error("not a single TrueType or OpenType font");
  }
  const entries = Array.from({ length: src.readUInt16BE(4) }, (_, i) => 12 + i * 16);
  const kept = entries
    .filter((at) => !omit.includes(src.toString("latin1", at, at + 4)))
    .map((at) => ({ tag: src.readUInt32BE(at), checksum: src.readUInt32BE(at + 4), data: src.subarray(src.readUInt32BE(at + 8), src.readUInt32BE(at + 8) + src.readUInt32BE(at + 12)) }));
  const pad4 = (n: number) => (n + 3) & ~3;
  const headerSize = 12 + 16 * kept.length;
  const out = Buffer.alloc(headerSize + kept.reduce((sum, t) => sum + pad4(t.data.length), 0));
  const log2 = Math.floor(Math.log2(kept.length));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(kept.length, 4);
  out.writeUInt16BE(16 * 2 ** log2, 6); // searchRange
  out.writeUInt16BE(log2, 8); // entrySelector
  out.writeUInt16BE(16 * kept.length - 16 * 2 ** log2, 10); // rangeShift
  let offset = headerSize;
  kept.forEach((t, i) => {
    const at = 12 + 16 * i;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += pad4(t.data.length);
  });
  return out;
}

/** A font file on disk, rebuilt without the tables named in `omit` (see sfntWithout). */
export function sfntFileWithout(path: string, omit: readonly string[]): Uint8Array {
  return sfntWithout(readFileSync(path), omit);
}

/** The four-letter tags of an sfnt's tables, in directory order. */
export function sfntTables(font: Uint8Array): string[] {
  const src = Buffer.from(font.buffer, font.byteOffset, font.byteLength);
  return Array.from({ length: src.readUInt16BE(4) }, (_, i) => src.toString("latin1", 12 + 16 * i, 16 + 16 * i));
}
