import { Path, Svg } from "@react-pdf/renderer";
import QRCode from "qrcode";

/** The share link is the same for every memo of the same answers: its QR path is kept (oldest out first). */
const CACHE_SIZE = 256;
const cache = new Map<string, { size: number; d: string }>();

/**
 * The dark modules of a QR code as one SVG path, each horizontal run one rectangle: vector,
 * crisp at any zoom, a few hundred bytes. https://github.com/soldair/node-qrcode#create
 */
export function qrPath(text: string): { size: number; d: string } {
  const cached = cache.get(text);
  if (cached) return cached;
  const path = computePath(text);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? "");
  cache.set(text, path);
  return path;
}

function computePath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = modules.size;
  let d = "";
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && modules.get(y, x)) x++;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  }
  return { size, d };
}

/** A QR code with the quiet zone of four modules the standard asks for (ISO/IEC 18004). */
export function QrCode({ text, width }: { text: string; width: number }) {
  const { size, d } = qrPath(text);
  const quiet = 4;
  const box = size + 2 * quiet;
  return (
    <Svg width={width} height={width} viewBox={`${-quiet} ${-quiet} ${box} ${box}`}>
      <Path d={d} fill="#000000" />
    </Svg>
  );
}
