import { View } from "@react-pdf/renderer";
import type { AnswerLine } from "@/lib/describe/answers";
import { T } from "./safe-text";
import { s } from "./styles";

/** The requirements as given, in words, so the memo stands on its own. */
export function AnswersSection({ lines }: { lines: AnswerLine[] }) {
  return (
    <View>
      <T style={s.h2}>Requirements</T>
      {lines.map((line) => (
        <View key={line.field} style={[s.row, { marginBottom: 3 }]} wrap={false}>
          <T style={s.labelCell}>{line.label}</T>
          <T style={s.valueCell}>{line.text}</T>
        </View>
      ))}
    </View>
  );
}
