import { View } from "@react-pdf/renderer";
import type { BreakdownRow } from "@/lib/schema/recommendation";
import { T } from "./safe-text";
import { COLOR, s } from "./styles";

const BAR_WIDTH = 110;

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

/**
 * The score explained: per criterion its weight, how well the option does (the bar, 0..1)
 * and the points it adds; the points add up to the score.
 */
export function BreakdownBars({ rows }: { rows: BreakdownRow[] }) {
  return (
    <View style={{ marginTop: 6 }} wrap={false}>
      <View style={[s.row, { marginBottom: 2 }]}>
        <T style={[s.small, { width: 92 }]}>Criterion</T>
        <T style={[s.small, { width: 34, textAlign: "right", paddingRight: 6 }]}>Weight</T>
        <T style={[s.small, { width: BAR_WIDTH + 6 }]}>How well it does</T>
        <T style={[s.small, { width: 34, textAlign: "right", paddingRight: 8 }]}>Points</T>
        <T style={[s.small, { flex: 1 }]}>Why</T>
      </View>
      {rows.map((r) => (
        <View key={r.criterion} style={[s.row, { marginBottom: 2, alignItems: "flex-start" }]} wrap={false}>
          <T style={{ width: 92, fontSize: 8 }}>{r.label}</T>
          <T style={{ width: 34, textAlign: "right", paddingRight: 6, color: COLOR.muted, fontSize: 8 }}>{`${Math.round(r.weight * 100)}%`}</T>
          <View style={{ width: BAR_WIDTH, height: 6, marginTop: 2.5, marginRight: 6, backgroundColor: COLOR.bar, borderRadius: 1 }}>
            <View style={{ width: BAR_WIDTH * clamp01(r.value), height: 6, backgroundColor: COLOR.accent, borderRadius: 1 }} />
          </View>
          <T style={{ width: 34, textAlign: "right", paddingRight: 8, fontSize: 8 }}>{r.contribution.toFixed(1)}</T>
          <T style={{ flex: 1, color: COLOR.muted, fontSize: 7.5 }}>{r.note}</T>
        </View>
      ))}
    </View>
  );
}
