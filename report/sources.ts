import type { Answers } from "../lib/schema/answers";
import type { Catalog, Model } from "../lib/schema/catalog";
import type { Option } from "../lib/schema/recommendation";

/** One cited document and what the memo takes from it, with the dates it was read. */
export type SourceEntry = { source: string; asOf: string[]; what: string[] };
/** Documents of one site or repository, for printing them together. */
export type SourceGroup = { site: string; entries: (SourceEntry & { path: string; href?: string; rest?: string })[] };

class Sources {
  private readonly bySource = new Map<string, SourceEntry>();

  add(source: string, asOf: string, what: string): void {
    const entry = this.bySource.get(source) ?? { source, asOf: [], what: [] };
    if (!entry.asOf.includes(asOf)) entry.asOf.push(asOf);
    if (!entry.what.includes(what)) entry.what.push(what);
    this.bySource.set(source, entry);
  }

  list(): SourceEntry[] {
    return [...this.bySource.values()].map((e) => ({ ...e, asOf: [...e.asOf].sort() }));
  }
}

/** The offering behind an API option: by id, else by model, provider and regions, else by model and provider. */
export function offeringOf(o: Option, catalog: Catalog): Catalog["offerings"][number] | undefined {
  const d = o.deployment;
  const same = catalog.offerings.filter((x) => x.modelId === o.modelId && x.providerId === d.providerId);
  return catalog.offerings.find((x) => `api:${x.id}` === o.id) ?? same.find((x) => x.regions.join() === d.regions.join() && x.scope === d.scope) ?? same[0];
}

function addModel(src: Sources, model: Model, selfHosted: boolean): void {
  for (const s of model.sources) src.add(s.source, s.asOf, `${model.name}: model card`);
  src.add(model.license.source, model.license.asOf, `${model.name}: licence (${model.license.id})`);
  if (model.params) src.add(model.params.source, model.params.asOf, `${model.name}: parameters`);
  if (selfHosted && model.architecture) src.add(model.architecture.source, model.architecture.asOf, `${model.name}: architecture`);
  const benches = new Map<string, { source: string; asOf: string; names: string[] }>();
  for (const b of model.benchmarks) {
    const key = `${b.source}\n${b.asOf}`;
    const e = benches.get(key) ?? { source: b.source, asOf: b.asOf, names: [] };
    if (!e.names.includes(b.name)) e.names.push(b.name);
    benches.set(key, e);
  }
  for (const e of benches.values()) src.add(e.source, e.asOf, `${model.name}: ${e.names.join(", ")}`);
}

/**
 * Every source behind the figures the memo shows for `options`: model cards, licences, parameter
 * counts and architectures, vendor benchmarks, API prices, provider and operator facts and data
 * policies, GPU specifications, rental prices and cloud locations, electricity prices and exchange rates.
 */
