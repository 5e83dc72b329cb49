import { describe, expect, it } from "vitest";
import { formatCatalogErrors, parseCatalog, type DataFile } from "@/lib/catalog/parse";
import { makeCloud, makeFiles, makeFx, makeGpu, makeModel, makeOffering, makeProvider, makeRental } from "./fixtures";
import { gpuProblems, offeringProblems } from "./sanity";

/** The formatted report of a broken catalog, as `npm run catalog` prints it. */
function report(files: DataFile[]): string {
  const r = parseCatalog(files);
  if (r.ok) throw new Error("expected the catalog to be rejected");
  return formatCatalogErrors(r.errors);
}

describe("a broken data file", () => {
  it("accepts the complete fixture catalog", () => {
    expect(parseCatalog(makeFiles()).ok).toBe(true);
  });

  it("names the file, the field and the expected type for a context written as a word", () => {
    const text = report(makeFiles({ "models/x.json": makeModel({ contextTokens: "big" }) }));
    expect(text).toMatch(/^data\/models\/x\.json: contextTokens: .*expected number/m);
  });

  it("names a missing required field", () => {
    const { memoryGB: _dropped, ...gpu } = makeGpu();
    expect(report(makeFiles({ "gpus/gpu-a.json": gpu }))).toMatch(/^data\/gpus\/gpu-a\.json: memoryGB: .*expected number/m);
  });

  it("names an unknown field, so a typo does not pass silently", () => {
    const text = report(makeFiles({ "models/model-a.json": makeModel({ contextToken: 8192 }) }));
    expect(text).toContain("data/models/model-a.json");
    expect(text).toContain("contextToken");
  });

  it("names a nested path inside a list", () => {
    const gpu = makeGpu({ rentals: [makeRental(), makeRental({ pricePerGpuHour: 1460 })] });
    expect(report(makeFiles({ "gpus/gpu-a.json": gpu }))).toMatch(
      /^data\/gpus\/gpu-a\.json: rentals\[1\]\.pricePerGpuHour: is per GPU-hour/m,
    );
  });

  it("names an offering whose model has no file", () => {
    const provider = makeProvider({ offerings: [makeOffering({ model: "no-such-model" })] });
    expect(report(makeFiles({ "providers/provider-a.json": provider }))).toMatch(
      /^data\/providers\/provider-a\.json: offerings\[0\]\.model: names model "no-such-model", which has no file models\/no-such-model\.json$/m,
    );
  });

  it("names a rental whose cloud has no file", () => {
    const gpu = makeGpu({ rentals: [makeRental({ cloud: "no-such-cloud" })] });
    expect(report(makeFiles({ "gpus/gpu-a.json": gpu }))).toMatch(
      /^data\/gpus\/gpu-a\.json: rentals\[0\]\.cloud: names cloud "no-such-cloud", which has no file clouds\/no-such-cloud\.json$/m,
    );
  });

  it("names a marketplace rental that claims a region, whether the cloud or the row is the marketplace", () => {
    const market = makeCloud({ name: "Example Market", marketplace: true });
    const onMarket = makeGpu({ rentals: [makeRental({ cloud: "market" })] });
    expect(report(makeFiles({ "clouds/market.json": market, "gpus/gpu-a.json": onMarket }))).toMatch(
      /^data\/gpus\/gpu-a\.json: rentals\[0\]\.region: is a marketplace listing/m,
    );
    const communityRow = makeGpu({ rentals: [makeRental(), makeRental({ marketplace: true })] });
    expect(report(makeFiles({ "gpus/gpu-a.json": communityRow }))).toMatch(/^data\/gpus\/gpu-a\.json: rentals\[1\]\.region: is a marketplace listing/m);
    const { region: _none, ...listing } = makeRental({ cloud: "market" });
    expect(parseCatalog(makeFiles({ "clouds/market.json": market, "gpus/gpu-a.json": makeGpu({ rentals: [listing] }) })).ok).toBe(true);
  });

  it("names a price in a currency fx.json has no rate for", () => {
    const files = makeFiles({
      "fx.json": makeFx({ CNY: undefined }),
      "providers/provider-a.json": makeProvider({ offerings: [makeOffering({ prices: { currency: "CNY", input: 2, output: 8 } })] }),
      "gpus/gpu-a.json": makeGpu({ rentals: [makeRental({ currency: "CNY", pricePerGpuHour: 15 })] }),
    });
    const text = report(files);
    expect(text).toMatch(/^data\/providers\/provider-a\.json: offerings\[0\]\.prices\.currency: is CNY, but fx\.json has no dated CNY rate$/m);
    expect(text).toMatch(/^data\/gpus\/gpu-a\.json: rentals\[0\]\.currency: is CNY, but fx\.json has no dated CNY rate$/m);
  });

  it("names a model whose lab has no file", () => {
    expect(report(makeFiles({ "models/model-a.json": makeModel({ lab: "nobody" }) }))).toMatch(
      /^data\/models\/model-a\.json: lab: names lab "nobody"/m,
    );
  });

  it("names a date written another way", () => {
    expect(report(makeFiles({ "fx.json": makeFx({ EUR: { usdPer: 1.1, source: "https://example.org/fx", asOf: "07/10/2026" } }) }))).toMatch(
      /^data\/fx\.json: EUR\.asOf: must be a date written YYYY-MM-DD$/m,
    );
  });

  it("names a file outside the known folders", () => {
    expect(report(makeFiles({ "widgets/x.json": {} }))).toMatch(/^data\/widgets\/x\.json: \(file\): is not where a catalog file belongs/m);
  });

  it("names a file named like an Object.prototype member instead of crashing", () => {
    expect(report(makeFiles({ "constructor/x.json": {} }))).toMatch(/^data\/constructor\/x\.json: \(file\)/m);
  });
});

