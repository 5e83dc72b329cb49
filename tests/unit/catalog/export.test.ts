import { describe, expect, it } from "vitest";
import type { CommandContext } from "@/cli/command";
import { main } from "@/cli/run";
import { catalog as shipped } from "@/lib/catalog";
import { toCatalogExport } from "@/lib/catalog/export";
import { parseCatalog } from "@/lib/catalog/parse";
import type { Catalog } from "@/lib/schema/catalog";
import { CatalogExport } from "@/lib/schema/export";
import { makeCloud, makeFiles, makeGpu, makeModel, makeOffering, makeProvider, makeRental } from "./fixtures";

function fixtureCatalog(replace: Record<string, unknown> = {}): Catalog {
  const r = parseCatalog(makeFiles(replace));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.catalog;
}

function fakeContext() {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CommandContext = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => "", readFile: async () => "" };
  return { ctx, out, err };
}

describe("toCatalogExport", () => {
  it("validates against CatalogExport for the shipped catalog", () => {
    const r = CatalogExport.safeParse(toCatalogExport(shipped));
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });

  it("names the lab by its display name and keeps the origin", () => {
    const [model] = toCatalogExport(fixtureCatalog()).models;
    expect(model).toMatchObject({ id: "model-a", lab: "Example Lab", labId: "lab-a", origin: "FR", providers: ["provider-a"] });
  });

  it("lists model sources as plain strings, once each", () => {
    const cited = { source: "https://example.org/card", asOf: "2026-01-15" };
    const c = fixtureCatalog({ "models/model-a.json": makeModel({ sources: [cited, cited] }) });
    expect(toCatalogExport(c).models[0]?.sources).toEqual(["https://example.org/card"]);
  });

  it("lists a GPU's sources once each, the first as its source", () => {
    const sheet = { source: "https://example.org/datasheet", asOf: "2026-01-15" };
    const gpu = makeGpu({ sources: [{ ...sheet, what: "memory" }, { ...sheet, what: "bandwidth" }, { source: "https://example.org/review", asOf: "2026-01-15" }] });
    const [exported] = toCatalogExport(fixtureCatalog({ "gpus/gpu-a.json": gpu })).gpus;
    expect(exported).toMatchObject({ source: "https://example.org/datasheet", sources: ["https://example.org/datasheet", "https://example.org/review"] });
  });

  /** A marketplace cloud beside the fixture's cloud-a; its listings have no region. */
  const market = makeCloud({ name: "Example Market", marketplace: true });
  const { region: _none, ...listing } = makeRental({ cloud: "market", pricePerGpuHour: 0.5 });
  const { region: _unstated, ...regionless } = makeRental({ pricePerGpuHour: 0.6 });

  it("rents a GPU at its cheapest on-demand price with a documented region, ignoring spot and marketplace listings", () => {
    const rentals = [
      makeRental({ pricePerGpuHour: 2.5 }),
      makeRental({ pricePerGpuHour: 1.9, region: "us" }),
      makeRental({ pricePerGpuHour: 0.9, kind: "spot" }),
      makeRental({ pricePerGpuHour: 1.8, currency: "EUR" }),
      listing,
      regionless,
    ];
    const [exported] = toCatalogExport(fixtureCatalog({ "clouds/market.json": market, "gpus/gpu-a.json": makeGpu({ rentals }) })).gpus;
    // The EUR rental is 1.8 x 1.1 = 1.98 USD, above the US one.
    expect(exported?.rentUsdPerHour).toBe(1.9);
    // Every rental is still listed, as published, with its cloud and region.
    expect(exported?.rentals).toHaveLength(rentals.length);
    expect(exported?.rentals[1]).toMatchObject({ cloud: "cloud-a", region: "us", pricePerGpuHour: 1.9, currency: "USD" });
  });

  it("converts a rental in another currency to USD at fx.json's rate before comparing", () => {
    const rentals = [makeRental({ pricePerGpuHour: 1.9 }), makeRental({ pricePerGpuHour: 1.2, currency: "EUR" }), makeRental({ pricePerGpuHour: 12, currency: "CNY" })];
    const [exported] = toCatalogExport(fixtureCatalog({ "gpus/gpu-a.json": makeGpu({ rentals }) })).gpus;
    // 1.2 EUR x 1.1 = 1.32 USD; 12 CNY x 0.14 = 1.68 USD; both beat 1.9 USD.
    expect(exported?.rentUsdPerHour).toBe(1.32);
    expect(exported?.rentals[1]).toMatchObject({ pricePerGpuHour: 1.2, currency: "EUR" });
  });

  it("leaves rentUsdPerHour out when no on-demand rental with a region exists", () => {
    const rentals = [makeRental({ kind: "spot" }), makeRental({ kind: "reserved", commitmentMonths: 12 }), listing, regionless];
    const c = fixtureCatalog({ "clouds/market.json": market, "gpus/gpu-a.json": makeGpu({ rentals }) });
    expect(toCatalogExport(c).gpus[0]).not.toHaveProperty("rentUsdPerHour");
    expect(toCatalogExport(fixtureCatalog({ "gpus/gpu-a.json": makeGpu({ rentals: [] }) })).gpus[0]).not.toHaveProperty("rentUsdPerHour");
  });

  it("prices offerings in USD and names the currency they were published in", () => {
    const eur = makeOffering({ endpoint: "eur", prices: { currency: "EUR", input: 1, output: 3, cachedInput: 0.1 } });
    const c = fixtureCatalog({ "providers/provider-a.json": makeProvider({ offerings: [makeOffering(), eur] }) });
    const [usd, converted] = toCatalogExport(c).offerings;
    expect(usd).toMatchObject({ id: "provider-a/model-a", inputUsdPerMTok: 0.2, outputUsdPerMTok: 0.6 });
    expect(usd).not.toHaveProperty("nativeCurrency");
    expect(converted).toMatchObject({ id: "provider-a/model-a@eur", inputUsdPerMTok: 1.1, outputUsdPerMTok: 3.3, cachedInputUsdPerMTok: 0.11, nativeCurrency: "EUR" });
  });

  it("lists GPU clouds beside API providers, with their operator and marketplace flag", () => {
    const { providers } = toCatalogExport(fixtureCatalog({ "clouds/market.json": market }));
    expect(providers.map((p) => [p.id, p.kind, p.marketplace])).toEqual([
      ["provider-a", "api", undefined],
      ["cloud-a", "gpu-cloud", false],
      ["market", "gpu-cloud", true],
    ]);
    expect(providers[1]).toMatchObject({ operator: "Example GPU Cloud GmbH", operatorCountry: "DE" });
  });

  it("leaves out a bandwidth the catalog does not know, instead of writing 0", () => {
    const { bandwidthGBs: _dropped, ...gpu } = makeGpu();
    const [exported] = toCatalogExport(fixtureCatalog({ "gpus/gpu-a.json": gpu })).gpus;
    expect(exported).not.toHaveProperty("bandwidthGBs");
    expect(CatalogExport.safeParse(toCatalogExport(fixtureCatalog({ "gpus/gpu-a.json": gpu }))).success).toBe(true);
  });

  it("credits LLM-Stats only when a figure comes from it", () => {
    expect(toCatalogExport(fixtureCatalog()).credits).toEqual([]);
    const bench = { name: "GPQA", score: 50, source: "https://github.com/JonathanChavezTamales/llm-leaderboard", asOf: "2026-01-15" };
    const c = fixtureCatalog({ "models/model-a.json": makeModel({ benchmarks: [bench] }) });
    expect(toCatalogExport(c).credits[0]).toMatch(/CC BY 4\.0/);
  });
});

