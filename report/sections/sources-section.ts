import type { SourceEntry } from "./collect-sources";
import { drawItem } from "./bullet";
import type { Pager } from "./pager";
import { sectionHead } from "./section-head";
import { STYLE, like } from "./styles";
import { run } from "./text-layout";
import { urlLines } from "./url-lines";

const WHAT = like(STYLE.tiny, { color: STYLE.body.color });

/** Every source behind the figures shown, numbered, with what was read there and when; each entry kept whole. */
export function drawSources(p: Pager, entries: readonly SourceEntry[]): void {
  sectionHead(
    p,
    "Sources",
    "Where each figure shown for the options above was read, and as of when. Benchmarks are as published by the lab unless the source is a third party.",
    40,
  );
  entries.forEach((e, i) => {
    const link = /^https?:\/\//.test(e.source) ? e.source : undefined;
    drawItem(
      p,
      `[${i + 1}]`,
      STYLE.tiny,
      [run(e.what.join("; "), WHAT), run(`\n${urlLines(e.source, 110).join("\n")}`, STYLE.tiny, link), run(`\nas of ${e.asOf.join(", ")}`, STYLE.tiny)],
      { indent: 18, keep: true },
    );
    p.y += 3;
  });
}
