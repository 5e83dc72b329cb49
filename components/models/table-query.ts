import type { Catalog, Model } from "@/lib/schema/catalog";

export const SORTS = ["name", "lab", "params", "context", "price", "release"] as const;
export type Sort = (typeof SORTS)[number];
export type ModelQuery = { q: string; lab: string; open: boolean; api: boolean; sort: Sort; dir: "asc" | "desc" };

export type Row = { model: Model; cheapestInput?: number; cheapestOutput?: number; offerings: number };

export function readQuery(p: URLSearchParams): ModelQuery {
  const sort = (SORTS as readonly string[]).includes(p.get("sort") ?? "") ? (p.get("sort") as Sort) : "name";
  return { q: (p.get("q") ?? "").slice(0, 80), lab: p.get("lab") ?? "", open: p.get("open") === "1", api: p.get("api") === "1", sort, dir: p.get("dir") === "desc" ? "desc" : "asc" };
}

const KEY: Record<Sort, (r: Row) => string | number | undefined> = {
  name: (r) => r.model.name.toLowerCase(),
  lab: (r) => r.model.labName.toLowerCase(),
  params: (r) => r.model.params?.totalB,
  context: (r) => r.model.contextTokens,
  price: (r) => r.cheapestInput,
  release: (r) => r.model.releaseDate,
};

/** Catalog rows filtered and sorted by the query; rows without the sort value go last either way. */
export function rows(catalog: Catalog, q: ModelQuery): Row[] {
  const text = q.q.toLowerCase();
  const all = catalog.models.map((model) => {
    const offs = catalog.offerings.filter((o) => o.modelId === model.id);
    const cheapest = [...offs].sort((a, b) => a.inputUsdPerMTok - b.inputUsdPerMTok)[0];
    return { model, cheapestInput: cheapest?.inputUsdPerMTok, cheapestOutput: cheapest?.outputUsdPerMTok, offerings: offs.length };
  });
  const kept = all.filter(
    (r) =>
      (!text || `${r.model.name} ${r.model.labName} ${r.model.id}`.toLowerCase().includes(text)) &&
      (!q.lab || r.model.lab === q.lab) &&
      (!q.open || r.model.openWeights) &&
      (!q.api || r.offerings > 0),
  );
  const sign = q.dir === "asc" ? 1 : -1;
  return kept.sort((a, b) => {
    const x = KEY[q.sort](a);
    const y = KEY[q.sort](b);
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    return (x < y ? -1 : x > y ? 1 : 0) * sign;
  });
}
