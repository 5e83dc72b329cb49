import type { BreakdownRow } from "@/lib/schema/recommendation";
import type { CriterionId } from "@/lib/schema/common";
import { BreakdownDetails, type BreakdownCells } from "./breakdown-details";
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
  // Only the strings the table shows cross to the client, formatted here, not whole breakdown rows.
  const cells: BreakdownCells[] = rows.map((r) => [
    r.label,
    CRITERION_COLOR[r.criterion],
    `${Math.round(r.weight * 100)}%`,
    String(Math.round(r.value * 100)),
    r.contribution.toFixed(1),
    r.note,
  ]);
  return (
    <div>
      <div className="h-3 w-full rounded bg-line" aria-hidden="true" style={{ backgroundImage: barGradient(rows) }} />
      <BreakdownDetails score={score.toFixed(1)} rows={cells} />
    </div>
  );
}
