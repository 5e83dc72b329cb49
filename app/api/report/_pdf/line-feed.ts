/**
 * Maps U+000A (line feed) to the space glyph in a font's format-4 `cmap` subtables.
 *
 * Why: react-pdf appends Helvetica to every font stack and gives each character to the first font
 * that has a glyph for it. Inter has none for the line feed, so every "\n" in a text became an
 * (empty) Helvetica run, and the PDF then referenced Helvetica, not embedded, on that page.
 * Helvetica draws the line feed as a space-like glyph; mapping it to Inter's space keeps text in
 * Inter, with the same line breaking. Format 4: https://learn.microsoft.com/en-us/typography/opentype/spec/cmap#format-4-segment-mapping-to-delta-values
 */
const LF = 0x0a;

function glyphOf(sub: Buffer, segCount: number, cp: number): number {
  const ends = 14;
  const starts = ends + 2 * segCount + 2;
  const deltas = starts + 2 * segCount;
  const offsets = deltas + 2 * segCount;
  for (let i = 0; i < segCount; i++) {
    if (sub.readUInt16BE(ends + 2 * i) < cp) continue;
    const start = sub.readUInt16BE(starts + 2 * i);
    if (start > cp) return 0;
    const delta = sub.readUInt16BE(deltas + 2 * i);
    const rangeOffset = sub.readUInt16BE(offsets + 2 * i);
    if (rangeOffset === 0) return (cp + delta) & 0xffff;
    const glyph = sub.readUInt16BE(offsets + 2 * i + rangeOffset + 2 * (cp - start));
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  }
  return 0;
}

/** One format-4 subtable with a segment [LF, LF] -> space inserted in order; unchanged if LF is mapped. */
function patchFormat4(sub: Buffer): Buffer {
  const segCount = sub.readUInt16BE(6) / 2;
  const space = glyphOf(sub, segCount, 0x20);
  if (space === 0 || glyphOf(sub, segCount, LF) !== 0) return sub;
  const arrays = [14, 14 + 2 * segCount + 2, 14 + 4 * segCount + 2, 14 + 6 * segCount + 2]; // ends, starts, deltas, offsets
  const read = (a: number, i: number) => sub.readUInt16BE((arrays[a] ?? 0) + 2 * i);
  let at = 0;
  while (at < segCount && read(0, at) < LF) at++;
  const n = segCount + 1;
  const out = Buffer.alloc(sub.length + 8);
  const log2 = Math.floor(Math.log2(n));
  out.writeUInt16BE(4, 0);
  out.writeUInt16BE(out.length, 2);
  out.writeUInt16BE(sub.readUInt16BE(4), 4); // language
  out.writeUInt16BE(2 * n, 6);
  out.writeUInt16BE(2 * 2 ** log2, 8);
  out.writeUInt16BE(log2, 10);
  out.writeUInt16BE(2 * n - 2 * 2 ** log2, 12);
  const base = [14, 14 + 2 * n + 2, 14 + 4 * n + 2, 14 + 6 * n + 2];
  const added = [LF, LF, (space - LF) & 0xffff, 0];
  for (let a = 0; a < 4; a++) {
    for (let i = 0, j = 0; j < n; j++) {
      // An idRangeOffset counts bytes from its own slot to the glyph array: a segment before the
      // insertion moves 6 bytes while the glyph array moves 8, so its offset grows by 2.
      let value = j === at ? (added[a] ?? 0) : read(a, i++);
      if (a === 3 && j < at && value !== 0) value += 2;
      out.writeUInt16BE(value, (base[a] ?? 0) + 2 * j);
    }
  }
  sub.copy(out, 14 + 8 * n + 2, 14 + 8 * segCount + 2); // glyphIdArray
  return out;
}

/** The `cmap` table with every format-4 subtable patched; other subtables copied as they are. */
export function mapLineFeedToSpace(cmap: Buffer): Buffer {
  const count = cmap.readUInt16BE(2);
  const records = Array.from({ length: count }, (_, i) => ({ head: cmap.subarray(4 + 8 * i, 8 + 8 * i), offset: cmap.readUInt32BE(8 + 8 * i) }));
  const patched = new Map<number, Buffer>();
  for (const { offset } of records) {
    if (patched.has(offset)) continue;
    const format = cmap.readUInt16BE(offset);
    const length = format === 4 ? cmap.readUInt16BE(offset + 2) : format >= 8 ? cmap.readUInt32BE(offset + 4) : cmap.readUInt16BE(offset + 2);
    const sub = cmap.subarray(offset, offset + length);
    patched.set(offset, format === 4 ? patchFormat4(Buffer.from(sub)) : Buffer.from(sub));
  }
  const parts: Buffer[] = [];
  const newOffset = new Map<number, number>();
  let pos = 4 + 8 * count;
  for (const [offset, sub] of patched) {
    newOffset.set(offset, pos);
    parts.push(sub);
    pos += sub.length;
  }
  const head = Buffer.alloc(4 + 8 * count);
  cmap.copy(head, 0, 0, 4);
  records.forEach((r, i) => {
    r.head.copy(head, 4 + 8 * i, 0, 4);
    head.writeUInt32BE(newOffset.get(r.offset) ?? 0, 8 + 8 * i);
  });
  return Buffer.concat([head, ...parts]);
}
