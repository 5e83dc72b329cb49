import { describeAnswers } from "../../lib/vocab";
import type { Memo } from "../context";
import { COLOR, STYLE, like } from "../pdf/styles";
import { rowBlock, tableBlock } from "../pdf/table";
import { run } from "../pdf/text-layout";
import { section } from "./section-head";

const LABEL = 130;

/** The requirements as given, in words (lib/vocab's describeAnswers), so the memo stands on its own. */
export function drawAnswers(m: Memo): void {
  const { p } = m;
  const gpuName = (id: string) => m.catalog.gpus.find((g) => g.id === id)?.name;
  const rows = describeAnswers(m.answers, m.W, gpuName).map((line) =>
    rowBlock(
      p,
      [
        { runs: [run(line.label, like(STYLE.body, { color: COLOR.muted }))], width: LABEL, gutter: 8 },
        { runs: [run(line.text, STYLE.body)], width: p.width - LABEL },
      ],
      { padY: 1.5 },
    ),
  );
  section(m, m.S.requirements, [tableBlock(p, rows)]);
}
