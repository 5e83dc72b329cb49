import type { Pager } from "./pager";
import type { Run } from "./text-layout";

/** One cell of a row: its runs, its width, its alignment and the space kept free at its right. */
export type Cell = { runs: Run[]; width: number; align?: "left" | "right"; gutter?: number };

/**
 * A table row at the cursor: each cell wraps within its own width, the row is as tall as its
 * tallest cell, and it is never split across pages. Right-aligned cells align each line to the
 * cell's right edge, so figures line up down a column.
 */
export function tableRow(p: Pager, cells: readonly Cell[], opts: { x?: number; padY?: number; rule?: { color: string; thickness: number } } = {}): number {
  const padY = opts.padY ?? 0;
  const laid = cells.map((c) => ({ cell: c, ...p.measure(c.runs, c.width - (c.gutter ?? 0)) }));
  const height = Math.max(0, ...laid.map((l) => l.height)) + 2 * padY;
  p.ensure(height);
  let x = opts.x ?? p.left;
  for (const { cell, lines } of laid) {
    let y = p.y + padY;
    for (const line of lines) {
      const at = cell.align === "right" ? x + cell.width - (cell.gutter ?? 0) - line.width : x;
      y += p.place([line], at, y);
    }
    x += cell.width;
  }
  p.y += height;
  if (opts.rule) p.rule(opts.x ?? p.left, p.y, x - (opts.x ?? p.left), opts.rule.color, opts.rule.thickness);
  return height;
}
