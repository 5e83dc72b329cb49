import type { BreakdownRow } from "@/lib/schema/recommendation";
import type { CriterionId } from "@/lib/schema/common";
import "./results.css";

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

/** The score as a bar of its contributions (they sum to the score), with the table behind it. */
export function BreakdownBar({ rows, score }: { rows: BreakdownRow[]; score: number }) {
  return (
    <div>
      <div className="h-3 w-full rounded bg-line" aria-hidden="true" style={{ backgroundImage: barGradient(rows) }} />
      <details className="opt-more">
        <summary>
          Score breakdown<span className="sr-only">{`: ${score.toFixed(1)} out of 100`}</span>
        </summary>
        <div className="overflow-x-auto">
          <table className="bd-table">
            <caption className="sr-only">{`How the score of ${score.toFixed(1)} is made up`}</caption>
            <thead>
              <tr><th scope="col">Criterion</th><th scope="col">Weight</th><th scope="col">Value</th><th scope="col">Points</th><th scope="col">Why</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.criterion}>
                  <th scope="row"><span style={{ background: CRITERION_COLOR[r.criterion] }} />{r.label}</th>
                  <td>{`${Math.round(r.weight * 100)}%`}</td>
                  <td>{Math.round(r.value * 100)}</td>
                  <td>{r.contribution.toFixed(1)}</td>
                  <td>{r.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
