import { formatUsd } from "@/lib/describe/format";
import { deploymentText, regionsText } from "@/lib/describe/option";
import type { Option } from "@/lib/schema/recommendation";
import type { Pager } from "./pager";
import { COLOR, STYLE, like } from "./styles";
import { tableRow, type Cell } from "./table-row";
import { run, shortName } from "./text-layout";

const COL = { rank: 18, model: 150, region: 70, cost: 62, score: 36 } as const;
const HEAD = STYLE.smallBold;
const CELL = like(STYLE.body, { size: 8.5, leading: 1.35 });
const CELL_BOLD = like(CELL, { weight: "semibold" });

/** The five columns with the flexible "How it runs" taking what the fixed ones leave. */
function cells(p: Pager, [rank, model, how, region, cost, score]: readonly [string, string, string, string, string, string], bold: boolean): Cell[] {
  const flex = p.width - COL.rank - COL.model - COL.region - COL.cost - COL.score;
  const body = bold ? HEAD : CELL;
  return [
    { runs: [run(rank, bold ? HEAD : like(CELL, { color: COLOR.muted }))], width: COL.rank },
    { runs: [run(model, bold ? HEAD : CELL_BOLD)], width: COL.model, gutter: 8 },
    { runs: [run(how, body)], width: flex, gutter: 8 },
    { runs: [run(region, body)], width: COL.region, gutter: 4 },
    { runs: [run(cost, body)], width: COL.cost, align: "right" },
    { runs: [run(score, bold ? HEAD : CELL_BOLD)], width: COL.score, align: "right" },
  ];
}

/** The shortlist at a glance, on the first page; the details follow. */
export function drawShortlist(p: Pager, options: readonly Option[]): void {
  if (options.length === 0) return;
  p.y += 14;
  // The header and the first row together, never the header alone at the foot of a page.
  p.ensure(40);
  tableRow(p, cells(p, ["#", "Model", "How it runs", "Prompts in", "Per month", "Score"], true), { padY: 3, rule: { color: COLOR.rule, thickness: 0.75 } });
  options.forEach((o, i) => {
    const row = [String(i + 1), shortName(o.modelName), deploymentText(o.deployment), regionsText(o.deployment), formatUsd(o.monthlyCostUsd), o.score.toFixed(0)] as const;
    tableRow(p, cells(p, row, false), { padY: 3.5, rule: { color: COLOR.rule, thickness: 0.5 } });
  });
}
