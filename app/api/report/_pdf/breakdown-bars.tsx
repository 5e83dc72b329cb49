import { Rect, Svg, View } from "@react-pdf/renderer";
import type { BreakdownRow } from "@/lib/schema/recommendation";
import { WEIGHT } from "./fonts";
import { Span, T } from "./safe-text";
import { COLOR, s } from "./styles";

const BAR_WIDTH = 120;
const BAR_HEIGHT = 6;
const SIZE = 8;
/** One table line, in points: every column is one text of this leading, so the rows line up. */
const PITCH = SIZE * 1.5;

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

/** One column of the table as one text: the heading line in grey, then one line per criterion. */
function Column({ head, lines, width, right }: { head: string; lines: string[]; width: number; right?: boolean }) {
  const style = { width, fontSize: SIZE, lineHeight: 1.5, textAlign: right ? ("right" as const) : ("left" as const) };
  return (
    <T style={style}>
      <Span style={{ color: COLOR.muted }}>{head}</Span>
      {`\n${lines.join("\n")}`}
    </T>
  );
}

/**
 * The score explained: per criterion its weight, how well the option does (the bar, 0..1) and the
 * points it adds (they add up to the score), then why, criterion by criterion.
 * Laid out as a few columns of text and one drawing rather than a grid of cells: react-pdf's
 * layout costs per element, and a cell per value made this table most of the memo's render time.
 * The criterion labels are short fixed words (lib/score/criteria), one line each at this width.
 */
export function BreakdownBars({ rows }: { rows: BreakdownRow[] }) {
  return (
    <View style={{ marginTop: 6 }} wrap={false}>
      <View style={s.row}>
        <Column head="Criterion" lines={rows.map((r) => r.label)} width={118} />
        <Column head="Weight" lines={rows.map((r) => `${Math.round(r.weight * 100)}%`)} width={34} right />
        <View style={{ width: BAR_WIDTH + 20, paddingLeft: 10 }}>
          <T style={{ fontSize: SIZE, lineHeight: 1.5, color: COLOR.muted }}>How well it does</T>
          <Svg width={BAR_WIDTH} height={PITCH * rows.length} viewBox={`0 0 ${BAR_WIDTH} ${PITCH * rows.length}`}>
          {rows.flatMap((r, i) => {
            const y = PITCH * i + (PITCH - BAR_HEIGHT) / 2;
            return [
              <Rect key={`${r.criterion}-track`} x={0} y={y} width={BAR_WIDTH} height={BAR_HEIGHT} rx={1} fill={COLOR.bar} />,
              <Rect key={`${r.criterion}-value`} x={0} y={y} width={BAR_WIDTH * clamp01(r.value)} height={BAR_HEIGHT} rx={1} fill={COLOR.accent} />,
            ];
          })}
          </Svg>
        </View>
        <Column head="Points" lines={rows.map((r) => r.contribution.toFixed(1))} width={34} right />
      </View>
      <T style={{ fontSize: 7.5, color: COLOR.muted, marginTop: 4 }}>
        {rows.map((r, i) => (
          <Span key={r.criterion}>
            <Span style={{ fontWeight: WEIGHT.semibold, color: COLOR.ink }}>{`${i === 0 ? "" : "\n"}${r.label}: `}</Span>
            {r.note}
          </Span>
        ))}
      </T>
    </View>
  );
}
