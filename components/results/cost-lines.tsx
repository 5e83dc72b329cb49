import type { Option } from "@/lib/schema/recommendation";
import { CURRENCIES, type Currency } from "@/lib/schema/common";
import { format, type Words } from "@/lib/vocab";

const nativeMoney = (amount: number, currency: string) =>
  (CURRENCIES as readonly string[]).includes(currency) ? format.nativeMoney(amount, currency as Currency) : `${currency} ${format.grouped(amount, 4)}`;

/** The monthly cost line by line (the lines sum to the total), in the display currency; a price published in another currency names it. */
export function CostLines({ o, W, versusName, plannedTokens }: { o: Option; W: Words; versusName?: string; plannedTokens: number }) {
  const api = o.deployment.kind === "api";
  return (
    <div className="mt-1">
      <div className="overflow-x-auto">
      <table className="bd-table cost-table">
        <caption className="sr-only">Monthly cost, line by line</caption>
        <thead>
          <tr><th scope="col">Line</th><th scope="col">Price</th><th scope="col">A month</th></tr>
        </thead>
        <tbody>
          {o.costLines.map((l, i) => (
            <tr key={`${l.label}-${i}`}>
              <th scope="row">{l.label}</th>
              <td>
                {l.usdPerMTok !== undefined ? `${W.money(l.usdPerMTok)} per M` : ""}
                {l.native ? <span className="block text-muted">{`${nativeMoney(l.native.perMTok, l.native.currency)} per M as published, at ${format.grouped(l.native.usdPer, 4)} USD per ${l.native.currency} (${l.native.asOf})`}</span> : null}
              </td>
              <td>{W.money(l.usd)}</td>
            </tr>
          ))}
          <tr className="font-semibold">
            <th scope="row">Total</th>
            <td />
            <td>{W.money(o.monthlyCostUsd)}</td>
          </tr>
        </tbody>
      </table>
      </div>
      {o.costNote ? <p className="mt-1 text-muted">{o.costNote}</p> : null}
      {o.breakEven ? (
        <p className="mt-1">
          <span className="font-medium">Break-even: </span>
          {`costs the same as ${versusName ?? (api ? "the best-ranked self-hosted option" : "the best-ranked API option")} at ${format.tokens(o.breakEven.tokensPerMonth)} tokens a month (you plan ${format.tokens(plannedTokens)}); ${
            api ? "above that volume the self-hosted option costs less" : "above that volume this costs less than the API, below it more"
          }.`}
        </p>
      ) : null}
    </div>
  );
}
