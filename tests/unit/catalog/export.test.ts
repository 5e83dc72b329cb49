import { describe, expect, it } from "vitest";
import type { CommandContext } from "@/cli/command";
import { main } from "@/cli/run";
import { catalog as shipped } from "@/lib/catalog";
import { cheapestUsdRental, toCatalogExport } from "@/lib/catalog/export";
import { parseCatalog } from "@/lib/catalog/parse";
import type { Catalog } from "@/lib/schema/catalog";
import { CatalogExport } from "@/lib/schema/export";
import { makeFiles, makeGpu, makeModel, makeRental } from "./fixtures";

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

  it("rents a GPU at its cheapest on-demand USD price, ignoring spot and other currencies", () => {
    const gpu = makeGpu({
      rentals: [
        makeRental({ provider: "A", pricePerGpuHour: 2.5 }),
        makeRental({ provider: "B", pricePerGpuHour: 1.9, region: "us" }),
        makeRental({ provider: "C", pricePerGpuHour: 0.9, kind: "spot" }),
        makeRental({ provider: "D", pricePerGpuHour: 1.2, currency: "EUR" }),
      ],
    });
    const [exported] = toCatalogExport(fixtureCatalog({ "gpus/gpu-a.json": gpu })).gpus;
    expect(exported?.rentUsdPerHour).toBe(1.9);
    expect(exported?.rent).toMatchObject({ provider: "B", region: "us" });
  });

  it("leaves rentUsdPerHour out when no USD on-demand rental exists", () => {
    const c = fixtureCatalog({ "gpus/gpu-a.json": makeGpu({ rentals: [makeRental({ currency: "EUR" })] }) });
    expect(cheapestUsdRental(c.gpus[0]!)).toBeUndefined();
    expect(toCatalogExport(c).gpus[0]).not.toHaveProperty("rentUsdPerHour");
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
