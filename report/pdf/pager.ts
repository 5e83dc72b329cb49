import { drawLine, type PenState } from "./draw-line";
import { MARGIN } from "./styles";
import { layoutText, type Line, type Run } from "./text-layout";

export type TextOptions = {
  /** Left edge, from the page's left edge; the content margin unless set. */
  x?: number;
  /** Width to wrap in; the rest of the content width from `x` unless set. */
  width?: number;
  /** Keep all lines on one page (moved whole to the next page if they do not fit). */
  keep?: boolean;
  /** Room asked for below the text before it starts (a heading not left alone at the foot of a page). */
  ahead?: number;
};

/**
 * The flow of the memo down its pages: a cursor `y`, page breaks where content runs out of room,
 * and the helpers every section draws with. Pages are buffered so footer.ts can number them at the end.
 */
export class Pager {
  y: number = MARGIN.top;
  private pen: PenState = {};

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly size: readonly [number, number],
  ) {
    this.newPage();
  }

  get left(): number {
    return MARGIN.side;
  }
  get width(): number {
    return this.size[0] - 2 * MARGIN.side;
  }
  get bottom(): number {
    return this.size[1] - MARGIN.bottom;
  }

  newPage(): void {
    this.doc.addPage({ size: [...this.size], margin: 0 });
    this.pen = {};
    this.y = MARGIN.top;
  }

  /** A page break unless `height` fits below the cursor (never on an empty page: the block would not fit there either). */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > MARGIN.top) this.newPage();
  }

  /** Vertical space; dropped at the top of a page. */
  gap(height: number): void {
    if (this.y > MARGIN.top) this.y = Math.min(this.y + height, this.bottom);
  }

  /** Lays out `runs` without drawing: for measuring a block before deciding where it goes. */
  measure(runs: readonly Run[], width: number = this.width): { lines: Line[]; height: number } {
    const lines = layoutText(runs, width);
    return { lines, height: lines.reduce((h, l) => h + l.height, 0) };
  }

  /** Draws laid-out lines at the cursor, breaking pages between lines; returns the height used on the last page. */
  lines(lines: readonly Line[], x: number = this.left): void {
    for (const line of lines) {
      this.ensure(line.height);
      drawLine(this.doc, line, x, this.y, this.pen);
      this.y += line.height;
    }
  }

  /** Lays out and draws `runs` at the cursor. */
  text(runs: readonly Run[], opts: TextOptions = {}): void {
    const x = opts.x ?? this.left;
    const { lines, height } = this.measure(runs, opts.width ?? this.left + this.width - x);
    if (opts.keep) this.ensure(height + (opts.ahead ?? 0));
    else this.ensure((lines[0]?.height ?? 0) + (opts.ahead ?? 0));
    this.lines(lines, x);
  }

  /** Draws lines at a fixed position without moving the cursor (a column of a row, a footer). */
  place(lines: readonly Line[], x: number, top: number): number {
    let y = top;
    for (const line of lines) {
      drawLine(this.doc, line, x, y, this.pen);
      y += line.height;
    }
    return y - top;
  }

  /** After drawing that set the fill colour outside drawLine: the next text sets its colour again. */
  penChanged(): void {
    this.pen = {};
  }

  /** A filled rectangle (bars, boxes) with optional rounded corners. */
  rect(x: number, y: number, w: number, h: number, color: string, radius = 0): void {
    if (w <= 0 || h <= 0) return;
    (radius > 0 ? this.doc.roundedRect(x, y, w, h, radius) : this.doc.rect(x, y, w, h)).fill(color);
    this.pen = {};
  }

  /** A horizontal rule across `width` at `y`. */
  rule(x: number, y: number, width: number, color: string, thickness = 0.5): void {
    this.doc.save().moveTo(x, y).lineTo(x + width, y).lineWidth(thickness).strokeColor(color).stroke().restore();
  }
}