describe("unit checks", () => {
  function parsed(files: DataFile[]) {
    const r = parseCatalog(files);
    if (!r.ok) throw new Error(formatCatalogErrors(r.errors));
    return r.catalog;
  }

  it("flags a paid price that looks per-token (under $0.001 per 1M)", () => {
    const provider = makeProvider({ offerings: [makeOffering({ prices: { currency: "USD", input: 0.0000002, output: 0.0000006 } })] });
    const problems = offeringProblems(parsed(makeFiles({ "providers/provider-a.json": provider })));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/provider-a\/model-a: prices\.input 2e-7 USD looks like a price per token/);
  });

  it("accepts a free offering priced at exactly 0", () => {
    const provider = makeProvider({ offerings: [makeOffering({ prices: { currency: "USD", input: 0, output: 0 } })] });
    expect(offeringProblems(parsed(makeFiles({ "providers/provider-a.json": provider })))).toEqual([]);
  });

  it("flags input priced far above output, a sign of swapped fields", () => {
    const provider = makeProvider({ offerings: [makeOffering({ prices: { currency: "USD", input: 15, output: 2 } })] });
    expect(offeringProblems(parsed(makeFiles({ "providers/provider-a.json": provider })))).toEqual([
      "provider-a/model-a: input costs over 5x output; are the fields swapped?",
    ]);
  });

  it("flags bandwidth written in TB/s and memory written in bytes", () => {
    const gpu = makeGpu({ bandwidthGBs: 3.35, memoryGB: 2000 });
    expect(gpuProblems(parsed(makeFiles({ "gpus/gpu-a.json": gpu })))).toHaveLength(2);
  });

  it("flags an Apple entry without its GPU memory share", () => {
    const gpu = makeGpu({ kind: "apple", runtime: "mlx", rentals: [] });
    expect(gpuProblems(parsed(makeFiles({ "gpus/gpu-a.json": gpu })))).toEqual([
      "gpu-a: gpuMemoryShare belongs to Apple unified memory, and every Apple entry needs it",
    ]);
  });

  it("flags a monthly price entered as hourly", () => {
    const gpu = makeGpu({ rentals: [makeRental({ currency: "EUR", pricePerGpuHour: 150 })] });
    expect(gpuProblems(parsed(makeFiles({ "gpus/gpu-a.json": gpu })))).toHaveLength(1);
  });
});
