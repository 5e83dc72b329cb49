import { Link, View } from "@react-pdf/renderer";
import type { WhatIf } from "@/lib/schema/recommendation";
import { Span, T } from "./safe-text";
import { SectionHead } from "./section-head";
import { COLOR, s } from "./styles";

/** Single changes to the requirements that would put another option first, each with its link (one text each). */
export function WhatIfSection({ items, origin }: { items: WhatIf[]; origin: string }) {
  return (
    <View>
      <SectionHead title="What would change the answer" room={50} />
      {items.length === 0 ? (
        <T style={{ color: COLOR.muted }}>No single change to the requirements tested here would put another option first.</T>
      ) : null}
      {items.map((w, i) => (
        <T key={i} style={{ marginBottom: 4 }}>
          <Span style={{ color: COLOR.accent }}>{"•  "}</Span>
          {`${w.change.replace(/[.\s]+$/, "")}: `}
          <Span style={s.bold}>{w.newTopName ?? w.newTopId}</Span>
          {" would come first."}
          {w.shareQuery !== undefined ? (
            <Link src={`${origin}/results?${w.shareQuery}`} style={[s.link, { fontSize: 7.5 }]}>
              {"  Open\u00a0this\u00a0variant"}
            </Link>
          ) : null}
        </T>
      ))}
    </View>
  );
}
