import type { Catalog, Gpu, Model, Offering } from "../schema/catalog";
import type { CatalogExport, ExportGpu, ExportModel, ExportOffering } from "../schema/export";

/**
 * The public catalog export (DESIGN.md "Catalog export"), built from the resolved catalog.
 * Pure: the CLI (`models --json`) and `GET /api/catalog` both call this one function.
 */

/** llm-stats data is CC BY 4.0: whoever shows figures taken from it must credit it. */
const LLM_STATS = /llm-leaderboard|llm-stats/i;
const LLM_STATS_CREDIT =
  "Data from LLM-Stats (github.com/JonathanChavezTamales/llm-leaderboard), CC BY 4.0; filtered and reformatted.";

const unique = (xs: readonly string[]) => [...new Set(xs)];

function exportModel(m: Model, providers: readonly string[]): ExportModel {
  const a = m.architecture;
  return {
    id: m.id,
    name: m.name,
    lab: m.labName,
    labId: m.lab,
    origin: m.origin,
    openWeights: m.openWeights,
    license: {
      id: m.license.id,
      commercial: m.license.commercial,
      ...(m.license.note !== undefined ? { note: m.license.note } : {}),
      source: m.license.source,
      asOf: m.license.asOf,
    },
    ...(m.params
      ? { params: { totalB: m.params.totalB, activeB: m.params.activeB, source: m.params.source, asOf: m.params.asOf } }
      : {}),
    contextTokens: m.contextTokens,
    modalities: [...m.modalities],
    ...(a
      ? {
          architecture: {
            layers: a.layers,
            attention: a.attention,
            ...(a.kvHeads !== undefined ? { kvHeads: a.kvHeads } : {}),
            ...(a.headDim !== undefined ? { headDim: a.headDim } : {}),
            ...(a.kvLoraRank !== undefined ? { kvLoraRank: a.kvLoraRank } : {}),
            ...(a.qkRopeHeadDim !== undefined ? { qkRopeHeadDim: a.qkRopeHeadDim } : {}),
            ...(a.experts !== undefined ? { experts: a.experts } : {}),
            ...(a.expertsPerToken !== undefined ? { expertsPerToken: a.expertsPerToken } : {}),
            source: a.source,
            asOf: a.asOf,
          },
        }
      : {}),
    benchmarks: m.benchmarks.map((b) => ({
      name: b.name,
      score: b.score,
      source: b.source,
      asOf: b.asOf,
      ...(b.setting !== undefined ? { setting: b.setting } : {}),
    })),
    sources: unique(m.sources.map((s) => s.source)),
    releaseDate: m.releaseDate,
    providers: [...providers],
    unverified: m.unverified.map((u) => ({ ...u })),
  };
}

function exportOffering(o: Offering): ExportOffering {
  return {
    id: o.id,
    modelId: o.modelId,
    providerId: o.providerId,
    regions: [...o.regions],
    inputUsdPerMTok: o.inputUsdPerMTok,
    outputUsdPerMTok: o.outputUsdPerMTok,
    ...(o.cachedInputUsdPerMTok !== undefined ? { cachedInputUsdPerMTok: o.cachedInputUsdPerMTok } : {}),
    source: o.source,
    asOf: o.asOf,
  };
}

/** The cheapest on-demand rental published in USD; EUR and CNY prices are not converted here. */
export function cheapestUsdRental(gpu: Gpu): Gpu["rentals"][number] | undefined {
  let best: Gpu["rentals"][number] | undefined;
  for (const r of gpu.rentals) {
    if (r.currency !== "USD" || r.kind !== "on-demand") continue;
    if (!best || r.pricePerGpuHour < best.pricePerGpuHour) best = r;
  }
  return best;
}

function exportGpu(g: Gpu): ExportGpu {
  const rent = cheapestUsdRental(g);
  const sources = unique(g.sources.map((s) => s.source));
  return {
    id: g.id,
    name: g.name,
    vendor: g.vendor,
    kind: g.kind,
    memoryGB: g.memoryGB,
    ...(g.bandwidthGBs !== undefined ? { bandwidthGBs: g.bandwidthGBs } : {}),
    ...(g.watts !== undefined ? { watts: g.watts } : {}),
    ...(g.gpuMemoryShare !== undefined ? { gpuMemoryShare: g.gpuMemoryShare } : {}),
    ...(rent
      ? {
          rentUsdPerHour: rent.pricePerGpuHour,
          rent: {
            provider: rent.provider,
            region: rent.region,
            ...(rent.sku !== undefined ? { sku: rent.sku } : {}),
            source: rent.source,
            asOf: rent.asOf,
          },
        }
      : {}),
    // GpuFile requires at least one source, so sources[0] exists for any parsed catalog.
    source: sources[0] ?? "",
    sources,
    unverified: g.unverified.map((u) => ({ ...u })),
  };
}

export function toCatalogExport(catalog: Catalog): CatalogExport {
  const providersOf = new Map<string, string[]>();
  for (const o of catalog.offerings) {
    const list = providersOf.get(o.modelId) ?? [];
    if (!list.includes(o.providerId)) list.push(o.providerId);
    providersOf.set(o.modelId, list);
  }
  const models = catalog.models.map((m) => exportModel(m, (providersOf.get(m.id) ?? []).sort()));
  const usesLlmStats = catalog.models.some((m) =>
    [m.license.source, m.params?.source, m.architecture?.source, ...m.benchmarks.map((b) => b.source), ...m.sources.map((s) => s.source)]
      .some((s) => s !== undefined && LLM_STATS.test(s)),
  );
  return {
    version: catalog.version,
    asOf: catalog.version,
    credits: usesLlmStats ? [LLM_STATS_CREDIT] : [],
    models,
    offerings: catalog.offerings.map(exportOffering),
    gpus: catalog.gpus.map(exportGpu),
  };
}
