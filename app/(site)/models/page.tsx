import type { Metadata } from "next";
import Link from "next/link";
import { catalog } from "@/lib/catalog";
import { displayFx } from "@/lib/engine";
import { format, words, type Locale } from "@/lib/vocab";
import { inLocale, localePath } from "@/lib/vocab/ui/pair";
import { MODELS_UI } from "@/lib/vocab/ui/models";

const FX = displayFx(catalog);
import { ModelsTable, type Column } from "@/components/models/models-table";
import { readQuery, rows, type ModelQuery, type Sort } from "@/components/models/table-query";
import { toParams } from "../wizard/_lib/draft";

export const metadata: Metadata = { title: "Models" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>>; locale?: Locale };

const COLUMNS: { sort: Sort; num?: boolean }[] = [
  { sort: "name" },
  { sort: "lab" },
  { sort: "params", num: true },
  { sort: "context", num: true },
  { sort: "price", num: true },
  { sort: "release" },
];

function sortHref(q: ModelQuery, sort: Sort, locale: Locale): string {
  const p = new URLSearchParams();
  if (q.q) p.set("q", q.q);
  if (q.lab) p.set("lab", q.lab);
  if (q.open) p.set("open", "1");
  if (q.api) p.set("api", "1");
  p.set("sort", sort);
  p.set("dir", q.sort === sort && q.dir === "asc" ? "desc" : "asc");
  return localePath(locale, `/models?${p}`);
}

export default async function ModelsPage({ searchParams, locale = "en" }: Props) {
  const W = words(locale, locale === "zh" ? { currency: "CNY", fx: FX } : {});
  const t = inLocale(MODELS_UI, locale);
  const q = readQuery(toParams(await searchParams));
  const list = rows(catalog, q);
  const labs = [...new Map(catalog.models.map((m) => [m.lab, m.labName])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const labelOf: Record<Sort, string> = { name: t.columns.name, lab: t.columns.lab, params: t.columns.params, context: t.columns.context, price: t.columns.price, release: t.columns.release };
  const columns: Column[] = COLUMNS.map((c) => ({ label: labelOf[c.sort], href: sortHref(q, c.sort, locale), sort: q.sort === c.sort ? (q.dir === "asc" ? "ascending" : "descending") : undefined, ...(c.num ? { num: true } : {}) }));
  return (
    <div className="min-w-0">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-1 text-muted">
        {t.intro(catalog.version, catalog.models.length, catalog.offerings.length, catalog.gpus.length)}
      </p>
      <form action={localePath(locale, "/models")} className="card mt-5 flex flex-wrap items-end gap-3 p-3">
        <label className="grid min-w-0 gap-1 text-sm font-medium">{t.search}<input type="search" name="q" defaultValue={q.q} className="field w-56 max-w-full font-normal" /></label>
        <label className="grid min-w-0 gap-1 text-sm font-medium">
          {t.lab}
          <select name="lab" defaultValue={q.lab} className="field max-w-full font-normal">
            <option value="">{t.allLabs}</option>
            {labs.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
          </select>
        </label>
        <label className="flex min-h-10 items-center gap-2 text-sm"><input type="checkbox" name="open" value="1" defaultChecked={q.open} className="size-4 accent-[var(--accent)]" />{t.openWeights}</label>
        <label className="flex min-h-10 items-center gap-2 text-sm"><input type="checkbox" name="api" value="1" defaultChecked={q.api} className="size-4 accent-[var(--accent)]" />{t.hasApi}</label>
        <input type="hidden" name="sort" value={q.sort} />
        <input type="hidden" name="dir" value={q.dir} />
        <button type="submit" className="btn btn-primary">{t.filter}</button>
        <Link prefetch={false} href={localePath(locale, "/models")} className="btn">{t.reset}</Link>
      </form>
      <p className="mt-3 text-sm text-muted" role="status">{t.shown(list.length, catalog.models.length)}</p>
      <div className="mt-2">
        <ModelsTable
          columns={columns}
          locale={locale}
          rows={list.map(({ model: m, cheapestInput, cheapestOutput }) => ({
            id: m.id,
            name: m.name,
            lab: m.labName,
            origin: W.country(m.origin),
            ...(m.params ? { params: `${format.grouped(m.params.totalB, 1)} B / ${format.grouped(m.params.activeB, 1)} B` } : {}),
            context: format.tokens(m.contextTokens, locale),
            ...(cheapestInput !== undefined && cheapestOutput !== undefined ? { price: `${W.money(cheapestInput)} / ${W.money(cheapestOutput)}` } : {}),
            released: m.releaseDate,
            weights: m.openWeights ? t.open : t.apiOnly,
          }))}
        />
      </div>
    </div>
  );
}
