import { View } from "@react-pdf/renderer";
import { deploymentText } from "@/lib/describe/option";
import { formatUsd } from "@/lib/describe/format";
import type { Option } from "@/lib/schema/recommendation";
import { T } from "./safe-text";
import { s } from "./styles";

/** The head of the memo and its conclusion, first: what to pick, and what it costs. */
export function Cover({ date, version, top, count }: { date: string; version: string; top: Option | undefined; count: number }) {
  return (
    <View>
      <T style={s.brand}>flagless · decision memo</T>
      <T style={s.title}>Which language model to use, and how to run it</T>
      <T style={s.subtitle}>A ranked recommendation for the requirements below, with the reasons behind it.</T>
      <T style={s.meta}>
        Prepared {date} · catalog version {version} · {count} feasible option{count === 1 ? "" : "s"} compared
      </T>
      <View style={s.box}>
        {top ? (
          <View>
            <T style={[s.small, { textTransform: "uppercase", letterSpacing: 1 }]}>Recommendation</T>
            <T style={[s.h3, { fontSize: 14, marginTop: 3 }]}>{top.modelName}</T>
            <T style={{ marginTop: 2 }}>
              {deploymentText(top.deployment)} · score {top.score.toFixed(0)}/100 · about {formatUsd(top.monthlyCostUsd)} a month
            </T>
            {top.whyHere ? <T style={[s.small, { marginTop: 4, color: "#333a44" }]}>{top.whyHere}</T> : null}
          </View>
        ) : (
          <T>
            No option meets every requirement. The sections &quot;Why not&quot; and &quot;What would change the answer&quot; show
            which requirement rules each one out and which single change would open the way.
          </T>
        )}
      </View>
    </View>
  );
}
