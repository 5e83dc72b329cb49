import type { DataFile } from "@/lib/catalog/parse";

/**
 * Complete, valid catalog files (the shapes of data/, before parseCatalog resolves them) to
 * start from; tests override one field to break one thing (models.dev style:
 * `baseModel(overrides)`). Figures here are test data, not catalog data. For resolved Catalog
 * objects, see tests/fixtures/catalog.ts.
 */

const cited = { source: "https://example.org/spec", asOf: "2026-01-15" };

export function makeLab(overrides: Record<string, unknown> = {}) {
  return { name: "Example Lab", origin: "FR", ...cited, ...overrides };
}

export function makeModel(overrides: Record<string, unknown> = {}) {
  return {
    name: "Example 8B",
    lab: "lab-a",
    openWeights: true,
    releaseDate: "2026-01-01",
    license: { id: "apache-2.0", commercial: true, ...cited },
    params: { totalB: 8, activeB: 8, ...cited },
    contextTokens: 131072,
    modalities: ["text"],
    architecture: { layers: 32, attention: "gqa", kvHeads: 8, headDim: 128, ...cited },
    benchmarks: [{ name: "MMLU", score: 70, ...cited }],
    sources: [cited],
    ...overrides,
  };
}

export function makeOperator(overrides: Record<string, unknown> = {}) {
  return { name: "Example Operator SAS", country: "FR", ...cited, ...overrides };
}

/** An offering priced in USD per 1M tokens; pass `prices` whole to change them. */
export function makeOffering(overrides: Record<string, unknown> = {}) {
  return { model: "model-a", regions: ["eu"], scope: "in-region", prices: { currency: "USD", input: 0.2, output: 0.6 }, ...cited, ...overrides };
}

export function makeProvider(overrides: Record<string, unknown> = {}) {
  return {
    name: "Example API",
    url: "https://example.org/",
    processing: "Data centres in the EU",
    operator: makeOperator(),
    offerings: [makeOffering()],
    ...cited,
    ...overrides,
  };
}

/** A GPU cloud (data/clouds/<id>.json) with its own data centres. */
export function makeCloud(overrides: Record<string, unknown> = {}) {
  return { name: "Example GPU Cloud", url: "https://example.org/gpu", operator: makeOperator({ name: "Example GPU Cloud GmbH", country: "DE" }), marketplace: false, ...cited, ...overrides };
}

/** An on-demand rental on clouds/cloud-a.json, in the EU, in USD. */
export function makeRental(overrides: Record<string, unknown> = {}) {
  return { cloud: "cloud-a", region: "eu", pricePerGpuHour: 2, currency: "USD", kind: "on-demand", ...cited, ...overrides };
}

export function makeGpu(overrides: Record<string, unknown> = {}) {
  return {
    name: "Example GPU 80GB",
    vendor: "Example",
    kind: "datacenter",
    memoryGB: 80,
    bandwidthGBs: 3000,
    runtime: "vllm",
    watts: 700,
    rentals: [makeRental()],
    sources: [cited],
    ...overrides,
  };
}

/** data/fx.json: USD per EUR and per CNY. */
export function makeFx(overrides: Record<string, unknown> = {}) {
  return { EUR: { usdPer: 1.1, ...cited }, CNY: { usdPer: 0.14, ...cited }, ...overrides };
}

/**
 * One lab, one model, one provider with one offering, one GPU rented on one cloud, and fx.json;
 * replace any file by path, or leave one out by passing undefined for it.
 */
export function makeFiles(replace: Record<string, unknown> = {}): DataFile[] {
  const files: Record<string, unknown> = {
    "labs/lab-a.json": makeLab(),
    "models/model-a.json": makeModel(),
    "providers/provider-a.json": makeProvider(),
    "clouds/cloud-a.json": makeCloud(),
    "gpus/gpu-a.json": makeGpu(),
    "fx.json": makeFx(),
    ...replace,
  };
  return Object.entries(files)
    .filter(([, data]) => data !== undefined)
    .map(([path, data]) => ({ path, data }));
}
