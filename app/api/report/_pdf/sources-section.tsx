import { View } from "@react-pdf/renderer";
import type { SourceEntry } from "./collect-sources";
import { T } from "./safe-text";
import { UrlText } from "./url-lines";
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
          <View style={{ flex: 1 }}>
            <T style={{ fontSize: 7.5 }}>{e.what.join("; ")}</T>
            <UrlText url={e.source} max={105} style={{ color: COLOR.muted, fontSize: 7.5 }} />
            <T style={{ color: COLOR.muted, fontSize: 7.5 }}>{`as of ${e.asOf.join(", ")}`}</T>
          </View>
        </View>
      ))}
    </View>
  );
}
