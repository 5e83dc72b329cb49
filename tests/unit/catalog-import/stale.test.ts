import { describe, expect, it } from "vitest";
import { cutoff, staleFigures } from "../../../scripts/catalog/stale-figures";

const files = (asOf: string) => [
  { path: "providers/acme.json", data: { offerings: [{ model: "m", endpoint: "eu", asOf }] } },
  { path: "gpus/h100.json", data: { rentals: [{ cloud: "c", kind: "on-demand", region: "eu", asOf }] } },
  { path: "models/m.json", data: { name: "M", sources: [{ asOf: "2020-01-01" }, { asOf }] } },
];

describe("catalog:stale", () => {
  it("counts back N days from today", () => {
    expect(cutoff("2026-12-02", 90)).toBe("2026-09-03");
    expect(cutoff("2026-03-01", 1)).toBe("2026-02-28");
  });

  it.each([
    { asOf: "2026-09-02", stale: 3, case: "a day older than the cut-off" },
    { asOf: "2026-09-03", stale: 0, case: "exactly at the cut-off" },
    { asOf: "2026-09-04", stale: 0, case: "a day newer" },
  ])("lists prices, rentals and model facts $case: $stale", ({ asOf, stale }) => {
    expect(staleFigures(files(asOf), "2026-12-02", 90)).toHaveLength(stale);
  });

  it("dates a model's facts by its newest source and names what is stale", () => {
    const got = staleFigures(files("2026-07-02"), "2026-12-02", 90);
    expect(got.map((s) => [s.kind, s.file, s.what])).toEqual([
      ["rental", "gpus/h100.json", "c on-demand (eu)"],
      ["model facts", "models/m.json", "M"],
      ["offering price", "providers/acme.json", "m@eu"],
    ]);
  });
});
