import type { Line } from "./text-layout";
import { splitByFace, textWidth, verticalMetrics } from "./metrics";

/** What the page's graphics state already holds, so that unchanged settings are not written again. */
export type PenState = { color?: string };

/**
 * Draws one laid-out line with its top at `top`: each piece in its style, cut further where a
 * character needs the latin-ext file, with a link annotation over linked pieces. The baseline sits
 * where CSS would put it: half the extra leading above the glyph box.
 */
export function drawLine(doc: PDFKit.PDFDocument, line: Line, x: number, top: number, pen: PenState): void {
  const { ascent, descent } = verticalMetrics();
  const baseline = top + (line.height - line.size * (ascent - descent)) / 2 + line.size * ascent;
  for (const piece of line.pieces) {
    const { style } = piece;
    if (pen.color !== style.color) {
      doc.fillColor(style.color);
      pen.color = style.color;
    }
    let at = x + piece.x;
    for (const part of splitByFace(piece.text, style.weight)) {
      const width = textWidth(part.text, style.weight, style.size, style.tracking);
      doc.font(part.face.id).fontSize(style.size);
      // textWidth: pdfkit would otherwise measure the text again (with the same advances) before drawing it.
      doc.text(part.text, at, baseline, { lineBreak: false, baseline: "alphabetic", characterSpacing: style.tracking ?? 0, textWidth: width, wordCount: 1 } as PDFKit.Mixins.TextOptions);
      at += width;
    }
    if (piece.link !== undefined) doc.link(x + piece.x, top, piece.width, line.height, piece.link);
  }
}
