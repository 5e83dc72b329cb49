import { View } from "@react-pdf/renderer";
import { deploymentText, optionFacts } from "@/lib/describe/option";
import type { Option } from "@/lib/schema/recommendation";
import { BreakdownBars } from "./breakdown-bars";
import { T } from "./safe-text";
import { COLOR, s } from "./styles";

/** Notes shown per option; the rest are counted, not dropped silently. */
const MAX_NOTES = 4;

/** One ranked option: what it is, how it runs, its figures, its score explained, its caveats. */
export function OptionCard({ option, rank }: { option: Option; rank: number }) {
  const facts = optionFacts(option);
  const notes = option.notes.slice(0, MAX_NOTES);
  const more = option.notes.length - notes.length;
  return (
    <View style={{ marginBottom: 12, paddingBottom: 8, borderBottomWidth: 0.5, borderBottomColor: COLOR.rule }}>
      <View wrap={false} minPresenceAhead={140}>
      <View style={[s.row, { alignItems: "flex-start" }]}>
        <T style={{ width: 22, fontFamily: "Helvetica-Bold", fontSize: 13, color: COLOR.accent }}>{String(rank)}</T>
        <View style={{ flex: 1 }}>
          <T style={[s.h3, { fontSize: 11.5 }]}>{option.modelName}</T>
          <T style={{ color: COLOR.muted }}>
            {deploymentText(option.deployment)}
            {option.lab ? ` · ${option.lab}` : ""}
          </T>
        </View>
        <View style={{ width: 70, alignItems: "flex-end" }}>
          <T style={{ fontFamily: "Helvetica-Bold", fontSize: 15 }}>{option.score.toFixed(0)}</T>
          <T style={s.small}>score of 100</T>
        </View>
      </View>
      <View style={[s.row, { marginTop: 6, marginLeft: 22, flexWrap: "wrap" }]}>
        {facts.map((f) => (
          <View key={f.label} style={{ marginRight: 18, marginBottom: 2 }}>
            <T style={s.small}>{f.label}</T>
            <T style={s.bold}>{f.value}</T>
          </View>
        ))}
      </View>
      </View>
      <View style={{ marginLeft: 22 }}>
        {option.whyHere ? <T style={{ marginTop: 4 }}>{option.whyHere}</T> : null}
        {option.costNote ? <T style={[s.small, { marginTop: 2 }]}>Cost: {option.costNote}</T> : null}
        <BreakdownBars rows={option.breakdown} />
        {notes.map((n, i) => (
          <T key={i} style={[s.small, { marginTop: 2 }]}>
            {`• ${n}`}
          </T>
        ))}
        {more > 0 ? <T style={[s.small, { marginTop: 2 }]}>{`• ${more} more note${more === 1 ? "" : "s"} on the results page.`}</T> : null}
      </View>
    </View>
  );
}
