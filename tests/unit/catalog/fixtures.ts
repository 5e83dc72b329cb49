import type { DataFile } from "@/lib/catalog/parse";

/**
 * Complete, valid catalog files to start from; tests override one field to break one thing
 * (models.dev style: `baseModel(overrides)`). Figures here are test data, not catalog data.
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

export function makeOffering(overrides: Record<string, unknown> = {}) {
  return { model: "model-a", regions: ["eu"], inputUsdPerMTok: 0.2, outputUsdPerMTok: 0.6, ...cited, ...overrides };
}

export function makeProvider(overrides: Record<string, unknown> = {}) {
  return {
    name: "Example Cloud",
    url: "https://example.org/",
    processing: "Data centres in the EU",
    offerings: [makeOffering()],
    ...cited,
    ...overrides,
  };
}

export function makeRental(overrides: Record<string, unknown> = {}) {
  return { provider: "Example GPU", region: "eu", pricePerGpuHour: 2, currency: "USD", kind: "on-demand", ...cited, ...overrides };
}

export function makeGpu(overrides: Record<string, unknown> = {}) {
  return {
    name: "Example GPU 80GB",
    vendor: "Example",
    kind: "datacenter",
    memoryGB: 80,
    bandwidthGBs: 3000,
    watts: 700,
    rentals: [makeRental()],
    sources: [cited],
    ...overrides,
  };
}

/** One lab, one model, one provider with one offering, one GPU; replace any file by path. */
export function makeFiles(replace: Record<string, unknown> = {}): DataFile[] {
  const files: Record<string, unknown> = {
    "labs/lab-a.json": makeLab(),
    "models/model-a.json": makeModel(),
    "providers/provider-a.json": makeProvider(),
    "gpus/gpu-a.json": makeGpu(),
    ...replace,
  };
  return Object.entries(files).map(([path, data]) => ({ path, data }));
}
