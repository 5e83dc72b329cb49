import type { Memo } from "../context";
import { STYLE } from "../pdf/styles";
import { run } from "../pdf/text-layout";
import { optionCard } from "./option-card";
import { section } from "./section-head";

/** The best options in rank order, each card whole on a page where it fits (on the next page when it does not fit below). */
export function drawOptions(m: Memo): void {
  const { p, S } = m;
  const cards = m.top.map((o, i) => optionCard(m, o, i + 1));
  section(m, S.options.head(m.top.length, m.rec.total), cards.length > 0 ? cards : [p.para([run(S.options.none, STYLE.body)])], { before: 24 });
}
