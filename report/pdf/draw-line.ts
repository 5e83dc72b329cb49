import type { Face } from "./fonts";
import { splitByFace, textWidth, verticalMetrics } from "./metrics";
import type { Tags } from "./tags";
import type { Line, Piece } from "./text-layout";

/** What the page's graphics state already holds, so that unchanged settings are not written again. */
export type PenState = { color?: string };

/** The document's fonts are registered on first use: a memo without Chinese never reads Noto Sans SC. */
const registered = new WeakMap<PDFKit.PDFDocument, Set<string>>();

function selectFace(doc: PDFKit.PDFDocument, face: Face): void {
  let ids = registered.get(doc);
  if (!ids) registered.set(doc, (ids = new Set()));
  if (!ids.has(face.id)) {
    doc.registerFont(face.id, face.font as unknown as PDFKit.Mixins.PDFFontSource);
    ids.add(face.id);
  }
  doc.font(face.id);
}

function drawPiece(doc: PDFKit.PDFDocument, piece: Piece, x: number, baseline: number): void {
  const { style } = piece;
  let at = x + piece.x;
  for (const part of splitByFace(piece.text, style.weight)) {
    const width = textWidth(part.text, style.weight, style.size, style.tracking);
    selectFace(doc, part.face);
    doc.fontSize(style.size);
    // textWidth: pdfkit would otherwise measure the text again (with the same advances) before drawing it.
    doc.text(part.text, at, baseline, { lineBreak: false, baseline: "alphabetic", characterSpacing: style.tracking ?? 0, textWidth: width, wordCount: 1 } as PDFKit.Mixins.TextOptions);
    at += width;
  }
}

/**
 * Draws one laid-out line with its top at `top`: each piece in its style, cut further where a
 * character needs another font file, a linked piece as a tagged link. The baseline sits where CSS
 * would put it: half the extra leading above the glyph box.
 */
export function drawLine(doc: PDFKit.PDFDocument, line: Line, x: number, top: number, pen: PenState, tags: Tags): void {
  const { ascent, descent } = verticalMetrics();
  const baseline = top + (line.height - line.size * (ascent - descent)) / 2 + line.size * ascent;
  for (const piece of line.pieces) {
    if (pen.color !== piece.style.color) {
      doc.fillColor(piece.style.color);
      pen.color = piece.style.color;
    }
    if (piece.link === undefined) drawPiece(doc, piece, x, baseline);
    else tags.link(piece.link, [x + piece.x, top, piece.width, line.height], () => drawPiece(doc, piece, x, baseline));
  }
}
