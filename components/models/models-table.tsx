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

import type { Locale } from "@/lib/vocab/format";
import { inLocale, localePath } from "@/lib/vocab/ui/pair";
import { MODELS_UI } from "@/lib/vocab/ui/models";

export type Column = { label: string; href: string; sort: "ascending" | "descending" | undefined; num?: boolean };

/** The catalog's models: each column header sorts (a link, so it works without JavaScript); one block per model on a phone. */
export function ModelsTable({ rows, columns, locale = "en" }: { rows: ModelRow[]; columns: Column[]; locale?: Locale }) {
  const t = inLocale(MODELS_UI, locale);
  const k = t.cellLabels;
  const cell = "py-2 pr-3 align-top";
  return (
    <table role="table" className="stack-table w-full text-sm">
      <caption className="sr-only">{t.caption}</caption>
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
          <th role="columnheader" scope="col" className="py-2 font-semibold">{t.weights}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((m) => (
          <tr key={m.id} role="row" className="border-b border-line">
            <th role="rowheader" scope="row" className={`${cell} text-left font-medium`}><Link prefetch={false} href={localePath(locale, `/models/${m.id}`)}>{m.name}</Link></th>
            <td role="cell" data-label={k.lab} className={cell}>{m.lab} <span className="text-muted">{locale === "zh" ? `（${m.origin}）` : `(${m.origin})`}</span></td>
            <td role="cell" data-label={k.params} className={`${cell} sm:text-right`}>{m.params ?? <span className="text-muted">{t.unknown}</span>}</td>
            <td role="cell" data-label={k.context} className={`${cell} sm:text-right`}>{m.context}</td>
            <td role="cell" data-label={k.price} className={`${cell} sm:text-right`}>{m.price ?? <span className="text-muted">{t.noneListed}</span>}</td>
            <td role="cell" data-label={k.released} className={`${cell} whitespace-nowrap`}>{m.released}</td>
            <td role="cell" data-label={k.weights} className="py-2 align-top">{m.weights}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
