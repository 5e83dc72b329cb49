import type { Block, Pager } from "../pdf/pager";
import { COLOR, STYLE, like } from "../pdf/styles";
import { rowBlock, tableBlock } from "../pdf/table";
import { run, type Run } from "../pdf/text-layout";

/** How far an option's details sit right of its rank number. */
export const INDENT = 22;
/** The label column of a card's label-value tables. */
export const LABEL_WIDTH = 112;

export const CELL = like(STYLE.body, { size: 8, leading: 1.45 });
export const CELL_MUTED = like(CELL, { color: COLOR.muted });
export const CELL_BOLD = like(CELL, { weight: "semibold" });
export const CELL_LINK = like(CELL, { color: COLOR.accent });
/** Long quoted statements (a provider's own words on processing and retention). */
export const CELL_SMALL = like(CELL, { size: 7, color: COLOR.muted, leading: 1.4 });

/** A sub-heading of an option card ("Quality by task", "Where your prompts go"), tagged H4. */
export function subHead(p: Pager, title: string, x: number): Block {
  return p.para([run(title.toUpperCase(), like(STYLE.label, { color: COLOR.accent, leading: 1.6 }))], { x, tag: "H4" });
}

/** Rows of label and value, as a two-column table (the labels as row headers in the reading order). */
export function labelTable(p: Pager, rows: readonly { label: string; value: Run[] }[], x: number): Block {
  const width = p.left + p.width - x;
  return tableBlock(
    p,
    rows.map((r) =>
      rowBlock(
        p,
        [
          { runs: [run(r.label, CELL_MUTED)], width: LABEL_WIDTH, gutter: 8 },
          { runs: r.value, width: width - LABEL_WIDTH },
        ],
        { x, padY: 0.5 },
      ),
    ),
  );
}

/** A sub-block of a card: its heading kept with its body, with some room above. */
export function part(p: Pager, title: string, body: readonly Block[], x: number): Block {
  return p.stack([subHead(p, title, x), ...body], { tag: "Div", before: 9 });
}
