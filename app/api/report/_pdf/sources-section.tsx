import { View } from "@react-pdf/renderer";
import type { SourceEntry } from "./collect-sources";
import { Span, T } from "./safe-text";
import { urlLines } from "./url-lines";
import { SectionHead } from "./section-head";
import { COLOR } from "./styles";

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
        // One text per source, its number inline: react-pdf lays out each element on its own, and
        // a number column (a row and two texts per entry) tripled the cost of this long list.
        <T key={e.source} style={{ fontSize: 7.5, marginBottom: 3 }} wrap={false}>
          <Span style={{ color: COLOR.muted }}>{`[${i + 1}]  `}</Span>
          {e.what.join("; ")}
          <Span style={{ color: COLOR.muted }}>{`\n${urlLines(e.source, 110).join("\n")}\nas of ${e.asOf.join(", ")}`}</Span>
        </T>
      ))}
    </View>
  );
}
