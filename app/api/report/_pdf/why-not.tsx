import { View } from "@react-pdf/renderer";
import type { ExclusionGroup } from "@/lib/describe/reasons";
import { Span, T } from "./safe-text";
import { SectionHead } from "./section-head";
import { COLOR, s } from "./styles";

/**
 * Why the other options are not on the list, grouped by the requirement that rules them out.
 * Options ruled out only because the person did not allow that way of running are counted,
 * not listed: they are their own choice, not a finding. One text per group (see option-card.tsx).
 */
export function WhyNot({ groups }: { groups: ExclusionGroup[] }) {
  if (groups.length === 0) return null;
  const hosting = groups.find((g) => g.code === "hosting");
  const shown = groups.filter((g) => g.code !== "hosting");
  return (
    <View>
      <SectionHead
        title="Why not the others"
        intro="Options ruled out by a hard requirement, grouped by the first requirement each one breaks; newest models first."
      />
      {shown.map((g) => (
        <View key={g.code} style={{ marginBottom: 8 }}>
          <T style={[s.h3, { fontSize: 9.5, marginBottom: 2 }]} minPresenceAhead={30}>
            {`${g.heading} (${g.count} option${g.count === 1 ? "" : "s"})`}
          </T>
          <T style={{ fontSize: 8.5, color: COLOR.muted }}>
            {g.items.map((item, i) => (
              <Span key={item.modelId}>
                <Span style={[s.bold, { color: COLOR.ink }]}>{`${i === 0 ? "" : "\n"}${item.modelName}: `}</Span>
                {item.message}
              </Span>
            ))}
            {g.count > g.items.length ? `\nand ${g.count - g.items.length} more options for the same reason.` : ""}
          </T>
        </View>
      ))}
      {hosting ? (
        <T style={s.small}>
          {`${hosting.count} further option${hosting.count === 1 ? "" : "s"} would run in a way you did not allow (for example an API when you chose self-hosting).`}
        </T>
      ) : null}
    </View>
  );
}
