import { drawLine, type PenState } from "./draw-line";
import { MARGIN } from "./styles";
import type { Tags } from "./tags";
import { layoutText, type Line, type Run } from "./text-layout";

/**
 * A laid-out piece of the memo, measured before it is placed: `draw` puts it whole at `top`;
 * `flow`, where present, draws it from the cursor with page breaks inside (for what is taller than
 * a page). `before` is the space asked above it, dropped at the top of a page.
 */
export type Block = { height: number; before?: number; draw: (top: number) => void; flow?: () => void };

export type TextOptions = {
  /** Left edge, from the page's left edge; the content margin unless set. */
  x?: number;
  /** Width to wrap in; the rest of the content width from `x` unless set. */
  width?: number;
  /** The structure element of the text: "P" unless set. */
  tag?: string;
  before?: number;
};

/**
 * The flow of the memo down its pages: a cursor `y`, page breaks where content runs out of room,
 * blocks kept whole on one page where they fit on one, and the structure tags of what is drawn.
 * Pages are buffered so the footers can number them at the end.
 */
export class Pager {
  y: number = MARGIN.top;
  private pen: PenState = {};
  private started = false;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly size: readonly [number, number],
    readonly tags: Tags,
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
  /** The height a page holds between its margins. */
  get pageRoom(): number {
    return this.bottom - MARGIN.top;
  }
  get atTop(): boolean {
    return this.y <= MARGIN.top;
  }

  /** A new page; content marked on the old one (a paragraph running over) carries on, tagged as the same element. */
  newPage(): void {
    const options = { size: [...this.size], margin: 0 };
    if (this.started) this.doc.continueOnNewPage(options);
    else this.doc.addPage(options);
    this.started = true;
    this.pen = {};
    this.y = MARGIN.top;
  }

  /** A page break unless `height` fits below the cursor (never on an empty page: the block would not fit there either). */
  ensure(height: number): void {
    if (this.y + height > this.bottom && !this.atTop) this.newPage();
  }

  /** Vertical space; dropped at the top of a page. */
  gap(height: number): void {
    if (!this.atTop) this.y = Math.min(this.y + height, this.bottom);
  }

  /** Lays out `runs` without drawing: for measuring a block before deciding where it goes. */
  measure(runs: readonly Run[], width: number = this.width): { lines: Line[]; height: number } {
    const lines = layoutText(runs, width);
    return { lines, height: lines.reduce((h, l) => h + l.height, 0) };
  }

  /** Draws laid-out lines at the cursor, breaking pages between lines. */
  lines(lines: readonly Line[], x: number = this.left): void {
    for (const line of lines) {
      this.ensure(line.height);
      drawLine(this.doc, line, x, this.y, this.pen, this.tags);
      this.y += line.height;
    }
  }

  /** Draws lines at a fixed position without moving the cursor (a column of a row, a footer); returns their height. */
  place(lines: readonly Line[], x: number, top: number): number {
    let y = top;
    for (const line of lines) {
      drawLine(this.doc, line, x, y, this.pen, this.tags);
      y += line.height;
    }
    return y - top;
  }

  /** A block of text as one structure element (a paragraph unless `tag` says otherwise). */
  para(runs: readonly Run[], opts: TextOptions = {}): Block & { lines: Line[] } {
    const x = opts.x ?? this.left;
    const { lines, height } = this.measure(runs, opts.width ?? this.left + this.width - x);
    const tag = opts.tag ?? "P";
    return {
      lines,
      height,
      before: opts.before ?? 0,
      draw: (top) => this.tags.leafOf(tag, () => this.place(lines, x, top)),
      flow: () => this.tags.leafOf(tag, () => this.lines(lines, x)),
    };
  }

  /** Lays out and draws `runs` at the cursor as one paragraph, whole on one page where it fits on one. */
  text(runs: readonly Run[], opts: TextOptions = {}): void {
    this.put(this.para(runs, opts));
  }

  /** Places a block at the cursor: whole, on the next page if it does not fit here; flowed if taller than a page. */
  put(b: Block): void {
    const before = b.before ?? 0;
    if (b.flow && b.height > this.pageRoom) {
      this.gap(before);
      b.flow();
      return;
    }
    if (!this.atTop && this.y + before + b.height > this.bottom) this.newPage();
    else this.gap(before);
    b.draw(this.y);
    this.y += b.height;
  }

  /**
   * Blocks as one: kept together on one page where they fit on one (a page break before them
   * if need be), else placed one by one, each whole. `tag` groups their structure (e.g. "Sect").
   */
  stack(blocks: readonly Block[], opts: { tag?: string; before?: number } = {}): Block {
    const height = blocks.reduce((h, b, i) => h + b.height + (i > 0 ? (b.before ?? 0) : 0), 0);
    const inTag = (fn: () => void) => (opts.tag ? this.tags.group(opts.tag, fn) : fn());
    return {
      height,
      before: opts.before ?? blocks[0]?.before ?? 0,
      draw: (top) =>
        inTag(() => {
          let y = top;
          blocks.forEach((b, i) => {
            if (i > 0) y += b.before ?? 0;
            b.draw(y);
            y += b.height;
          });
        }),
      flow: () => inTag(() => blocks.forEach((b) => this.put(b))),
    };
  }

  /** After drawing that set the fill colour outside drawLine: the next text sets its colour again. */
  penChanged(): void {
    this.pen = {};
  }

  /** A filled rectangle (bars, boxes) with optional rounded corners, an artifact. */
  rect(x: number, y: number, w: number, h: number, color: string, radius = 0): void {
    if (w <= 0 || h <= 0) return;
    this.tags.artifact(() => (radius > 0 ? this.doc.roundedRect(x, y, w, h, radius) : this.doc.rect(x, y, w, h)).fill(color));
    this.pen = {};
  }

  /** A horizontal rule across `width` at `y`, an artifact. */
  rule(x: number, y: number, width: number, color: string, thickness = 0.5): void {
    this.tags.artifact(() => this.doc.save().moveTo(x, y).lineTo(x + width, y).lineWidth(thickness).strokeColor(color).stroke().restore());
  }

  /** A stroked rounded box, an artifact. */
  frame(x: number, y: number, w: number, h: number, color: string, radius = 3): void {
    this.tags.artifact(() => this.doc.roundedRect(x, y, w, h, radius).lineWidth(0.75).strokeColor(color).stroke());
  }
}
