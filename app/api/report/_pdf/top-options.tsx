import { View } from "@react-pdf/renderer";
import type { Option } from "@/lib/schema/recommendation";
import { OptionCard } from "./option-card";
import { T } from "./safe-text";
import { s } from "./styles";

/** The best options in rank order; `total` tells how many feasible options there were. */
export function TopOptions({ options, total }: { options: Option[]; total: number }) {
  return (
    <View>
      <T style={s.h2} minPresenceAhead={120}>{`The top ${options.length} of ${total} options`}</T>
      {options.length === 0 ? <T>No option meets every requirement.</T> : null}
      {options.map((o, i) => (
        <OptionCard key={o.id} option={o} rank={i + 1} />
      ))}
    </View>
  );
}
