import { View } from "@react-pdf/renderer";
import { formatUsd } from "@/lib/describe/format";
import { deploymentText, regionsText } from "@/lib/describe/option";
import type { Option } from "@/lib/schema/recommendation";
import { T } from "./safe-text";
import { WEIGHT } from "./fonts";
import { COLOR, s } from "./styles";

const COL = { rank: 18, model: 150, how: 0, region: 70, cost: 62, score: 36 } as const;

/** The shortlist at a glance, on the first page; the details follow. */
export function Shortlist({ options }: { options: Option[] }) {
  if (options.length === 0) return null;
  const head = [s.small, { fontWeight: WEIGHT.semibold }] as const;
  return (
    <View style={{ marginTop: 14 }} wrap={false}>
      <View style={[s.row, { borderBottomWidth: 0.75, borderBottomColor: COLOR.rule, paddingBottom: 3 }]}>
        <T style={[...head, { width: COL.rank }]}>#</T>
        <T style={[...head, { width: COL.model }]}>Model</T>
        <T style={[...head, { flex: 1 }]}>How it runs</T>
        <T style={[...head, { width: COL.region }]}>Prompts in</T>
        <T style={[...head, { width: COL.cost, textAlign: "right" }]}>Per month</T>
        <T style={[...head, { width: COL.score, textAlign: "right" }]}>Score</T>
      </View>
      {options.map((o, i) => (
        <View key={o.id} style={[s.row, { paddingVertical: 3, borderBottomWidth: 0.5, borderBottomColor: COLOR.rule }]}>
          <T style={{ width: COL.rank, color: COLOR.muted, fontSize: 8.5 }}>{String(i + 1)}</T>
          <T style={{ width: COL.model, paddingRight: 6, fontWeight: WEIGHT.semibold, fontSize: 8.5 }}>{o.modelName}</T>
          <T style={{ flex: 1, paddingRight: 6, fontSize: 8.5 }}>{deploymentText(o.deployment)}</T>
          <T style={{ width: COL.region, paddingRight: 4, fontSize: 8.5 }}>{regionsText(o.deployment)}</T>
          <T style={{ width: COL.cost, textAlign: "right", fontSize: 8.5 }}>{formatUsd(o.monthlyCostUsd)}</T>
          <T style={{ width: COL.score, textAlign: "right", fontWeight: WEIGHT.semibold, fontSize: 8.5 }}>{o.score.toFixed(0)}</T>
        </View>
      ))}
    </View>
  );
}
