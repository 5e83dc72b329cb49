import type { Option } from "../../lib/schema/recommendation";
import { deploymentText, regionsText } from "../../lib/vocab";
import { score, type Memo } from "../context";
import { COLOR, STYLE, like } from "../pdf/styles";
import { rowBlock, tableBlock, type Cell } from "../pdf/table";
import { run, shortName } from "../pdf/text-layout";

const COL = { rank: 18, model: 140, region: 78, cost: 62, score: 52 } as const;
const HEAD = STYLE.smallBold;
const CELL = like(STYLE.body, { size: 8.5, leading: 1.35 });
const CELL_BOLD = like(CELL, { weight: "semibold" });
const RANGE = like(STYLE.tiny, { leading: 1.35 });

type Row = { rank: string; model: string; how: string; region: string; cost: string; score: string; range?: string };

/** The six columns, the flexible "How it runs" taking what the fixed ones leave. */
function cells(m: Memo, r: Row, head: boolean): Cell[] {
  const flex = m.p.width - COL.rank - COL.model - COL.region - COL.cost - COL.score;
  const body = head ? HEAD : CELL;
  return [
    { runs: [run(r.rank, head ? HEAD : like(CELL, { color: COLOR.muted }))], width: COL.rank },
    { runs: [run(r.model, head ? HEAD : CELL_BOLD)], width: COL.model, gutter: 8 },
    { runs: [run(r.how, body)], width: flex, gutter: 8 },
    { runs: [run(r.region, body)], width: COL.region, gutter: 6 },
    { runs: [run(r.cost, body)], width: COL.cost, align: "right" },
    { runs: [run(r.score, head ? HEAD : CELL_BOLD), ...(r.range ? [run(`\n${r.range}`, RANGE)] : [])], width: COL.score, align: "right" },
  ];
}

function rowOf(m: Memo, o: Option, i: number): Row {
  return {
    rank: `${i + 1}${o.tiedWithTop && i > 0 ? "=" : ""}`,
    model: shortName(o.modelName),
    how: deploymentText(o.deployment, m.W),
    region: regionsText(o.deployment, m.W),
    cost: m.W.money(o.monthlyCostUsd),
    score: score(o.score),
    range: m.S.options.range(score(o.scoreLow), score(o.scoreHigh)),
  };
}

/** The shortlist at a glance, on the first page; the details follow. "=" marks a tie with the top pick. */
export function drawShortlist(m: Memo): void {
  const { p, S } = m;
  if (m.top.length === 0) return;
  const h = S.shortlist;
  const head = rowBlock(p, cells(m, { rank: h.rank, model: h.model, how: h.how, region: h.where, cost: h.cost, score: h.score }, true), { padY: 3, header: true, rule: { color: COLOR.rule, thickness: 0.75 } });
  const rows = m.top.map((o, i) => rowBlock(p, cells(m, rowOf(m, o, i), false), { padY: 3.5, rule: { color: COLOR.rule, thickness: 0.5 } }));
  p.put(tableBlock(p, [head, ...rows], 14));
}
