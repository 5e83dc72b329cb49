import { catalog as shippedCatalog } from "../../lib/catalog";
import { toCatalogExport } from "../../lib/catalog/export";
import type { CatalogExport, ExportModel } from "../../lib/schema/export";
import type { Command } from "../command";

/** `models [--json]`: the catalog, as a table for people or as the export JSON for scripts. */

type Column = { title: string; cell: (m: ExportModel, offerings: number) => string; right?: boolean };

const billions = (b: number) => (b >= 100 ? b.toFixed(0) : String(Number(b.toFixed(1))));

/** Context sizes as labs write them: 131,072 and 128,000 are both "128K". */
function tokens(n: number): string {
  const binary = n % 1000 !== 0 && n % 1024 === 0;
  const [k, m] = binary ? [1024, 1_048_576] : [1000, 1_000_000];
  if (n >= m) return `${Number((n / m).toFixed(1))}M`;
  return n >= k ? `${Number((n / k).toFixed(1))}K` : String(n);
}

const COLUMNS: Column[] = [
  { title: "id", cell: (m) => m.id },
  { title: "lab", cell: (m) => m.lab },
  { title: "origin", cell: (m) => m.origin },
  { title: "open", cell: (m) => (m.openWeights ? "yes" : "no") },
  {
    title: "params B (total/active)",
    right: true,
    cell: (m) => (m.params ? `${billions(m.params.totalB)}/${billions(m.params.activeB)}` : "-"),
  },
  { title: "context", right: true, cell: (m) => tokens(m.contextTokens) },
  { title: "licence", cell: (m) => `${m.license.id}${m.license.commercial ? "" : " (non-commercial)"}` },
  { title: "offerings", right: true, cell: (_m, n) => String(n) },
];

export function modelsTable(data: CatalogExport): string {
  const counts = new Map<string, number>();
  for (const o of data.offerings) counts.set(o.modelId, (counts.get(o.modelId) ?? 0) + 1);
  const rows = data.models.map((m) => COLUMNS.map((c) => c.cell(m, counts.get(m.id) ?? 0)));
  const widths = COLUMNS.map((c, i) => Math.max(c.title.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (COLUMNS[i]?.right ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const header = line(COLUMNS.map((c) => c.title));
  const footer = `${data.models.length} models, ${data.offerings.length} API offerings, ${data.gpus.length} GPUs; catalog ${data.version}`;
  return [header, "-".repeat(header.length), ...rows.map(line), "", footer, ...data.credits].join("\n");
}

export const modelsCommand: Command = {
  name: "models",
  summary: "List the models in the catalog, or print the catalog export as JSON",
  usage: "models [--json]",
  options: {
    json: { type: "boolean", description: "print the catalog export (models, offerings, GPUs) as JSON" },
  },
  positionals: { min: 0, max: 0 },
  run: ({ values }, ctx) => {
    const data = toCatalogExport(shippedCatalog);
    ctx.stdout(values.json ? JSON.stringify(data, null, 2) : modelsTable(data));
    return 0;
  },
};
