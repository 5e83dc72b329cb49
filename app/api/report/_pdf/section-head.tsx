import { View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { T } from "./safe-text";
import { COLOR, s } from "./styles";

/**
 * A section heading with its intro, kept together and never left alone at the foot of a page:
 * `minPresenceAhead` asks for that much room below it, else it moves to the next page.
 */
export function SectionHead({ title, intro, room = 90 }: { title: string; intro?: ReactNode; room?: number }) {
  return (
    <View wrap={false} minPresenceAhead={room}>
      <T style={s.h2}>{title}</T>
      {intro ? <T style={[s.p, { color: COLOR.muted }]}>{intro}</T> : null}
    </View>
  );
}
