import { View } from "@react-pdf/renderer";
import type { ExclusionGroup } from "@/lib/describe/reasons";
import { T } from "./safe-text";
import { SectionHead } from "./section-head";
import { WEIGHT } from "./fonts";
import { COLOR, s } from "./styles";

/**
 * Why the other options are not on the list, grouped by the requirement that rules them out.
 * Options ruled out only because the person did not allow that way of running are counted,
 * not listed: they are their own choice, not a finding.
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
          {g.items.map((item) => (
            <View key={item.modelId} style={[s.row, { marginBottom: 1.5 }]} wrap={false}>
              <T style={{ width: 150, paddingRight: 8, fontWeight: WEIGHT.semibold, fontSize: 8.5 }}>{item.modelName}</T>
              <T style={{ flex: 1, color: COLOR.muted, fontSize: 8.5 }}>{item.message}</T>
            </View>
          ))}
          {g.count > g.items.length ? (
            <T style={[s.small, { marginLeft: 150 }]}>{`and ${g.count - g.items.length} more options for the same reason.`}</T>
          ) : null}
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
