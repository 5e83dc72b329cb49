import type { Quality } from "../../lib/schema/recommendation";
import { format } from "../../lib/vocab";
import { whole, type Memo } from "../context";
import type { Block } from "../pdf/pager";
import { COLOR } from "../pdf/styles";
import { rowBlock, tableBlock, type Cell } from "../pdf/table";
import { run } from "../pdf/text-layout";
import { CELL, CELL_BOLD, CELL_MUTED, part } from "./card-parts";

const COL = { task: 120, score: 56, range: 60 } as const;

/** A quality source's short name: its name up to the first bracket or colon ("LiveBench", "Aider polyglot coding leaderboard"). */
export function sourceName(m: Memo, id: string): string {
  if (id === "vendor") return m.S.quality.vendor;
  const s = m.catalog.quality?.sources.find((q) => q.id === id);
  return s ? (s.name.split(/ \(|: /)[0] ?? s.name) : id;
}

/** Quality per task: score, interval and the evaluations behind it; "not measured" where none is. */
export function qualityBlock(m: Memo, q: Quality, x: number): Block {
  const { p, S, W } = m;
  const width = p.left + p.width - x;
  const cols = (task: string, score: string, range: string, sources: string, head: boolean): Cell[] => {
    const style = head ? CELL_MUTED : CELL;
    return [
      { runs: [run(task, style)], width: COL.task, gutter: 8 },
      { runs: [run(score, head ? style : CELL_BOLD)], width: COL.score, align: "right", gutter: 10 },
      { runs: [run(range, style)], width: COL.range, gutter: 8 },
      { runs: [run(sources, style)], width: width - COL.task - COL.score - COL.range },
    ];
  };
  const head = rowBlock(p, cols(S.quality.task, S.quality.score, S.quality.range, S.quality.sources, true), { x, header: true, rule: { color: COLOR.rule, thickness: 0.5 } });
  const rows = q.perTask.map((t) =>
    t.score === undefined
      ? rowBlock(p, cols(W.task(t.task), S.quality.notMeasured, "", "", false), { x })
      : rowBlock(p, cols(W.task(t.task), whole(t.score), S.options.range(whole(t.low), whole(t.high)), t.sources.map((s) => sourceName(m, s)).join(", "), false), { x }),
  );
  const coverage = format.percent(q.coverage);
  const summary = q.score === undefined ? S.quality.overallUnmeasured(coverage) : S.quality.overall(whole(q.score), whole(q.low), whole(q.high), coverage);
  return part(p, S.quality.head, [tableBlock(p, [head, ...rows]), p.para([run(summary, CELL_MUTED)], { x, before: 2 })], x);
}
