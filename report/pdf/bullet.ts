import type { Pager } from "./pager";
import { run, type Run, type Style } from "./text-layout";

/**
 * A list item with a hanging indent: the marker (a bullet, a source number) in its own column,
 * wrapped lines aligned under the text, not under the marker. Lines may run onto the next page;
 * `keep` keeps the item whole.
 */
export function drawItem(p: Pager, marker: string, markerStyle: Style, runs: readonly Run[], opts: { x?: number; indent?: number; keep?: boolean } = {}): void {
  const x = opts.x ?? p.left;
  const indent = opts.indent ?? 10;
  const { lines, height } = p.measure(runs, p.left + p.width - x - indent);
  const first = lines[0];
  if (!first) return;
  p.ensure(opts.keep ? height : first.height);
  const mark = p.measure([run(marker, { ...markerStyle, leading: first.height / markerStyle.size })], indent).lines;
  p.place(mark, x, p.y);
  p.lines(lines, x + indent);
}
