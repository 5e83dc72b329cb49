import { Link, View } from "@react-pdf/renderer";
import type { WhatIf } from "@/lib/schema/recommendation";
import { T } from "./safe-text";
import { SectionHead } from "./section-head";
import { COLOR, s } from "./styles";

/** Single changes to the requirements that would put another option first, each with its link. */
export function WhatIfSection({ items, origin }: { items: WhatIf[]; origin: string }) {
  return (
    <View>
      <SectionHead title="What would change the answer" room={50} />
      {items.length === 0 ? (
        <T style={{ color: COLOR.muted }}>No single change to the requirements tested here would put another option first.</T>
      ) : null}
      {items.map((w, i) => (
        <View key={i} style={[s.row, { marginBottom: 4 }]} wrap={false}>
          <T style={{ width: 12, color: COLOR.accent }}>•</T>
          <View style={{ flex: 1 }}>
            <T>
              {`${w.change.replace(/[.\s]+$/, "")}: `}
              <T style={s.bold}>{w.newTopName ?? w.newTopId}</T>
              {" would come first."}
            </T>
            {w.shareQuery !== undefined ? (
              <Link src={`${origin}/results?${w.shareQuery}`} style={[s.link, { fontSize: 7.5 }]}>
                <T style={{ fontSize: 7.5, color: COLOR.accent }}>Open this variant</T>
              </Link>
            ) : null}
          </View>
        </View>
      ))}
    </View>
  );
}
