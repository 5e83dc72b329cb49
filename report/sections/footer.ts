import type { Pager } from "./pager";
import { COLOR, MARGIN, STYLE, like } from "./styles";
import { run } from "./text-layout";

const STYLE_FOOT = like(STYLE.tiny, { color: COLOR.faint, leading: 1 });

/** On every page, once all pages exist: what this is, and "Page N of M". */
export function drawFooters(p: Pager, { date, version }: { date: string; version: string }): void {
  const { start, count } = p.doc.bufferedPageRange();
  const ruleY = p.size[1] - MARGIN.bottom + 18;
  for (let i = 0; i < count; i++) {
    p.doc.switchToPage(start + i);
    p.penChanged();
    p.rule(p.left, ruleY, p.width, COLOR.rule);
    p.place(p.measure([run(`flagless decision memo · ${date} · catalog ${version}`, STYLE_FOOT)]).lines, p.left, ruleY + 6);
    const [page] = p.measure([run(`Page ${i + 1} of ${count}`, STYLE_FOOT)]).lines;
    if (page) p.place([page], p.left + p.width - page.width, ruleY + 6);
  }
}
