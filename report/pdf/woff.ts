import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";

/**
 * A WOFF 1.0 file unpacked to the TrueType/OpenType ("sfnt") font it wraps.
 *
 * Why: fontkit, which pdfkit uses to lay out and subset fonts, inflates a compressed WOFF table
 * again on every read, and its subsetter reads the `glyf` table once per glyph: with Inter's WOFF
 * that cost ~300 ms per memo. Unpacked once per process, each table is inflated once.
 * Format: https://www.w3.org/TR/WOFF/#WOFFHeader (44-byte header, 20-byte table entries, each
 * table zlib-compressed when compLength < origLength) and the sfnt table directory of
 * https://learn.microsoft.com/en-us/typography/opentype/spec/otff#table-directory
 * Tables named in `omit` (four-letter tags) are left out: fonts.ts drops the OpenType layout tables.
 */
export function woffToSfnt(woff: Uint8Array, omit: readonly string[] = []): Uint8Array {
  const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.toString("latin1", 0, 4) !== "wOFF") throw new Error("not a WOFF 1.0 file");
  const flavor = src.readUInt32BE(4);
  const entries = Array.from({ length: src.readUInt16BE(12) }, (_, i) => 44 + i * 20);
  const kept = entries.filter((at) => !omit.includes(src.toString("latin1", at, at + 4)));
  const numTables = kept.length;
  const tables = kept.map((at, i) => {
    const offset = src.readUInt32BE(at + 4);
    const compLength = src.readUInt32BE(at + 8);
    const origLength = src.readUInt32BE(at + 12);
    const packed = src.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(packed) : packed;
    if (data.length !== origLength) throw new Error(`WOFF table ${i}: ${data.length} bytes, expected ${origLength}`);
    const tag = src.readUInt32BE(at);
    return { tag, checksum: src.readUInt32BE(at + 16), data };
  });

  const pad4 = (n: number) => (n + 3) & ~3;
  const headerSize = 12 + 16 * numTables;
  const out = Buffer.alloc(headerSize + tables.reduce((sum, t) => sum + pad4(t.data.length), 0));
  const log2 = Math.floor(Math.log2(numTables));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(16 * 2 ** log2, 6); // searchRange
  out.writeUInt16BE(log2, 8); // entrySelector
  out.writeUInt16BE(16 * numTables - 16 * 2 ** log2, 10); // rangeShift
  let offset = headerSize;
  tables.forEach((t, i) => {
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

/** A WOFF file on disk, unpacked (see woffToSfnt). */
export function woffFileToSfnt(path: string, omit: readonly string[] = []): Uint8Array {
  return woffToSfnt(readFileSync(path), omit);
}
