import type { BuildReport } from "./build";
import type { Change } from "./output";

/** The report a person reads after an import: what was written, and what needs a hand. */
export function formatReport(reports: readonly BuildReport[], changes: ReadonlyMap<string, Change>, stale: readonly string[], write: boolean): string {
  const lines: string[] = [];
  for (const r of reports) {
    const change = changes.get(`${r.source}.json`) ?? "unchanged";
    lines.push(`${r.source}: ${r.rows} rows, ${r.releases} releases (${write ? change : `would be ${change}`}); ${r.outOfScope} rows not in scope${r.official ? `, ${r.official} left to the official source` : ""}`);
    for (const n of r.notes) lines.push(`  note: ${n}`);
    if (r.awaiting.size > 0) lines.push(`  waiting for a data/models file: ${[...r.awaiting.keys()].sort().join(", ")}`);
    if (r.unmapped.length > 0) lines.push(`  names with no entry in names.json (${r.unmapped.length}): ${r.unmapped.map((n) => JSON.stringify(n)).join(", ")}`);
  }
  const unmapped = reports.reduce((n, r) => n + r.unmapped.length, 0);
  const awaiting = new Set(reports.flatMap((r) => [...r.awaiting.keys()]));
  lines.push("", `${unmapped} names with no entry; ${awaiting.size} release ids waiting for a data/models file.`);
  if (stale.length > 0) lines.push(`Files no source produces any more (left in place): ${stale.join(", ")}`);
  if (!write) lines.push("Dry run: nothing written. Add --write to write the files.");
  return lines.join("\n");
}
