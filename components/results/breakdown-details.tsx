"use client";

import { useDetailsOpen } from "./use-details-open";

/** One row of a score breakdown, worked out on the server: [label, colour, weight, value, points, why]. */
export type BreakdownCells = readonly [string, string, string, string, string, string];

type Props = { score: string; rows: BreakdownCells[] };

/** The table behind a score bar, drawn when the person opens it (the engine's figures, no scoring here). */
export function BreakdownDetails({ score, rows }: Props) {
  const { ref, open, onToggle } = useDetailsOpen();
  return (
    <details ref={ref} className="opt-more" onToggle={onToggle}>
      <summary>
        Score breakdown<span className="sr-only">{`: ${score} out of 100`}</span>
      </summary>
      {open ? (
        <div className="overflow-x-auto">
          <table className="bd-table">
            <caption className="sr-only">{`How the score of ${score} is made up`}</caption>
            <thead>
              <tr><th scope="col">Criterion</th><th scope="col">Weight</th><th scope="col">Value</th><th scope="col">Points</th><th scope="col">Why</th></tr>
            </thead>
            <tbody>
              {rows.map(([label, colour, weight, value, points, why]) => (
                <tr key={label}>
                  <th scope="row"><span style={{ background: colour }} />{label}</th>
                  <td>{weight}</td>
                  <td>{value}</td>
                  <td>{points}</td>
                  <td>{why}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}
