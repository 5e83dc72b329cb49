import Link from "next/link";

export type ModelRow = {
  id: string;
  name: string;
  lab: string;
  origin: string;
  params?: string;
  context: string;
  price?: string;
  released: string;
  weights: string;
};

export type Column = { label: string; href: string; sort: "ascending" | "descending" | undefined; num?: boolean };

/** The catalog's models: each column header sorts (a link, so it works without JavaScript); one block per model on a phone. */
export function ModelsTable({ rows, columns }: { rows: ModelRow[]; columns: Column[] }) {
  const cell = "py-2 pr-3 align-top";
  return (
    <table role="table" className="stack-table w-full text-sm">
      <caption className="sr-only">Models in the catalog; column headers sort the table</caption>
      <thead role="rowgroup">
        <tr role="row" className="border-b border-line text-left">
          {columns.map((c) => (
            <th key={c.label} role="columnheader" scope="col" aria-sort={c.sort} className={`py-2 pr-3 font-semibold ${c.num ? "text-right" : ""}`}>
              <Link prefetch={false} href={c.href} className="text-fg">
                {c.label}
                <span aria-hidden="true" className="ml-1 text-muted">{c.sort === "ascending" ? "▲" : c.sort === "descending" ? "▼" : "↕"}</span>
              </Link>
            </th>
          ))}
          <th role="columnheader" scope="col" className="py-2 font-semibold">Weights</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((m) => (
          <tr key={m.id} role="row" className="border-b border-line">
            <th role="rowheader" scope="row" className={`${cell} text-left font-medium`}><Link prefetch={false} href={`/models/${m.id}`}>{m.name}</Link></th>
            <td role="cell" data-label="Lab" className={cell}>{m.lab} <span className="text-muted">({m.origin})</span></td>
            <td role="cell" data-label="Parameters" className={`${cell} sm:text-right`}>{m.params ?? <span className="text-muted">unknown</span>}</td>
            <td role="cell" data-label="Context" className={`${cell} sm:text-right`}>{m.context}</td>
            <td role="cell" data-label="Cheapest API in / out per M" className={`${cell} sm:text-right`}>{m.price ?? <span className="text-muted">none listed</span>}</td>
            <td role="cell" data-label="Released" className={`${cell} whitespace-nowrap`}>{m.released}</td>
            <td role="cell" data-label="Weights" className="py-2 align-top">{m.weights}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
