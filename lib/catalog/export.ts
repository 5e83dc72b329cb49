import type { Catalog, Cloud, DataPolicy, Gpu, Model, Offering, Provider } from "../schema/catalog";
import type { CatalogExport, ExportGpu, ExportModel, ExportOffering, ExportProvider } from "../schema/export";

/**
 * The public catalog export (DESIGN.md "Catalog export"), built from the resolved catalog.
 * Pure: the CLI (`models --json`) and `GET /api/catalog` both call this one function.
 */

/** Data under CC BY 4.0 must be credited wherever it is shown. */
const CREDITS: { test: RegExp; credit: string }[] = [
  { test: /llm-leaderboard|llm-stats/i, credit: "Data from LLM-Stats (github.com/JonathanChavezTamales/llm-leaderboard), CC BY 4.0; filtered and reformatted." },
];

/** A source cited for several figures (a GPU's memory and its bandwidth from one datasheet) is listed once. */
const unique = (xs: readonly string[]) => [...new Set(xs)];

function exportModel(m: Model, providers: readonly string[]): ExportModel {
  return {
    id: m.id,
    name: m.name,
    lab: m.labName,
    labId: m.lab,
    origin: m.origin,
    openWeights: m.openWeights,
    license: m.license,
    ...(m.params ? { params: m.params } : {}),
    contextTokens: m.contextTokens,
    modalities: [...m.modalities],
    ...(m.architecture ? { architecture: m.architecture } : {}),
    benchmarks: m.benchmarks.map((b) => ({ name: b.name, score: b.score, source: b.source, asOf: b.asOf, ...(b.setting !== undefined ? { setting: b.setting } : {}) })),
    sources: unique(m.sources.map((s) => s.source)),
    releaseDate: m.releaseDate,
    ...(m.predecessor ? { predecessor: m.predecessor } : {}),
    ...(m.successor ? { successor: m.successor } : {}),
    aliases: [...m.aliases],
    ...(m.reasoning ? { reasoning: m.reasoning.mode } : {}),
    ...(m.nativeFormat ? { nativeFormat: m.nativeFormat.format } : {}),
    providers: [...providers],
    unverified: m.unverified.map((u) => ({ ...u })),
  };
}

function exportOffering(o: Offering): ExportOffering {
  const opt = <K extends keyof Offering>(k: K) => (o[k] !== undefined ? { [k]: o[k] } : {});
  return {
    id: o.id,
    modelId: o.modelId,
    release: o.modelId,
    providerId: o.providerId,
    regions: [...o.regions],
    scope: o.scope,
    status: o.status,
    ...opt("retiresOn"),
    inputUsdPerMTok: o.inputUsdPerMTok,
    outputUsdPerMTok: o.outputUsdPerMTok,
    ...opt("cachedInputUsdPerMTok"),
    ...opt("cacheWriteUsdPerMTok"),
    ...opt("batchInputUsdPerMTok"),
    ...opt("batchOutputUsdPerMTok"),
    ...(o.prices.currency !== "USD" ? { nativeCurrency: o.prices.currency } : {}),
    tiers: o.tiers.map((t) => ({ ...t })),
    ...opt("regionalUplift"),
    ...opt("planRequired"),
    source: o.source,
    ...opt("upstream"),
    asOf: o.asOf,
  } as ExportOffering;
}

const policyOf = (p: DataPolicy | undefined) =>
  p ? { dataPolicy: { trainsOnPrompts: p.trainsOnPrompts, ...(p.retentionDays !== undefined ? { retentionDays: p.retentionDays } : {}), zeroRetention: p.zeroRetention === "default" || p.zeroRetention === "available" } } : {};

function exportProvider(p: Provider | Cloud, kind: "api" | "gpu-cloud"): ExportProvider {
  const op = p.operator;
  return {
    id: p.id,
    name: p.name,
    operator: op.name,
    operatorCountry: op.country,
    ...(op.contractingEntity ? { contractingEntity: op.contractingEntity } : {}),
    ...(op.contractingCountry ? { contractingCountry: op.contractingCountry } : {}),
    ...policyOf(p.dataPolicy),
    ...(p.dpaUrl ? { dpaUrl: p.dpaUrl } : {}),
    ...(p.subprocessorsUrl ? { subprocessorsUrl: p.subprocessorsUrl } : {}),
    kind,
    ...("marketplace" in p ? { marketplace: p.marketplace } : {}),
    source: op.source,
    asOf: op.asOf,
  };
}

function exportGpu(g: Gpu, fx: Catalog["fx"]): ExportGpu {
  const sources = unique(g.sources.map((s) => s.source));
  let rent: number | undefined;
  for (const r of g.rentals) {
    if (r.kind !== "on-demand" || r.region === undefined || r.marketplace) continue;
    const rate = r.currency === "USD" ? 1 : fx?.[r.currency]?.usdPer;
    if (rate === undefined) continue;
    const usd = Math.round(r.pricePerGpuHour * rate * 10000) / 10000;
    if (rent === undefined || usd < rent) rent = usd;
  }
  return {
    id: g.id,
    name: g.name,
    vendor: g.vendor,
    kind: g.kind,
    memoryGB: g.memoryGB,
    ...(g.bandwidthGBs !== undefined ? { bandwidthGBs: g.bandwidthGBs } : {}),
    ...(g.watts !== undefined ? { watts: g.watts } : {}),
    ...(g.gpuMemoryShare !== undefined ? { gpuMemoryShare: g.gpuMemoryShare } : {}),
    runtime: g.runtime,
    ...(rent !== undefined ? { rentUsdPerHour: rent } : {}),
    rentals: g.rentals.map((r) => ({ ...r })),
    // GpuFile requires at least one source, so sources[0] exists for any parsed catalog.
    source: sources[0] ?? "",
    sources,
    unverified: g.unverified.map((u) => ({ ...u })),
  };
}

export function toCatalogExport(catalog: Catalog): CatalogExport {
  const providersOf = new Map<string, Set<string>>();
  for (const o of catalog.offerings) providersOf.set(o.modelId, (providersOf.get(o.modelId) ?? new Set()).add(o.providerId));
  const allSources = [
    ...catalog.models.flatMap((m) => [m.license.source, m.params?.source, m.architecture?.source, ...m.benchmarks.map((b) => b.source), ...m.sources.map((s) => s.source)]),
    ...(catalog.quality?.sources.map((s) => s.source) ?? []),
  ].filter((s): s is string => s !== undefined);
  const credits = [
    ...CREDITS.filter((c) => allSources.some((s) => c.test.test(s))).map((c) => c.credit),
    ...new Set(catalog.quality?.sources.map((s) => s.credit).filter((c): c is string => c !== undefined) ?? []),
  ];
  return {
    version: catalog.version,
    asOf: catalog.version,
    credits,
    models: catalog.models.map((m) => exportModel(m, [...(providersOf.get(m.id) ?? [])].sort())),
    offerings: catalog.offerings.map(exportOffering),
    providers: [...catalog.providers.map((p) => exportProvider(p, "api")), ...catalog.clouds.map((c) => exportProvider(c, "gpu-cloud"))],
    gpus: catalog.gpus.map((g) => exportGpu(g, catalog.fx)),
  };
}
