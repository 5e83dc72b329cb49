import type { Option } from "@/lib/schema/recommendation";
import { format, type Words } from "@/lib/vocab";
import { deploymentLine, qualityLine, range, speedLine, ttftLine, whereLine } from "./option-words";

const dash = "—";

/** Two or three options side by side: what they are, where prompts go, cost line by line, speed, and the score criterion by criterion. */
export function CompareTable({ options, W }: { options: Option[]; W: Words }) {
  const criteria = options[0]?.breakdown ?? [];
  const row = (label: string, cell: (o: Option) => React.ReactNode) => (
    <tr className="border-t border-line align-top">
      <th scope="row" className="py-1.5 pr-3 text-left font-medium">{label}</th>
      {options.map((o) => <td key={o.id} className="py-1.5 pr-3">{cell(o)}</td>)}
    </tr>
  );
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="sr-only">Selected options compared</caption>
        <thead>
          <tr>
            <td />
            {options.map((o) => <th key={o.id} scope="col" className="pb-2 pr-3 text-left text-base">{o.modelName}</th>)}
          </tr>
        </thead>
        <tbody>
          {row("Deployment", (o) => deploymentLine(o, W))}
          {row("Where prompts go", (o) => whereLine(o, W))}
          {row("Run by", (o) => (o.evidence.operator ? `${o.evidence.operator}${o.evidence.operatorCountry ? ` (${W.country(o.evidence.operatorCountry)})` : ""}` : dash))}
          {row("Score", (o) => <><span className="font-bold">{o.score.toFixed(1)}</span> <span className="text-muted">{`(${range(o.scoreLow, o.scoreHigh, (n) => n.toFixed(1))})`}</span></>)}
          {row("Quality", (o) => qualityLine(o.quality))}
          {row("Per month", (o) => <span className="font-semibold">{W.money(o.monthlyCostUsd)}</span>)}
          {row("Cost lines", (o) => (
            <ul>{o.costLines.map((l, i) => <li key={i}>{`${l.label}: ${W.money(l.usd)}`}</li>)}</ul>
          ))}
          {row("Break-even", (o) => (o.breakEven ? `${format.tokens(o.breakEven.tokensPerMonth)} tokens a month` : dash))}
          {row("Speed per request", (o) => speedLine(o) ?? "not measured")}
          {row("First token", (o) => ttftLine(o) ?? dash)}
          {row("Serves at once", (o) => (o.concurrencyServed !== undefined ? format.count(o.concurrencyServed) : dash))}
          {row("Runtime", (o) => (o.deployment.runtime ? `${W.runtime(o.deployment.runtime)}${o.deployment.parallelism ? `, ${W.parallelism(o.deployment.parallelism)}` : ""}` : dash))}
          {row("Memory", (o) => (o.memory ? format.gigabytes(o.memory.totalBytes) : dash))}
          {criteria.map((c) =>
            row(W.tables.criterion[c.criterion].short, (o) => {
              const r = o.breakdown.find((b) => b.criterion === c.criterion);
              return r ? <span title={r.note}>{format.grouped(r.value * 100, 0)}<span className="text-muted">{` (${r.contribution.toFixed(1)} pts)`}</span></span> : dash;
            }),
          )}
        </tbody>
      </table>
    </div>
  );
}
