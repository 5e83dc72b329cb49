import type { Metadata } from "next";
import Link from "next/link";
import { catalog } from "@/lib/catalog";
import { format, words } from "@/lib/vocab";
import { ModelsTable, type Column } from "@/components/models/models-table";
import { readQuery, rows, type ModelQuery, type Sort } from "@/components/models/table-query";
import { toParams } from "../wizard/_lib/draft";

export const metadata: Metadata = { title: "Models" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const W = words("en");

const COLUMNS: { sort: Sort; label: string; num?: boolean }[] = [
  { sort: "name", label: "Model" },
  { sort: "lab", label: "Lab" },
  { sort: "params", label: "Parameters (total / active)", num: true },
  { sort: "context", label: "Context", num: true },
  { sort: "price", label: "Cheapest API, per M in / out", num: true },
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
  const columns: Column[] = COLUMNS.map((c) => ({ label: c.label, href: sortHref(q, c.sort), sort: q.sort === c.sort ? (q.dir === "asc" ? "ascending" : "descending") : undefined, ...(c.num ? { num: true } : {}) }));
  return (
    <div className="min-w-0">
      <h1 className="text-3xl font-bold">Models</h1>
      <p className="mt-1 text-muted">
        The catalog, version {catalog.version}: {catalog.models.length} models, {catalog.offerings.length} API offerings, {catalog.gpus.length} GPUs. Every figure links its source on the model&rsquo;s page.
      </p>
      <form action="/models" className="card mt-5 flex flex-wrap items-end gap-3 p-3">
        <label className="grid min-w-0 gap-1 text-sm font-medium">Search<input type="search" name="q" defaultValue={q.q} className="field w-56 max-w-full font-normal" /></label>
        <label className="grid min-w-0 gap-1 text-sm font-medium">
          Lab
          <select name="lab" defaultValue={q.lab} className="field max-w-full font-normal">
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
      <div className="mt-2">
        <ModelsTable
          columns={columns}
          rows={list.map(({ model: m, cheapestInput, cheapestOutput }) => ({
            id: m.id,
            name: m.name,
            lab: m.labName,
            origin: W.country(m.origin),
            ...(m.params ? { params: `${format.grouped(m.params.totalB, 1)} B / ${format.grouped(m.params.activeB, 1)} B` } : {}),
            context: format.tokens(m.contextTokens),
            ...(cheapestInput !== undefined && cheapestOutput !== undefined ? { price: `${W.money(cheapestInput)} / ${W.money(cheapestOutput)}` } : {}),
            released: m.releaseDate,
            weights: m.openWeights ? "Open" : "API only",
          }))}
        />
      </div>
    </div>
  );
}
