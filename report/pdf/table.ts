import type { Block, Pager } from "./pager";
import type { Run } from "./text-layout";

/** One cell of a row: its runs, its width, its alignment and the space kept free at its right. */
export type Cell = { runs: Run[]; width: number; align?: "left" | "right"; gutter?: number };

export type RowOptions = {
  x?: number;
  padY?: number;
  /** A rule under the row. */
  rule?: { color: string; thickness: number };
  /** A header row: its cells are tagged TH (column headers), the others TD. */
  header?: boolean;
  before?: number;
};

/**
 * A table row as a block: each cell wraps within its own width, the row is as tall as its
 * tallest cell, and it is never split across pages. Right-aligned cells align each line to the
 * cell's right edge, so figures line up down a column. Tagged TR with TH or TD cells.
 */
export function rowBlock(p: Pager, cells: readonly Cell[], opts: RowOptions = {}): Block {
  const padY = opts.padY ?? 0;
  const laid = cells.map((c) => ({ cell: c, ...p.measure(c.runs, Math.max(1, c.width - (c.gutter ?? 0))) }));
  const height = Math.max(0, ...laid.map((l) => l.height)) + 2 * padY;
  const left = opts.x ?? p.left;
  const width = cells.reduce((w, c) => w + c.width, 0);
  return {
    height,
    before: opts.before ?? 0,
    draw: (top) =>
      p.tags.group("TR", () => {
        let x = left;
        for (const { cell, lines } of laid) {
          const at = x;
          p.tags.leafOf(
            opts.header ? "TH" : "TD",
            () => {
              let y = top + padY;
              for (const line of lines) y += p.place([line], cell.align === "right" ? at + cell.width - (cell.gutter ?? 0) - line.width : at, y);
            },
            opts.header ? { scope: "Column" } : {},
          );
          x += cell.width;
        }
        if (opts.rule) p.rule(left, top + height, width, opts.rule.color, opts.rule.thickness);
      }),
  };
}

/** Rows as one table: kept on one page where it fits on one, else row by row (never inside a row). */
export function tableBlock(p: Pager, rows: readonly Block[], before = 0): Block {
  return p.stack(rows, { tag: "Table", before });
}
