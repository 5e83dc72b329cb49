import { View } from "@react-pdf/renderer";
import type { SourceEntry } from "./collect-sources";
import { T } from "./safe-text";
import { urlLines } from "./url-lines";
import { SectionHead } from "./section-head";
import { COLOR, s } from "./styles";

/** Every source behind the figures shown, numbered, with what was read there and when. */
export function SourcesSection({ entries }: { entries: SourceEntry[] }) {
  return (
    <View>
      <SectionHead
        title="Sources"
        intro="Where each figure shown for the options above was read, and as of when. Benchmarks are as published by the lab unless the source is a third party."
        room={40}
      />
      {entries.map((e, i) => (
        <View key={e.source} style={[s.row, { marginBottom: 3 }]} wrap={false}>
          <T style={{ width: 20, color: COLOR.muted, fontSize: 7.5 }}>{`[${i + 1}]`}</T>
          {/* One text per source: react-pdf lays out each <Text> on its own, and that is most of its time. */}
          <T style={{ flex: 1, fontSize: 7.5 }}>
            {e.what.join("; ")}
            <T style={{ color: COLOR.muted, fontSize: 7.5 }}>{`\n${urlLines(e.source, 105).join("\n")}\nas of ${e.asOf.join(", ")}`}</T>
          </T>
        </View>
      ))}
    </View>
  );
}
