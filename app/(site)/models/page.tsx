import type { Metadata } from "next";
import Link from "next/link";
import { catalog } from "@/lib/catalog";
import { formatTokens } from "@/components/format";
import { countryName } from "@/components/labels";
import { readQuery, rows, type ModelQuery, type Sort } from "@/components/models/table-query";
import { toParams } from "@/components/wizard/draft";

export const metadata: Metadata = { title: "Models" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const COLUMNS: { sort: Sort; label: string; num?: boolean }[] = [
  { sort: "name", label: "Model" },
  { sort: "lab", label: "Lab" },
  { sort: "params", label: "Parameters (total / active)", num: true },
  { sort: "context", label: "Context", num: true },
  { sort: "price", label: "Cheapest API, $/M in / out", num: true },
  { sort: "release", label: "Released" },
];

function sortHref(q: ModelQuery, sort: Sort): string {
  const p = new URLSearchParams();
  if (q.q) p.set("q", q.q);
  if (q.lab) p.set("lab", q.lab);
  if (q.open) p.set("open", "1");
  if (q.api) p.set("api", "1");
  p.set("sort", sort);
  p.set("dir", q.sort === sort && q.dir === "asc" ? "desc" : "asc");
  return `/models?${p}`;
}

export default async function ModelsPage({ searchParams }: Props) {
  const q = readQuery(toParams(await searchParams));
  const list = rows(catalog, q);
  const labs = [...new Map(catalog.models.map((m) => [m.lab, m.labName])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  return (
    <div>
      <h1 className="text-3xl font-bold">Models</h1>
      <p className="mt-1 text-muted">
        The catalog, version {catalog.version}: {catalog.models.length} models, {catalog.offerings.length} API offerings, {catalog.gpus.length} GPUs. Every figure links its source on the model&rsquo;s page.
      </p>
      <form action="/models" className="card mt-5 flex flex-wrap items-end gap-3 p-3">
        <label className="grid gap-1 text-sm font-medium">Search<input type="search" name="q" defaultValue={q.q} className="field w-56 font-normal" /></label>
        <label className="grid gap-1 text-sm font-medium">
          Lab
          <select name="lab" defaultValue={q.lab} className="field font-normal">
            <option value="">All labs</option>
            {labs.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
          </select>
        </label>
        <label className="flex min-h-10 items-center gap-2 text-sm"><input type="checkbox" name="open" value="1" defaultChecked={q.open} className="size-4 accent-[var(--accent)]" />Open weights</label>
        <label className="flex min-h-10 items-center gap-2 text-sm"><input type="checkbox" name="api" value="1" defaultChecked={q.api} className="size-4 accent-[var(--accent)]" />Has an API offering</label>
        <input type="hidden" name="sort" value={q.sort} />
        <input type="hidden" name="dir" value={q.dir} />
        <button type="submit" className="btn btn-primary">Filter</button>
        <Link prefetch={false} href="/models" className="btn">Reset</Link>
      </form>
      <p className="mt-3 text-sm text-muted" role="status">{list.length} of {catalog.models.length} models shown.</p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full min-w-[44rem] text-sm">
          <caption className="sr-only">Models in the catalog; column headers sort the table</caption>
          <thead>
            <tr className="border-b border-line text-left">
              {COLUMNS.map((c) => {
                const active = q.sort === c.sort;
                return (
                  <th key={c.sort} scope="col" aria-sort={active ? (q.dir === "asc" ? "ascending" : "descending") : undefined} className={`py-2 pr-3 font-semibold ${c.num ? "text-right" : ""}`}>
                    <Link prefetch={false} href={sortHref(q, c.sort)} className="text-fg">
                      {c.label}
                      <span aria-hidden="true" className="ml-1 text-muted">{active ? (q.dir === "asc" ? "▲" : "▼") : "↕"}</span>
                    </Link>
                  </th>
                );
              })}
              <th scope="col" className="py-2 font-semibold">Open weights</th>
            </tr>
          </thead>
          <tbody>
            {list.map(({ model: m, cheapestInput, cheapestOutput }) => (
              <tr key={m.id} className="border-b border-line">
                <th scope="row" className="py-2 pr-3 text-left font-medium"><Link prefetch={false} href={`/models/${m.id}`}>{m.name}</Link></th>
                <td className="pr-3">{m.labName} <span className="text-muted">({countryName(m.origin)})</span></td>
                <td className="pr-3 text-right">{m.params ? `${m.params.totalB} B / ${m.params.activeB} B` : <span className="text-muted">unknown</span>}</td>
                <td className="pr-3 text-right">{formatTokens(m.contextTokens)}</td>
                <td className="pr-3 text-right">{cheapestInput !== undefined ? `$${cheapestInput} / $${cheapestOutput}` : <span className="text-muted">none listed</span>}</td>
                <td className="pr-3 whitespace-nowrap">{m.releaseDate}</td>
                <td>{m.openWeights ? "Yes" : "No"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
