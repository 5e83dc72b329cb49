import type { Option } from "@/lib/schema/recommendation";
import type { Words } from "@/lib/vocab";
import { deploymentLine, qualityLine, speedLine, whereLine } from "./option-words";
import "./results.css";

type Row = { option: Option; rank: number };
type Props = { rows: Row[]; label: string; cmpIds: string[]; W: Words; compare?: boolean };

/**
 * Options below the top cards, one compact entry each: what it is, how and where it runs, its
 * score and cost. A list, not a table, so a phone gives the name the whole width. Plain links: a
 * Next Link per row would prefetch each model page.
 */
export function RankedRows({ rows, label, cmpIds, W, compare = true }: Props) {
  return (
    <ol className="rows-list card" aria-label={label}>
      {rows.map(({ option: o, rank }) => {
        const words = deploymentLine(o, W);
        const s = speedLine(o);
        return (
          <li key={o.id} id={`rank-${rank}`} className="scroll-mt-4">
            <span className="rows-rank">{rank}</span>
            <div className="min-w-0">
              <a href={`/models/${o.modelId}`} className="font-medium break-words">{o.modelName}</a>
              <span className="block text-muted">{words}</span>
              <span className="block text-muted">{`${whereLine(o, W)} · quality ${qualityLine(o.quality)}${s ? ` · ${s}` : ""}`}</span>
            </div>
            <span className="rows-figures">
              <span className="font-semibold">{o.score.toFixed(1)}</span>
              <span className="text-muted">{`${W.money(o.monthlyCostUsd)}/mo`}</span>
            </span>
            {compare ? (
              <label className="rows-compare">
                <input type="checkbox" name="cmp" value={o.id} defaultChecked={cmpIds.includes(o.id)} />
                <span className="sr-only">{`Compare ${o.modelName}, ${words}`}</span>
                <span aria-hidden="true">Compare</span>
              </label>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
