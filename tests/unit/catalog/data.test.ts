import { describe, expect, it } from "vitest";
import { formatCatalogErrors, parseCatalog } from "@/lib/catalog/parse";
import { IsoDate, SourceRef } from "@/lib/schema/common";
import type { Catalog } from "@/lib/schema/catalog";
import { readDataFiles } from "@/scripts/data-files";
import { gpuProblems, offeringProblems } from "./sanity";

/**
 * The real data/ folder, whatever others have added: these rules hold for any valid catalog.
 * Reads only data/ (never shared/reference), so it runs anywhere the repo is checked out.
 */
function loadCatalog(): Catalog {
  const { files, errors } = readDataFiles();
  expect(errors, "files that are not JSON").toEqual([]);
  const result = parseCatalog(files);
  if (!result.ok) throw new Error(`data/ does not validate:\n${formatCatalogErrors(result.errors)}`);
  return result.catalog;
}

const catalog = loadCatalog();

type Cited = { source: string; asOf: string };
/** Every cited figure in the catalog, labelled with where it sits. */
function citedFigures(c: Catalog): [string, Cited][] {
  return [
    ...c.models.flatMap((m): [string, Cited][] => [
      [`${m.id}.license`, m.license],
      ...(m.params ? [[`${m.id}.params`, m.params] as [string, Cited]] : []),
      ...(m.architecture ? [[`${m.id}.architecture`, m.architecture] as [string, Cited]] : []),
      ...m.benchmarks.map((b, i): [string, Cited] => [`${m.id}.benchmarks[${i}]`, b]),
      ...m.sources.map((s, i): [string, Cited] => [`${m.id}.sources[${i}]`, s]),
    ]),
    ...c.offerings.map((o): [string, Cited] => [o.id, o]),
    ...c.providers.map((p): [string, Cited] => [p.id, p]),
    ...c.gpus.flatMap((g): [string, Cited][] => [
      ...g.rentals.map((r, i): [string, Cited] => [`${g.id}.rentals[${i}]`, r]),
      ...g.sources.map((s, i): [string, Cited] => [`${g.id}.sources[${i}]`, s]),
    ]),
    ...Object.entries(c.fx ?? {}).map(([k, v]): [string, Cited] => [`fx.${k}`, v]),
  ];
}

describe("data/", () => {
  it("validates every file and resolves every reference", () => {
    expect(catalog.gpus.length).toBeGreaterThan(0);
  });

  it("gives every entity a unique id", () => {
    for (const ids of [catalog.models, catalog.providers, catalog.offerings, catalog.gpus].map((l) => l.map((x) => x.id))) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("resolves every offering to a model and a provider, and every model to a lab", () => {
    const models = new Set(catalog.models.map((m) => m.id));
    const providers = new Set(catalog.providers.map((p) => p.id));
    for (const o of catalog.offerings) {
      expect(models.has(o.modelId), o.id).toBe(true);
      expect(providers.has(o.providerId), o.id).toBe(true);
    }
    for (const m of catalog.models) expect(m.origin, m.id).toMatch(/^[A-Z]{2}$/);
  });

  it("cites a source and a date for every figure", () => {
    const figures = citedFigures(catalog);
    expect(figures.length).toBeGreaterThan(catalog.gpus.length);
    const bad = figures.filter(([, f]) => !SourceRef.safeParse(f.source).success || !IsoDate.safeParse(f.asOf).success);
    expect(bad.map(([where]) => where)).toEqual([]);
  });

  it("keeps offering prices per 1M tokens in a plausible band", () => {
    expect(offeringProblems(catalog)).toEqual([]);
  });

  it("keeps GPU memory, bandwidth and hourly rentals in plausible units", () => {
    expect(gpuProblems(catalog)).toEqual([]);
  });

  it("keeps one rental per provider, SKU, region and kind (the newest)", () => {
    for (const g of catalog.gpus) {
      const keys = g.rentals.map((r) => [r.cloud, r.sku ?? "", r.region ?? "", r.kind].join("|"));
      expect(new Set(keys).size, g.id).toBe(keys.length);
    }
  });

  it("gives every model at least one context size, modality and source", () => {
    for (const m of catalog.models) {
      expect(m.contextTokens, m.id).toBeGreaterThanOrEqual(2048);
      expect(m.modalities.length, m.id).toBeGreaterThan(0);
      expect(m.sources.length, m.id).toBeGreaterThan(0);
    }
  });
});
