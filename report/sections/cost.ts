import type { Currency } from "../../lib/schema/common";
import type { CostLine, Option } from "../../lib/schema/recommendation";
import { format } from "../../lib/vocab";
import type { Memo } from "../context";
import type { Block } from "../pdf/pager";
import { COLOR } from "../pdf/styles";
import { rowBlock, tableBlock, type Cell } from "../pdf/table";
import { run, type Run } from "../pdf/text-layout";
import { CELL, CELL_BOLD, CELL_MUTED, part } from "./card-parts";
import { versusText } from "./versus";

const COL = { tokens: 54, perM: 92, amount: 70 } as const;
const CURRENCIES = new Set<string>(["USD", "EUR", "CNY"]);

/** "EUR 0.90 (1 EUR = $1.1269, 2026-10-06)": a price as published, with the dated rate it was converted at. */
function nativePrice(m: Memo, n: NonNullable<CostLine["native"]>): string {
  const published = CURRENCIES.has(n.currency) ? format.nativeMoney(n.perMTok, n.currency as Currency) : `${n.currency} ${format.grouped(n.perMTok, 4)}`;
  return m.S.cost.native(published, `1 ${n.currency} = $${format.grouped(n.usdPer, 4)}, ${n.asOf}`);
}

/**
 * The monthly cost line by line (lib/cost's lines: they sum to the total): what is billed, the
 * tokens, the price per million where the line has one (and the price as published in another
 * currency), the amount; the total; how it was reached; where it breaks even against the best
 * option of the other kind.
 */
export function costBlock(m: Memo, o: Option, x: number): Block {
  const { p, S, W } = m;
  const width = p.left + p.width - x;
  const label = width - COL.tokens - COL.perM - COL.amount;
  const cols = (what: Run[], tokens: string, perM: Run[], amount: string, style = CELL): Cell[] => [
    { runs: what, width: label, gutter: 8 },
    { runs: [run(tokens, style)], width: COL.tokens, align: "right", gutter: 8 },
    { runs: perM, width: COL.perM, align: "right", gutter: 8 },
    { runs: [run(amount, style)], width: COL.amount, align: "right" },
  ];
  const head = rowBlock(p, cols([run(S.cost.line, CELL_MUTED)], S.cost.tokens, [run(S.cost.perM, CELL_MUTED)], S.cost.amount, CELL_MUTED), { x, header: true, rule: { color: COLOR.rule, thickness: 0.5 } });
  const lines = o.costLines.map((l) =>
    rowBlock(
      p,
      cols(
        // The engine's label names a native price where it has one; the published price is added where it does not.
        [run(l.label, CELL), ...(l.native && !l.label.includes(l.native.currency) ? [run(`\n${nativePrice(m, l.native)}`, CELL_MUTED)] : [])],
        l.tokens === undefined ? "" : format.tokens(l.tokens, m.locale),
        [run(l.usdPerMTok === undefined ? "" : W.money(l.usdPerMTok), CELL)],
        W.money(l.usd),
      ),
      { x, padY: 0.5 },
    ),
  );
  const total = rowBlock(p, cols([run(S.cost.total, CELL_BOLD)], "", [], W.money(o.monthlyCostUsd), CELL_BOLD), { x, padY: 1 });
  const ruled = { ...total, draw: (top: number) => (p.rule(x, top, width, COLOR.rule, 0.5), total.draw(top)) };
  const after: Block[] = [];
  if (o.costNote) after.push(p.para([run(o.costNote, CELL_MUTED)], { x, before: 2 }));
  if (o.breakEven) {
    const name = versusText(m, o.breakEven.versusOptionId);
    after.push(p.para([run(S.cost.breakEven(format.tokens(o.breakEven.tokensPerMonth, m.locale), name), CELL)], { x, before: 2 }));
  }
  return part(p, S.cost.head, [tableBlock(p, [head, ...lines, ruled]), ...after], x);
}
