import type { Memo } from "../context";
import { listBlock } from "../pdf/list";
import { COLOR, STYLE, like } from "../pdf/styles";
import { run } from "../pdf/text-layout";
import { section } from "./section-head";

/** Single changes to the requirements that would change the top pick, each in the engine's sentence, with its link. */
export function drawWhatIf(m: Memo): void {
  const { p, S, rec, origin } = m;
  const items = rec.whatIf.map((w) => ({
    marker: "•",
    runs: [
      run(w.sentence, STYLE.body),
      ...(w.shareQuery === undefined || origin === undefined ? [] : [run(`  ${S.whatIf.open.replace(/ /g, "\u00a0")}`, like(STYLE.link, { size: 7.5 }), `${origin}/results?${w.shareQuery}`)]),
    ],
  }));
  const body = items.length > 0 ? listBlock(p, items, { indent: 10, markerStyle: like(STYLE.body, { color: COLOR.accent }), gap: 4 }) : p.para([run(S.whatIf.none, like(STYLE.body, { color: COLOR.muted }))]);
  section(m, S.whatIf.head, [body]);
}
