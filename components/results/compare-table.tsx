import type { Option } from "@/lib/schema/recommendation";
import { format, type Words } from "@/lib/vocab";
import { deploymentLine, qualityLine, range, speedLine, ttftLine, whereLine } from "./option-words";
import { inLocale } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";


const dash = "—";

/** Two or three options side by side: what they are, where prompts go, cost line by line, speed, and the score criterion by criterion. */
export function CompareTable({ options, W }: { options: Option[]; W: Words }) {
  const criteria = options[0]?.breakdown ?? [];
  const t = inLocale(RESULTS, W.locale);
  const k = t.cmpRows;
  const row = (label: string, cell: (o: Option) => React.ReactNode) => (
    <tr className="border-t border-line align-top">
      <th scope="row" className="py-1.5 pr-3 text-left font-medium">{label}</th>
      {options.map((o) => <td key={o.id} className="py-1.5 pr-3">{cell(o)}</td>)}
    </tr>
  );
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="sr-only">{t.cmpCaption}</caption>
        <thead>
          <tr>
            <td />
            {options.map((o) => <th key={o.id} scope="col" className="pb-2 pr-3 text-left text-base">{o.modelName}</th>)}
          </tr>
        </thead>
        <tbody>
          {row(k.deployment, (o) => deploymentLine(o, W))}
          {row(k.where, (o) => whereLine(o, W))}
          {row(k.runBy, (o) => (o.evidence.operator ? `${o.evidence.operator}${o.evidence.operatorCountry ? (W.locale === "zh" ? `（${W.country(o.evidence.operatorCountry)}）` : ` (${W.country(o.evidence.operatorCountry)})`) : ""}` : dash))}
          {row(k.score, (o) => <><span className="font-bold">{o.score.toFixed(1)}</span> <span className="text-muted">{`(${range(o.scoreLow, o.scoreHigh, (n) => n.toFixed(1))})`}</span></>)}
          {row(k.quality, (o) => qualityLine(o.quality, W.locale))}
          {row(k.perMonth, (o) => <span className="font-semibold">{W.money(o.monthlyCostUsd)}</span>)}
          {row(k.costLines, (o) => (
            <ul>{o.costLines.map((l, i) => <li key={i}>{`${l.label}${t.factSep}${W.money(l.usd)}`}</li>)}</ul>
          ))}
          {row(k.breakEven, (o) => (o.breakEven ? t.tokensAMonth(format.tokens(o.breakEven.tokensPerMonth, W.locale)) : dash))}
          {row(k.speed, (o) => speedLine(o, W.locale) ?? t.notMeasured)}
          {row(k.firstToken, (o) => ttftLine(o) ?? dash)}
          {row(k.serves, (o) => (o.concurrencyServed !== undefined ? format.count(o.concurrencyServed) : dash))}
          {row(k.runtime, (o) => (o.deployment.runtime ? `${W.runtime(o.deployment.runtime)}${o.deployment.parallelism ? `${W.locale === "zh" ? "，" : ", "}${W.parallelism(o.deployment.parallelism)}` : ""}` : dash))}
          {row(k.memory, (o) => (o.memory ? format.gigabytes(o.memory.totalBytes) : dash))}
          {criteria.map((c) =>
            row(W.tables.criterion[c.criterion].short, (o) => {
              const r = o.breakdown.find((b) => b.criterion === c.criterion);
              return r ? <span title={r.note}>{format.grouped(r.value * 100, 0)}<span className="text-muted">{t.pts(r.contribution.toFixed(1))}</span></span> : dash;
            }),
          )}
        </tbody>
      </table>
    </div>
  );
}