export function collectSources(options: readonly Option[], catalog: Catalog, answers: Answers): SourceEntry[] {
  const src = new Sources();
  for (const o of options) {
    const d = o.deployment;
    const model = catalog.models.find((m) => m.id === o.modelId);
    if (model) addModel(src, model, d.kind !== "api");
    if (d.kind === "api") {
      const offering = offeringOf(o, catalog);
      const provider = catalog.providers.find((x) => x.id === d.providerId);
      const who = provider?.name ?? d.providerName ?? d.providerId ?? "";
      if (offering) src.add(offering.source, offering.asOf, `${who}: ${o.modelName} prices`);
      if (provider) {
        src.add(provider.source, provider.asOf, `${who}: where prompts are processed`);
        src.add(provider.operator.source, provider.operator.asOf, `${who}: operator`);
        if (provider.dataPolicy) src.add(provider.dataPolicy.source, provider.dataPolicy.asOf, `${who}: data policy`);
      }
      if (offering?.fx && catalog.fx?.[offering.fx.currency === "USD" ? "EUR" : offering.fx.currency]) {
        const rate = catalog.fx[offering.fx.currency === "CNY" ? "CNY" : "EUR"];
        if (rate) src.add(rate.source, rate.asOf, `${offering.fx.currency}: exchange rate`);
      }
    }
    const gpu = d.gpu === undefined ? undefined : catalog.gpus.find((g) => g.id === d.gpu);
    if (gpu) for (const s of gpu.sources) src.add(s.source, s.asOf, `${gpu.name}: ${s.what ?? "specifications"}`);
    if (d.rental) {
      src.add(d.rental.source, d.rental.asOf, `${d.rental.provider}: ${gpu?.name ?? d.gpuName ?? "GPU"} rental price`);
      const cloud = catalog.clouds.find((c) => c.id === d.rental?.cloudId);
      if (cloud) {
        src.add(cloud.operator.source, cloud.operator.asOf, `${cloud.name}: operator`);
        const place = cloud.locations.find((l) => l.place === d.rental?.location || l.region === d.rental?.region);
        if (place) src.add(place.source, place.asOf, `${cloud.name}: data-centre locations`);
        if (cloud.dataPolicy) src.add(cloud.dataPolicy.source, cloud.dataPolicy.asOf, `${cloud.name}: data policy`);
      }
    }
    if (d.kind === "own-hardware" && answers.electricityUsdPerKwh === undefined) {
      const row = electricityRow(catalog, answers);
      if (row) src.add(row.source, row.asOf, "Electricity price");
      if (row?.local && row.local.currency !== "USD") {
        const rate = catalog.fx?.[row.local.currency];
        if (rate) src.add(rate.source, rate.asOf, `${row.local.currency}: exchange rate`);
      }
    }
  }
  return src.list();
}

/**
 * The electricity row own hardware is costed with: the first allowed region's commercial price, as
 * lib/cost/self-hosted.ts electricityPrice picks it; else the US commercial row, whose EIA figure is
 * the default of lib/core/assumptions.ts.
 */
function electricityRow(catalog: Catalog, a: Answers) {
  const rows = catalog.electricity?.prices ?? [];
  return rows.find((r) => r.region === a.regions[0] && r.kind === "commercial") ?? rows.find((r) => r.region === "us" && r.kind === "commercial");
}

/**
 * A source reference split for printing: the site or repository it belongs to, the rest of its
 * address, and a link. "https://github.com/o/r/blob/<commit>/path" reads "o/r" and "path @commit";
 * "owner/repo/path@commit" (a snapshot in a repository) the same; a URL its host and path; text
 * after the address (a note on what was read) is kept apart.
 */
export function splitSource(source: string): { site: string; path: string; href?: string; rest?: string } {
  const m = /^(\S+)(?:\s+(.*))?$/s.exec(source.trim());
  const ref = m?.[1] ?? source;
  const rest = m?.[2];
  const extra = rest ? { rest } : {};
  const gh = /^https:\/\/github\.com\/([^/]+\/[^/]+)\/(?:blob|tree|raw)\/([0-9a-f]{7,40})\/(.+)$/.exec(ref);
  if (gh) return { site: gh[1] ?? "", path: `${gh[3]} @${(gh[2] ?? "").slice(0, 7)}`, href: ref, ...extra };
  if (/^https?:\/\//.test(ref)) {
    try {
      const u = new URL(ref);
      return { site: u.host.replace(/^www\./, ""), path: `${u.pathname}${u.search}${u.hash}` || "/", href: ref, ...extra };
    } catch {
      return { site: ref, path: "", ...extra };
    }
  }
  const repo = /^([\w.-]+\/[\w.-]+)\/(.+?)(?:@([0-9a-f]{7,40}))?$/.exec(ref);
  if (repo) return { site: repo[1] ?? "", path: `${repo[2]}${repo[3] ? ` @${repo[3].slice(0, 7)}` : ""}`, ...extra };
  return { site: ref, path: "", ...extra };
}

/** Sources grouped by site, the sites and their documents in alphabetical order. */
export function groupSources(entries: readonly SourceEntry[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const e of entries) {
    const s = splitSource(e.source);
    const g = groups.get(s.site) ?? { site: s.site, entries: [] };
    g.entries.push({ ...e, ...s });
    groups.set(s.site, g);
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups.values()].sort((a, b) => byText(a.site, b.site)).map((g) => ({ ...g, entries: g.entries.sort((a, b) => byText(a.path, b.path)) }));
}
