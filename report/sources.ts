import type { Catalog, Model, Offering } from "@/lib/schema/catalog";
import type { Option } from "@/lib/schema/recommendation";

/** One cited source and what the memo takes from it. */
export type SourceEntry = { source: string; asOf: string[]; what: string[] };

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

/** The offering behind an API option: by id, else by model, provider and regions. */
export function offeringOf(option: Option, catalog: Catalog): Offering | undefined {
  const d = option.deployment;
  return (
    catalog.offerings.find((o) => o.id === option.id) ??
    catalog.offerings.find(
      (o) => o.modelId === option.modelId && o.providerId === d.providerId && o.regions.join() === d.regions.join(),
    ) ??
    catalog.offerings.find((o) => o.modelId === option.modelId && o.providerId === d.providerId)
  );
}

function addModel(src: Sources, model: Model, selfHosted: boolean): void {
  for (const s of model.sources) src.add(s.source, s.asOf, `${model.name}: model card (name, context, release)`);
  src.add(model.license.source, model.license.asOf, `${model.name}: licence (${model.license.id})`);
  if (model.params) src.add(model.params.source, model.params.asOf, `${model.name}: parameter counts`);
  if (selfHosted && model.architecture) {
    src.add(model.architecture.source, model.architecture.asOf, `${model.name}: architecture (memory and speed)`);
  }
  const benches = new Map<string, { asOf: string; names: string[] }>();
  for (const b of model.benchmarks) {
    const key = `${b.source}\n${b.asOf}`;
    const e = benches.get(key) ?? { asOf: b.asOf, names: [] };
    if (!e.names.includes(b.name)) e.names.push(b.name);
    benches.set(key, e);
  }
  for (const [key, e] of benches) src.add(key.split("\n")[0] ?? key, e.asOf, `${model.name} benchmarks: ${e.names.join(", ")}`);
}

/**
 * Every source behind the figures the memo shows for `options`: model cards and configs,
 * licences, benchmarks, API price pages and provider policies, GPU specs and rental prices,
 * the exchange rate where a rental was priced in another currency.
 */
export function collectSources(options: readonly Option[], catalog: Catalog): SourceEntry[] {
  const src = new Sources();
  for (const option of options) {
    const d = option.deployment;
    const model = catalog.models.find((m) => m.id === option.modelId);
    if (model) addModel(src, model, d.kind !== "api");
    if (d.kind === "api") {
      const offering = offeringOf(option, catalog);
      const provider = catalog.providers.find((p) => p.id === (offering?.providerId ?? d.providerId));
      const who = provider?.name ?? d.providerName ?? d.providerId ?? "provider";
      if (offering) src.add(offering.source, offering.asOf, `${who}: ${option.modelName} prices per million tokens`);
      if (provider) src.add(provider.source, provider.asOf, `${who}: where prompts are processed`);
      if (provider?.policy) src.add(provider.policy.source, provider.policy.asOf, `${who}: data use and retention policy`);
    }
    const gpu = d.gpu === undefined ? undefined : catalog.gpus.find((g) => g.id === d.gpu);
    if (gpu) for (const s of gpu.sources) src.add(s.source, s.asOf, `${gpu.name}: ${s.what ?? "specifications"}`);
    if (d.rental) src.add(d.rental.source, d.rental.asOf, `${d.rental.provider}: ${gpu?.name ?? d.gpuName ?? "GPU"} rental price`);
    const rentedCurrency = gpu?.rentals.find((r) => r.provider === d.rental?.provider && r.region === d.rental?.region)?.currency;
    if (d.rental && rentedCurrency !== undefined && rentedCurrency !== "USD" && catalog.fx) {
      src.add(catalog.fx.source, catalog.fx.asOf, `Exchange rate ${rentedCurrency} to USD`);
    }
  }
  return src.list();
}
