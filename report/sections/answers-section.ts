import type { AnswerLine } from "@/lib/describe/answers";
import type { Pager } from "./pager";
import { sectionHead } from "./section-head";
import { COLOR, STYLE, like } from "./styles";
import { tableRow } from "./table-row";
import { run } from "./text-layout";

const LABEL = 130;

/** The requirements as given, in words, so the memo stands on its own. */
export function drawAnswers(p: Pager, lines: readonly AnswerLine[]): void {
  sectionHead(p, "Requirements", undefined, 60);
  for (const line of lines) {
    tableRow(
      p,
      [
        { runs: [run(line.label, like(STYLE.body, { color: COLOR.muted }))], width: LABEL, gutter: 8 },
        { runs: [run(line.text, STYLE.body)], width: p.width - LABEL },
      ],
      { padY: 1.5 },
    );
  }
}
