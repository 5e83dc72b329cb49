import type { BreakdownRow } from "@/lib/schema/recommendation";
import type { Pager } from "./pager";
import { COLOR, STYLE, like } from "./styles";
import { run, type Run } from "./text-layout";

const SIZE = 8;
/** One table line, in points: every row is this tall, so the bars line up with their labels. */
const PITCH = SIZE * 1.5;
const COL = { label: 118, weight: 34, gap: 10, bar: 120, points: 44 } as const;
const BAR_HEIGHT = 6;
const CELL = like(STYLE.body, { size: SIZE, leading: 1.5 });
const HEAD = like(CELL, { color: COLOR.muted });

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

/** One cell's single line at (x, y), right-aligned to `x + width` when asked. */
function cell(p: Pager, text: string, x: number, y: number, width: number, style = CELL, right = false): void {
  const [line] = p.measure([run(text, style)], width).lines;
  if (line) p.place([line], right ? x + width - line.width : x, y);
}

/**
 * The score explained: per criterion its weight, how well the option does (the bar, 0..1) and the
 * points it adds (they add up to the score), then why, criterion by criterion. The table and its
 * notes are kept on one page. The criterion labels are short fixed words (lib/score/criteria).
 */
export function drawBreakdown(p: Pager, rows: readonly BreakdownRow[], x: number): void {
  const width = p.left + p.width - x;
  const noteRuns: Run[] = rows.flatMap((r, i) => [
    run(`${i === 0 ? "" : "\n"}${r.label}: `, STYLE.tinyBold),
    run(r.note, STYLE.tiny),
  ]);
  const notes = p.measure(noteRuns, width);
  const tableHeight = PITCH * (rows.length + 1);
  p.y += 6;
  p.ensure(tableHeight + 4 + notes.height);
  const top = p.y;
  const barX = x + COL.label + COL.weight + COL.gap;
  cell(p, "Criterion", x, top, COL.label, HEAD);
  cell(p, "Weight", x + COL.label, top, COL.weight, HEAD, true);
  cell(p, "How well it does", barX, top, COL.bar, HEAD);
  cell(p, "Points", barX + COL.bar, top, COL.points, HEAD, true);
  rows.forEach((r, i) => {
    const y = top + PITCH * (i + 1);
    cell(p, r.label, x, y, COL.label - 4);
    cell(p, `${Math.round(r.weight * 100)}%`, x + COL.label, y, COL.weight, CELL, true);
    const barY = y + (PITCH - BAR_HEIGHT) / 2;
    p.rect(barX, barY, COL.bar, BAR_HEIGHT, COLOR.bar, 1);
    p.rect(barX, barY, COL.bar * clamp01(r.value), BAR_HEIGHT, COLOR.accent, 1);
    cell(p, r.contribution.toFixed(1), barX + COL.bar, y, COL.points, CELL, true);
  });
  p.y = top + tableHeight + 4;
  p.lines(notes.lines, x);
}
