import type { Block, Pager } from "./pager";
import { run, type Run, type Style } from "./text-layout";

export type ListItem = { marker: string; runs: readonly Run[] };
export type ListOptions = { x?: number; width?: number; indent?: number; markerStyle: Style; gap?: number; before?: number };

/**
 * One list item with a hanging indent: the marker (a bullet, a number) in its own column, wrapped
 * lines aligned under the text, not under the marker. Tagged LI with Lbl and LBody. Whole on one
 * page where it fits on one; an item taller than a page flows.
 */
function itemBlock(p: Pager, item: ListItem, opts: ListOptions, before: number): Block {
  const x = opts.x ?? p.left;
  const indent = opts.indent ?? 10;
  const body = p.measure(item.runs, (opts.width ?? p.left + p.width - x) - indent);
  const first = body.lines[0];
  const mark = p.measure([run(item.marker, { ...opts.markerStyle, leading: (first?.height ?? opts.markerStyle.size * 1.4) / opts.markerStyle.size })], indent).lines;
  const label = (top: number) => p.tags.leafOf("Lbl", () => p.place(mark, x, top));
  return {
    height: body.height,
    before,
    draw: (top) =>
      p.tags.group("LI", () => {
        label(top);
        p.tags.leafOf("LBody", () => p.place(body.lines, x + indent, top));
      }),
    flow: () =>
      p.tags.group("LI", () => {
        p.ensure(first?.height ?? 0);
        label(p.y);
        p.tags.leafOf("LBody", () => p.lines(body.lines, x + indent));
      }),
  };
}

/** A list as one block (tagged L): kept on one page where it fits, else item by item. */
export function listBlock(p: Pager, items: readonly ListItem[], opts: ListOptions): Block {
  return p.stack(
    items.map((item, i) => itemBlock(p, item, opts, i === 0 ? 0 : (opts.gap ?? 2))),
    { tag: "L", before: opts.before ?? 0 },
  );
}

/** The items as separate blocks inside one L element, each kept whole: for long lists that may run over pages. */
export function putList(p: Pager, items: readonly ListItem[], opts: ListOptions): void {
  p.tags.group("L", () => items.forEach((item, i) => p.put(itemBlock(p, item, opts, i === 0 ? (opts.before ?? 0) : (opts.gap ?? 2)))));
}

/** Two blocks side by side from the same top (a list in two columns): as tall as the taller; the left one is read first. */
export function besideBlock(left: Block, right: Block, before = 0): Block {
  return {
    height: Math.max(left.height, right.height),
    before,
    draw: (top) => {
      left.draw(top);
      right.draw(top);
    },
  };
}

/**
 * A list in two columns of about equal height (items in reading order down the left column, then
 * the right), tagged as one L; one column when it is short.
 */
export function twoColumnList(p: Pager, items: readonly ListItem[], opts: ListOptions & { columnGap?: number }): Block {
  const x = opts.x ?? p.left;
  const width = opts.width ?? p.left + p.width - x;
  const one = listBlock(p, items, opts);
  if (items.length < 4) return one;
  const gap = opts.columnGap ?? 14;
  const half = (width - gap) / 2;
  const heights = items.map((it) => itemBlock(p, it, { ...opts, width: half }, 0).height + (opts.gap ?? 2));
  const total = heights.reduce((a, b) => a + b, 0);
  // The split that makes the taller column shortest.
  let split = 1;
  let best = Infinity;
  for (let i = 1, acc = 0; i < items.length; i++) {
    acc += heights[i - 1] ?? 0;
    const tallest = Math.max(acc, total - acc);
    if (tallest < best) [best, split] = [tallest, i];
  }
  const left = p.stack(items.slice(0, split).map((it, i) => itemBlock(p, it, { ...opts, width: half }, i === 0 ? 0 : (opts.gap ?? 2))));
  const right = p.stack(items.slice(split).map((it, i) => itemBlock(p, it, { ...opts, x: x + half + gap, width: half }, i === 0 ? 0 : (opts.gap ?? 2))));
  const both = besideBlock(left, right, opts.before ?? 0);
  // Columns do not flow over pages: a list taller than a page is set in one column, item by item.
  if (both.height > p.pageRoom) return one;
  return { ...both, draw: (top) => p.tags.group("L", () => both.draw(top)) };
}
