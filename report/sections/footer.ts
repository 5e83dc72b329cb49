import type { Memo } from "../context";
import { COLOR, MARGIN, STYLE, like } from "../pdf/styles";
import { run } from "../pdf/text-layout";

const STYLE_FOOT = like(STYLE.tiny, { color: COLOR.faint, leading: 1 });

/** On every page, once all pages exist: what this is, and "Page N of M", marked as pagination artifacts. */
export function drawFooters(m: Memo): void {
  const { p, S } = m;
  const { start, count } = p.doc.bufferedPageRange();
  const ruleY = p.size[1] - MARGIN.bottom + 18;
  for (let i = 0; i < count; i++) {
    p.doc.switchToPage(start + i);
    p.penChanged();
    p.tags.artifact(() => {
      p.rule(p.left, ruleY, p.width, COLOR.rule);
      p.place(p.measure([run(S.footer(m.date, m.rec.catalogVersion), STYLE_FOOT)]).lines, p.left, ruleY + 6);
      const [page] = p.measure([run(S.page(i + 1, count), STYLE_FOOT)]).lines;
      if (page) p.place([page], p.left + p.width - page.width, ruleY + 6);
    }, "Pagination");
  }
}
