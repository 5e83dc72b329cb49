import type { BreakdownRow } from "@/lib/schema/recommendation";
import type { CriterionId } from "@/lib/schema/common";

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

/** The score as a bar of its contributions (they sum to the score), with the table behind it. */
export function BreakdownBar({ rows, score, id }: { rows: BreakdownRow[]; score: number; id: string }) {
  return (
    <div>
      <div className="flex h-3 w-full overflow-hidden rounded bg-line" aria-hidden="true">
        {rows.map((r) => (
          <div key={r.criterion} style={{ width: `${r.contribution}%`, background: CRITERION_COLOR[r.criterion] }} title={`${r.label}: ${r.contribution.toFixed(1)}`} />
        ))}
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-muted">
          Score breakdown<span className="sr-only">: {score.toFixed(1)} out of 100</span>
        </summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-left" aria-describedby={`${id}-bd`}>
            <caption id={`${id}-bd`} className="sr-only">How the score of {score.toFixed(1)} is made up</caption>
            <thead className="text-muted">
              <tr><th scope="col" className="py-1 pr-2 font-medium">Criterion</th><th scope="col" className="pr-2 text-right font-medium">Weight</th><th scope="col" className="pr-2 text-right font-medium">Value</th><th scope="col" className="pr-2 text-right font-medium">Points</th><th scope="col" className="font-medium">Why</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.criterion} className="border-t border-line align-top">
                  <th scope="row" className="py-1 pr-2 font-normal">
                    <span aria-hidden="true" className="mr-1.5 inline-block size-2.5 rounded-sm" style={{ background: CRITERION_COLOR[r.criterion] }} />
                    {r.label}
                  </th>
                  <td className="pr-2 text-right">{Math.round(r.weight * 100)}%</td>
                  <td className="pr-2 text-right">{Math.round(r.value * 100)}</td>
                  <td className="pr-2 text-right">{r.contribution.toFixed(1)}</td>
                  <td className="min-w-48 text-muted">{r.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
