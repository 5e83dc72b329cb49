import type { Memo } from "../context";
import { STYLE } from "../pdf/styles";
import { run } from "../pdf/text-layout";
import { optionCard } from "./option-card";
import { section } from "./section-head";

/** The best options in rank order, from the top of a new page, each card whole on a page where it fits. */
export function drawOptions(m: Memo): void {
  const { p, S } = m;
  p.newPage();
  const cards = m.top.map((o, i) => optionCard(m, o, i + 1));
  section(m, S.options.head(m.top.length, m.rec.total), cards.length > 0 ? cards : [p.para([run(S.options.none, STYLE.body)])], { before: 0 });
}
