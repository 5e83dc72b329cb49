/** A reviewable summary of what an import changes in data/: models, offerings, prices, lifecycle. */

type Json = Record<string, unknown>;
type Offer = { model: string; endpoint?: string; prices: Record<string, number | string>; status?: string; retiresOn?: string };

const PRICE_FIELDS = ["input", "output", "cachedInput", "cacheWrite", "batchInput", "batchOutput"] as const;

function offersOf(files: ReadonlyMap<string, unknown>): Map<string, Offer> {
  const out = new Map<string, Offer>();
  for (const [path, data] of files) {
    const m = /^providers\/(.+)\.json$/.exec(path);
    if (!m) continue;
    for (const o of ((data as Json).offerings as Offer[] | undefined) ?? []) out.set(`${m[1]}/${o.model}${o.endpoint ? `@${o.endpoint}` : ""}`, o);
  }
  return out;
}

const idsOf = (files: ReadonlyMap<string, unknown>, folder: string) =>
  new Set([...files.keys()].filter((p) => p.startsWith(`${folder}/`)).map((p) => p.slice(folder.length + 1, -5)));

const life = (o: Offer) => `${o.status ?? "active"}${o.retiresOn ? ` (${o.retiresOn})` : ""}`;

/** Lines of the diff between the catalog files now (`before`) and the import's (`after`); empty when nothing changes. */
export function diffCatalog(before: ReadonlyMap<string, unknown>, after: ReadonlyMap<string, unknown>): string[] {
  const lines: string[] = [];
  const section = (title: string, items: string[]) => {
    if (items.length) lines.push(`${title} (${items.length}):`, ...items.sort().map((i) => `  ${i}`));
  };
  const mb = idsOf(before, "models"), ma = idsOf(after, "models");
  section("models added", [...ma].filter((i) => !mb.has(i)));
  section("models removed", [...mb].filter((i) => !ma.has(i)));
  const ob = offersOf(before), oa = offersOf(after);
  section("offerings added", [...oa.keys()].filter((k) => !ob.has(k)).map((k) => `${k}${oa.get(k)?.status && oa.get(k)?.status !== "active" ? ` [${life(oa.get(k)!)}]` : ""}`));
  section("offerings removed", [...ob.keys()].filter((k) => !oa.has(k)));
  const prices: string[] = [];
  const lifecycle: string[] = [];
  for (const [k, n] of oa) {
    const o = ob.get(k);
    if (!o) continue;
    for (const f of PRICE_FIELDS) {
      if (o.prices[f] !== n.prices[f]) prices.push(`${k} ${f}: ${o.prices[f] ?? "-"} -> ${n.prices[f] ?? "-"} ${String(n.prices.currency ?? "USD")}`);
    }
    if (o.prices.currency !== n.prices.currency) prices.push(`${k} currency: ${String(o.prices.currency)} -> ${String(n.prices.currency)}`);
    if (life(o) !== life(n)) lifecycle.push(`${k}: ${life(o)} -> ${life(n)}`);
  }
  section("price changes", prices);
  section("deprecations and retirements", lifecycle);
  const other = [...after].filter(([p, d]) => before.has(p) && JSON.stringify(before.get(p)) !== JSON.stringify(d)).map(([p]) => `data/${p}`);
  section("files changed", other);
  section("files removed", [...before.keys()].filter((p) => !after.has(p)).map((p) => `data/${p}`));
  return lines;
}
