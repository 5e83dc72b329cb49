import type { Locale } from "@/lib/vocab/format";
import { MODELS_UI } from "@/lib/vocab/ui/models";

export type MemoryRows = { contexts: string[]; rows: { format: string; cells: (string | undefined)[] }[] };

/** Memory to serve one sequence, by weight format and context, worked out by the page from the physics module. */
export function MemoryTable({ table, note, locale = "en" }: { table: MemoryRows; note: string; locale?: Locale }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[24rem] text-sm">
        <caption className="mb-1 text-left text-muted">{note}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1.5 pr-3 text-left">{MODELS_UI.memoryFormat[locale]}</th>
            {table.contexts.map((c) => <th key={c} scope="col" className="pr-3 text-right">{MODELS_UI.memoryContext[locale](c)}</th>)}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.format} className="border-b border-line">
              <th scope="row" className="py-1.5 pr-3 text-left font-medium">{r.format}</th>
              {r.cells.map((v, i) => <td key={i} className="pr-3 text-right">{v ?? "—"}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
