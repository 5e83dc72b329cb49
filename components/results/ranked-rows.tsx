import type { Option } from "@/lib/schema/recommendation";
import { formatUsd } from "../format";
import { HOSTING_LABEL } from "../labels";
import { deploymentWords, regionsWords } from "./deployment";
import "./results.css";

type Props = { options: Option[]; firstRank: number; cmpIds: string[] };

/**
 * Options below the top ten, one compact row each: what it is, where it runs, its score and cost.
 * The full breakdown stays on the top cards, so a long ranking costs a few hundred bytes per row
 * instead of a card's several kilobytes. Plain links: a Next Link per row would prefetch each model page.
 */
export function RankedRows({ options, firstRank, cmpIds }: Props) {
  return (
    <div className="card overflow-x-auto tabular-nums">
      <table className="rows-table">
        <caption className="sr-only">{`More options, ranks ${firstRank} to ${firstRank + options.length - 1}`}</caption>
        <thead>
          <tr><th scope="col">#</th><th scope="col">Option</th><th scope="col">Score</th><th scope="col">Per month</th><th scope="col">Compare</th></tr>
        </thead>
        <tbody>
          {options.map((o, i) => {
            const words = deploymentWords(o.deployment);
            return (
              <tr key={o.id}>
                <td>{firstRank + i}</td>
                <th scope="row">
                  <a href={`/models/${o.modelId}`} className="font-medium">{o.modelName}</a>
                  <span>{`${HOSTING_LABEL[o.deployment.kind]}: ${words} · ${regionsWords(o.deployment)}`}</span>
                </th>
                <td>{o.score.toFixed(1)}</td>
                <td>{formatUsd(o.monthlyCostUsd)}</td>
                <td>
                  <input type="checkbox" name="cmp" value={o.id} defaultChecked={cmpIds.includes(o.id)} aria-label={`Compare ${o.modelName}, ${words}`} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
