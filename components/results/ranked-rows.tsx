import type { Option } from "@/lib/schema/recommendation";
import type { Words } from "@/lib/vocab";
import { deploymentLine, qualityLine, speedLine, whereLine } from "./option-words";
import "./results.css";
import { inLocale } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";
import { localePath } from "@/lib/vocab/ui/pair";

type Row = { option: Option; rank: number };
type Props = { rows: Row[]; label: string; cmpIds: string[]; W: Words; compare?: boolean };

/**
 * Options below the top cards, one compact entry each: what it is, how and where it runs, its
 * score and cost. A list, not a table, so a phone gives the name the whole width. Plain links: a
 * Next Link per row would prefetch each model page.
 */
export function RankedRows({ rows, label, cmpIds, W, compare = true }: Props) {
  const t = inLocale(RESULTS, W.locale);
  return (
    <ol className="rows-list card" aria-label={label}>
      {rows.map(({ option: o, rank }) => {
        const words = deploymentLine(o, W);
        const s = speedLine(o, W.locale);
        return (
          <li key={o.id} id={`rank-${rank}`} className="scroll-mt-4">
            <span className="rows-rank">{rank}</span>
            <div className="min-w-0">
              <a href={localePath(W.locale, `/models/${o.modelId}`)} className="font-medium break-words">{o.modelName}</a>
              <span className="block text-muted">{words}</span>
              <span className="block text-muted">{t.rowQuality(whereLine(o, W), qualityLine(o.quality, W.locale), s ?? "")}</span>
            </div>
            <span className="rows-figures">
              <span className="font-semibold">{o.score.toFixed(1)}</span>
              <span className="text-muted">{t.perMo(W.money(o.monthlyCostUsd))}</span>
            </span>
            {compare ? (
              <label className="rows-compare">
                <input type="checkbox" name="cmp" value={o.id} defaultChecked={cmpIds.includes(o.id)} />
                <span className="sr-only">{t.compareName(o.modelName, words)}</span>
                <span aria-hidden="true">{t.compare}</span>
              </label>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
