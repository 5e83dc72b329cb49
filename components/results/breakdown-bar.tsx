import type { CriterionId } from "@/lib/schema/common";
import type { BreakdownRow } from "@/lib/schema/recommendation";
import { format, type Words } from "@/lib/vocab";
import { Fold } from "../ui/fold";
import "./results.css";
import { inLocale } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";


/** One colour per criterion, readable in both themes. */
export const CRITERION_COLOR: Record<CriterionId, string> = {
  quality: "#0d9488",
  cost: "#2563eb",
  speed: "#d97706",
  context: "#7c3aed",
  effort: "#db2777",
  control: "#059669",
  confidence: "#64748b",
  sensitivity: "#dc2626",
};

/**
 * The contributions as hard colour stops of one gradient: one element instead of one per
 * criterion, which ten cards repeat in the HTML and again in the RSC payload. The rest of the
 * track (100 minus the score) stays the track's colour.
 */
function barGradient(rows: BreakdownRow[]): string {
  let at = 0;
  const stops = rows.map((r) => {
    const from = at;
    at += r.contribution;
    return `${CRITERION_COLOR[r.criterion]} ${from.toFixed(2)}% ${at.toFixed(2)}%`;
  });
  return `linear-gradient(to right, ${stops.join(", ")}, transparent ${at.toFixed(2)}%)`;
}

/** The key to every score bar on the page, shown once above the ranking. */
export function ScoreLegend({ criteria, W }: { criteria: CriterionId[]; W: Words }) {
  const t = inLocale(RESULTS, W.locale);
  return (
    <div className="text-sm text-muted">
      <p>{t.legend}</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1" aria-label={t.legendLabel}>
        {criteria.map((c) => (
          <li key={c} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ background: CRITERION_COLOR[c] }} />
            {W.tables.criterion[c].short}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The score as a bar of its contributions (they sum to the score), with the table behind it. */
export function BreakdownBar({ rows, score, W }: { rows: BreakdownRow[]; score: number; W: Words }) {
  const t = inLocale(RESULTS, W.locale);
  const text = rows.map((r) => `${W.tables.criterion[r.criterion].short} ${format.fixed(r.contribution, 1)}`).join(W.locale === "zh" ? "，" : ", ");
  return (
    <div>
      <div className="h-3 w-full rounded bg-line" role="img" aria-label={t.pointsBy(text)} title={text} style={{ backgroundImage: barGradient(rows) }} />
      <Fold className="opt-more" summary={<>{t.breakdown}<span className="sr-only">{t.outOf(format.fixed(score, 1))}</span></>}>
        <div className="overflow-x-auto">
          <table className="bd-table">
            <caption className="sr-only">{t.madeUp(format.fixed(score, 1))}</caption>
            <thead>
              <tr>{t.bdHead.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.criterion}>
                  <th scope="row"><span style={{ background: CRITERION_COLOR[r.criterion] }} />{W.tables.criterion[r.criterion].long.replace(/^./, (c) => c.toUpperCase())}</th>
                  <td>{format.percent(r.weight)}</td>
                  <td>{format.grouped(r.value * 100, 0)}</td>
                  <td>{format.fixed(r.contribution, 1)}</td>
                  <td>{r.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Fold>
    </div>
  );
}
