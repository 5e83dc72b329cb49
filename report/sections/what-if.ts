import type { WhatIf } from "@/lib/schema/recommendation";
import { drawItem } from "./bullet";
import type { Pager } from "./pager";
import { sectionHead } from "./section-head";
import { COLOR, STYLE, like } from "./styles";
import { run } from "./text-layout";

/** Single changes to the requirements that would put another option first, each with its link. */
export function drawWhatIf(p: Pager, items: readonly WhatIf[], origin: string): void {
  sectionHead(p, "What would change the answer", undefined, 50);
  if (items.length === 0) {
    p.text([run("No single change to the requirements tested here would put another option first.", like(STYLE.body, { color: COLOR.muted }))]);
  }
  for (const w of items) {
    const link = w.shareQuery === undefined ? [] : [run("  Open\u00a0this\u00a0variant", like(STYLE.link, { size: 7.5 }), `${origin}/results?${w.shareQuery}`)];
    drawItem(p, "•", like(STYLE.body, { color: COLOR.accent }), [
      run(`${w.change.replace(/[.\s]+$/, "")}: `, STYLE.body),
      run(w.newTopName ?? w.newTopId, STYLE.bodyBold),
      run(" would come first.", STYLE.body),
      ...link,
    ]);
    p.y += 4;
  }
}
