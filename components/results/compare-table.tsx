import type { Option } from "@/lib/schema/recommendation";
import { formatCompact, formatGB, formatUsd } from "../format";
import { deploymentWords, regionsWords } from "./deployment";

/** Two or three options side by side, criterion by criterion. */
export function CompareTable({ options }: { options: Option[] }) {
  const criteria = options[0]?.breakdown ?? [];
  const row = (label: string, cell: (o: Option) => React.ReactNode) => (
    <tr className="border-t border-line align-top">
      <th scope="row" className="py-1.5 pr-3 text-left font-medium">{label}</th>
      {options.map((o) => <td key={o.id} className="py-1.5 pr-3">{cell(o)}</td>)}
    </tr>
  );
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] text-sm">
        <caption className="sr-only">Selected options compared</caption>
        <thead>
          <tr>
            <td />
            {options.map((o) => <th key={o.id} scope="col" className="pb-2 pr-3 text-left text-base">{o.modelName}</th>)}
          </tr>
        </thead>
        <tbody>
          {row("Deployment", (o) => deploymentWords(o.deployment))}
          {row("Processed in", (o) => regionsWords(o.deployment))}
          {row("Score", (o) => <span className="font-bold">{o.score.toFixed(1)}</span>)}
          {row("Per month", (o) => formatUsd(o.monthlyCostUsd))}
          {row("Memory", (o) => (o.memory ? formatGB(o.memory.totalBytes) : "—"))}
          {row("Tokens/s", (o) => (o.tokensPerSecond !== undefined ? formatCompact(o.tokensPerSecond) : "—"))}
          {criteria.map((c) =>
            row(c.label, (o) => {
              const r = o.breakdown.find((b) => b.criterion === c.criterion);
              return r ? <span title={r.note}>{Math.round(r.value * 100)}<span className="text-muted"> ({r.contribution.toFixed(1)} pts)</span></span> : "—";
            }),
          )}
        </tbody>
      </table>
    </div>
  );
}
