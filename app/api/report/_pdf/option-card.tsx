import { View } from "@react-pdf/renderer";
import { deploymentText, optionFacts } from "@/lib/describe/option";
import type { Option } from "@/lib/schema/recommendation";
import { BreakdownBars } from "./breakdown-bars";
import { WEIGHT } from "./fonts";
import { Span, T } from "./safe-text";
import { COLOR, s } from "./styles";

/** Notes shown per option; the rest are counted, not dropped silently. */
const MAX_NOTES = 4;

/** The notes as one text's children, one string each: each is sanitized (and cut) on its own. */
function noteLines(notes: string[]): string[] {
  const shown = notes.slice(0, MAX_NOTES).map((n, i) => `${i === 0 ? "" : "\n"}• ${n}`);
  const more = notes.length - MAX_NOTES;
  if (more > 0) shown.push(`\n• ${more} more note${more === 1 ? "" : "s"} on the results page.`);
  return shown;
}

/**
 * One ranked option: what it is, how it runs, its figures, its score explained, its caveats.
 * Runs of text share one <Text> with nested styled parts: react-pdf lays out each block element on
 * its own, and that per-element cost is most of the memo's render time.
 */
export function OptionCard({ option, rank }: { option: Option; rank: number }) {
  return (
    <View style={{ marginBottom: 12, paddingBottom: 8, borderBottomWidth: 0.5, borderBottomColor: COLOR.rule }}>
      <View wrap={false} minPresenceAhead={140}>
        <View style={[s.row, { alignItems: "flex-start" }]}>
          <T style={{ width: 22, fontWeight: WEIGHT.semibold, fontSize: 13, color: COLOR.accent }}>{String(rank)}</T>
          <T style={{ flex: 1, color: COLOR.muted }}>
            <Span style={[s.h3, { fontSize: 11.5, lineHeight: 1.35, color: COLOR.ink }]}>{option.modelName}</Span>
            {`\n${deploymentText(option.deployment)}${option.lab ? ` · ${option.lab}` : ""}`}
          </T>
          <T style={{ width: 70, textAlign: "right", fontSize: 8, color: COLOR.muted }}>
            <Span style={{ fontWeight: WEIGHT.semibold, fontSize: 15, lineHeight: 1.25, color: COLOR.ink }}>{option.score.toFixed(0)}</Span>
            {"\nscore of 100"}
          </T>
        </View>
        <View style={[s.row, { marginTop: 6, marginLeft: 22, flexWrap: "wrap" }]}>
          {optionFacts(option).map((f) => (
            <T key={f.label} style={[s.small, { marginRight: 18, marginBottom: 2 }]}>
              {`${f.label}\n`}
              <Span style={{ fontSize: 9.5, lineHeight: 1.4, fontWeight: WEIGHT.semibold, color: COLOR.ink }}>{f.value}</Span>
            </T>
          ))}
        </View>
      </View>
      <View style={{ marginLeft: 22 }}>
        {option.whyHere || option.costNote ? (
          <T style={{ marginTop: 4 }}>
            {option.whyHere ?? ""}
            {option.costNote ? <Span style={s.small}>{`${option.whyHere ? "\n" : ""}Cost: ${option.costNote}`}</Span> : null}
          </T>
        ) : null}
        <BreakdownBars rows={option.breakdown} />
        {option.notes.length > 0 ? <T style={[s.small, { marginTop: 4 }]}>{noteLines(option.notes)}</T> : null}
      </View>
    </View>
  );
}
