import type { Option } from "../../lib/schema/recommendation";
import { deploymentText } from "../../lib/vocab";
import { score, type Memo } from "../context";
import type { Block } from "../pdf/pager";
import { COLOR, STYLE, like } from "../pdf/styles";
import { run, shortName } from "../pdf/text-layout";
import { breakdownBlock } from "./breakdown";
import { INDENT } from "./card-parts";
import { costBlock } from "./cost";
import { evidenceBlock } from "./evidence";
import { notesBlock } from "./notes";
import { qualityBlock } from "./quality";
import { servingBlock } from "./serving";

const SCORE_COL = 110;

/** The head of a card: rank, model, how it runs and who made it; at the right the score with its interval, any tie, and the monthly cost. */
function headBlock(m: Memo, o: Option, rank: number): Block {
  const { p, S, W } = m;
  const x = p.left + INDENT;
  const inner = p.width - INDENT;
  const lab = [o.lab, o.origin ? W.country(o.origin) : undefined].filter((s) => s !== undefined).join(", ");
  const name = p.measure([run(shortName(o.modelName), like(STYLE.h3, { size: 11.5, leading: 1.35 }))], inner - SCORE_COL);
  const how = p.measure([run(`${deploymentText(o.deployment, W)}${lab ? ` · ${lab}` : ""}`, like(STYLE.body, { color: COLOR.muted }))], inner - SCORE_COL);
  const badge = rank === 1 ? S.badge.top : o.tiedWithTop ? S.badge.tied : undefined;
  const scoreLines = p.measure(
    [
      run(score(o.score), like(STYLE.bodyBold, { size: 15, leading: 1.25 })),
      run(`\n${S.options.scoreOf} · ${S.options.range(score(o.scoreLow), score(o.scoreHigh))}`, STYLE.small),
      ...(badge ? [run(`\n${badge}`, like(STYLE.smallBold, { color: COLOR.accent }))] : []),
      run(`\n${S.perMonth(W.money(o.monthlyCostUsd))}`, STYLE.smallBold),
    ],
    SCORE_COL,
  );
  const height = Math.max(name.height + how.height, scoreLines.height);
  return {
    height,
    draw: (top) => {
      p.tags.leafOf("H3", () => {
        p.place(p.measure([run(`${rank}`, like(STYLE.h2, { size: 13, leading: 1.35 }))], INDENT).lines, p.left, top);
        p.place(name.lines, x, top);
      });
      p.tags.leafOf("P", () => p.place(how.lines, x, top + name.height));
      p.tags.leafOf("P", () => scoreLines.lines.forEach((l, i) => p.place([l], p.left + p.width - l.width, top + scoreLines.lines.slice(0, i).reduce((h, s) => h + s.height, 0))));
    },
  };
}

/**
 * One ranked option, as one block kept on one page where it fits on one (an option is never split
 * between its head and its breakdown): its head with score and cost, why it sits here, the score explained,
 * quality per task, cost line by line, the serving figures of a self-hosted option, where prompts
 * go, and its notes. A card taller than a page breaks between these parts only.
 */
export function optionCard(m: Memo, o: Option, rank: number): Block {
  const { p } = m;
  const x = p.left + INDENT;
  const why = o.whyHere ? [p.para([run(o.whyHere, STYLE.body)], { x, before: 6 })] : [];
  const first = p.stack([headBlock(m, o, rank), ...why, breakdownBlock(m, o.breakdown, o.quality, x)]);
  const parts = [qualityBlock(m, o.quality, x), costBlock(m, o, x), servingBlock(m, o, x), evidenceBlock(m, o, x), notesBlock(m, o.notes, x)].filter((b) => b !== undefined);
  const body = p.stack([first, ...parts], { tag: "Sect" });
  return {
    ...body,
    before: rank === 1 ? 4 : 14,
    draw: (top) => {
      if (rank > 1) p.rule(p.left, top - 8, p.width, COLOR.rule);
      body.draw(top);
    },
    flow: () => {
      if (rank > 1 && !p.atTop) p.rule(p.left, p.y - 8, p.width, COLOR.rule);
      body.flow?.();
    },
  };
}
