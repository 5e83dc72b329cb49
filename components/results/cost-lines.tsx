import type { Option } from "@/lib/schema/recommendation";
import { CURRENCIES, type Currency } from "@/lib/schema/common";
import { format, type Words } from "@/lib/vocab";
import { inLocale } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";


const nativeMoney = (amount: number, currency: string) =>
  (CURRENCIES as readonly string[]).includes(currency) ? format.nativeMoney(amount, currency as Currency) : `${currency} ${format.grouped(amount, 4)}`;

/** The monthly cost line by line (the lines sum to the total), in the display currency; a price published in another currency names it. */
export function CostLines({ o, W, versusName, plannedTokens }: { o: Option; W: Words; versusName?: string; plannedTokens: number }) {
  const api = o.deployment.kind === "api";
  const t = inLocale(RESULTS, W.locale);
  return (
    <div className="mt-1">
      <div className="overflow-x-auto">
      <table className="bd-table cost-table">
        <caption className="sr-only">{t.costCaption}</caption>
        <thead>
          <tr>{t.costHead.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {o.costLines.map((l, i) => (
            <tr key={`${l.label}-${i}`}>
              <th scope="row">{l.label}</th>
              <td>
                {l.usdPerMTok !== undefined ? t.perM(W.money(l.usdPerMTok)) : ""}
                {l.native ? <span className="block text-muted">{t.asPublished(nativeMoney(l.native.perMTok, l.native.currency), format.grouped(l.native.usdPer, 4), l.native.currency, l.native.asOf)}</span> : null}
              </td>
              <td>{W.money(l.usd)}</td>
            </tr>
          ))}
          <tr className="font-semibold">
            <th scope="row">{t.total}</th>
            <td />
            <td>{W.money(o.monthlyCostUsd)}</td>
          </tr>
        </tbody>
      </table>
      </div>
      {o.costNote ? <p className="mt-1 text-muted">{o.costNote}</p> : null}
      {o.breakEven ? (
        <p className="mt-1">
          <span className="font-medium">{t.breakEvenHead}</span>
          {t.breakEvenLine(versusName, api, format.tokens(o.breakEven.tokensPerMonth, W.locale), format.tokens(plannedTokens, W.locale))}
        </p>
      ) : null}
    </div>
  );
}
