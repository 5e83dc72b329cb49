import type { Memo } from "../context";
import { twoColumnList } from "../pdf/list";
import type { Block } from "../pdf/pager";
import { COLOR, STYLE, like } from "../pdf/styles";
import { run } from "../pdf/text-layout";
import { part } from "./card-parts";

const NOTE = like(STYLE.tiny, { size: 6.8, color: COLOR.soft, leading: 1.4 });

/** An option's notes (licence, unverified figures, setup, caveats), every one, in two compact columns kept with its card. */
export function notesBlock(m: Memo, notes: readonly string[], x: number): Block | undefined {
  if (notes.length === 0) return undefined;
  const list = twoColumnList(m.p, notes.map((n) => ({ marker: "•", runs: [run(n, NOTE)] })), { x, indent: 7, markerStyle: NOTE, gap: 1.5 });
  return part(m.p, m.S.notes, [list], x);
}
