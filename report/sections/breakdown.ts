import type { BreakdownRow, Quality } from "../../lib/schema/recommendation";
import { format } from "../../lib/vocab";
import { whole, type Memo } from "../context";
import type { Block } from "../pdf/pager";
import { COLOR, STYLE, like } from "../pdf/styles";
import { run, type Line } from "../pdf/text-layout";

const SIZE = 7.5;
/** One table line, in points: a row is at least this tall, so the bars line up with their labels. */
const PITCH = 11;
const COL = { label: 74, weight: 34, gap: 8, bar: 88, points: 36, gutter: 10 } as const;
const BAR_HEIGHT = 5;
/** The bar's length at a value of 1; the value as a percentage sits right of it. */
const BAR = 58;
const CELL = like(STYLE.body, { size: SIZE, leading: PITCH / SIZE });
const HEAD = like(CELL, { color: COLOR.muted });
const VALUE = like(CELL, { size: 6.5, leading: PITCH / 6.5, color: COLOR.muted });
const WHY = like(STYLE.tiny, { size: 7, leading: 1.45, color: COLOR.soft });

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

/**
 * The score explained, one row per criterion: its weight, how well the option does (a bar and its
 * value, 0..1), the points it adds (they add up to the score) and why. The quality row's why is the
 * overall quality, detailed per task in the next part of the card. Criterion words from lib/vocab.
 */
export function breakdownBlock(m: Memo, rows: readonly BreakdownRow[], quality: Quality, x: number): Block {
  const { p, S, W } = m;
  const barX = x + COL.label + COL.weight + COL.gap;
  const pointsX = barX + COL.bar;
  const whyX = pointsX + COL.points + COL.gutter;
  const whyWidth = p.left + p.width - whyX;
  const one = (text: string, style = CELL): Line[] => p.measure([run(text, style)], 400).lines.slice(0, 1);
  const overall = quality.score === undefined ? S.quality.overallUnmeasured(format.percent(quality.coverage)) : S.breakdown.qualityWhy(whole(quality.score), whole(quality.low), whole(quality.high));
  const laid = rows.map((r) => ({ r, why: p.measure([run(r.criterion === "quality" ? overall : r.note, WHY)], whyWidth).lines }));
  const heights = laid.map((l) => Math.max(PITCH, l.why.reduce((h, line) => h + line.height, 0)));
  const height = PITCH + heights.reduce((a, b) => a + b, 0) + 2;
  const cell = (lines: Line[], cx: number, y: number, w: number, right = false, tag = "TD") =>
    p.tags.leafOf(
      tag,
      () => {
        let at = y;
        for (const l of lines) at += p.place([l], right ? cx + w - l.width : cx, at);
      },
      tag === "TH" ? { scope: "Column" } : {},
    );
  const draw = (top: number) =>
    p.tags.group("Table", () => {
      p.tags.group("TR", () => {
        cell(one(S.breakdown.criterion, HEAD), x, top, COL.label, false, "TH");
        cell(one(S.breakdown.weight, HEAD), x + COL.label, top, COL.weight, true, "TH");
        cell(one(S.breakdown.how, HEAD), barX, top, COL.bar, false, "TH");
        cell(one(S.breakdown.points, HEAD), pointsX, top, COL.points, true, "TH");
        cell(one(S.breakdown.why, HEAD), whyX, top, whyWidth, false, "TH");
      });
      p.rule(x, top + PITCH, p.left + p.width - x, COLOR.rule, 0.5);
      let y = top + PITCH + 2;
      laid.forEach(({ r, why }, i) => {
        p.tags.group("TR", () => {
          cell(one(W.tables.criterion[r.criterion].short), x, y, COL.label - 4);
          cell(one(format.percent(r.weight)), x + COL.label, y, COL.weight, true);
          const barY = y + (PITCH - BAR_HEIGHT) / 2;
          p.tags.leafOf("TD", () => {
            p.rect(barX, barY, BAR, BAR_HEIGHT, COLOR.bar, 1);
            p.rect(barX, barY, BAR * clamp01(r.value), BAR_HEIGHT, COLOR.accent, 1);
            // The bar's value as text too: a figure to quote, and words for a reader who cannot see the bar.
            const [v] = one(format.percent(clamp01(r.value)), VALUE);
            if (v) p.place([v], barX + COL.bar - 4 - v.width, y);
          });
          cell(one(format.grouped(r.contribution, 2, true)), pointsX, y, COL.points, true);
          cell(why, whyX, y, whyWidth);
        });
        y += heights[i] ?? PITCH;
      });
    });
  return { height, before: 8, draw };
}
