import QRCode from "qrcode";
import type { Pager } from "./pager";

/** The share link is the same for every memo of the same answers: its QR runs are kept (oldest out first). */
const CACHE_SIZE = 256;
const cache = new Map<string, QrRuns>();

/** The dark modules of a QR code, each horizontal run one rectangle: [x, y, length] in modules. */
export type QrRuns = { size: number; runs: [number, number, number][] };

export function qrRuns(text: string): QrRuns {
  const cached = cache.get(text);
  if (cached) return cached;
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = modules.size;
  const runs: [number, number, number][] = [];
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && modules.get(y, x)) x++;
      runs.push([start, y, x - start]);
    }
  }
  const result = { size, runs };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? "");
  cache.set(text, result);
  return result;
}

/**
 * A QR code `width` points wide at (x, y), with the quiet zone of four modules the standard asks
 * for (ISO/IEC 18004): vector rectangles filled as one path, crisp at any zoom, a few hundred bytes.
 * https://github.com/soldair/node-qrcode#create
 */
export function drawQrCode(p: Pager, text: string, x: number, y: number, width: number): void {
  const { size, runs } = qrRuns(text);
  const quiet = 4;
  const unit = width / (size + 2 * quiet);
  const doc = p.doc;
  for (const [mx, my, len] of runs) doc.rect(x + (mx + quiet) * unit, y + (my + quiet) * unit, len * unit, unit);
  doc.fill("#000000");
  p.penChanged();
}