describe("cli models", () => {
  it("prints JSON that parses as the catalog export", async () => {
    const { ctx, out, err } = fakeContext();
    expect(await main(["models", "--json"], ctx)).toBe(0);
    expect(err).toEqual([]);
    const r = CatalogExport.safeParse(JSON.parse(out.join("")));
    expect(r.success).toBe(true);
    expect(r.data?.gpus.length).toBe(shipped.gpus.length);
  });

  it("prints a table with one row per model", async () => {
    const { ctx, out } = fakeContext();
    expect(await main(["models"], ctx)).toBe(0);
    const text = out.join("\n");
    expect(text.split("\n")[0]).toMatch(/^id\s+lab\s+origin\s+open\s+params B \(total\/active\)\s+context\s+licence\s+offerings$/);
    for (const m of shipped.models) expect(text).toMatch(new RegExp(`^${m.id.replace(/\./g, "\\.")}\\s`, "m"));
  });

  it("shows its help through the shared runner", async () => {
    const { ctx, out } = fakeContext();
    expect(await main(["models", "--help"], ctx)).toBe(0);
    expect(out.join("\n")).toContain("Usage: npm run -s cli -- models [--json]");
  });

  it("rejects an argument it does not take with exit code 2", async () => {
    const { ctx, err } = fakeContext();
    expect(await main(["models", "extra"], ctx)).toBe(2);
    expect(err.join("\n")).toContain('unexpected argument "extra"');
  });
});
