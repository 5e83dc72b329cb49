import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeStepSeconds, fitSetup, parallelismFor, physGpu, physModel, prepare, TIME_CONSTANTS, touchedExperts } from "@/lib/physics";
import { makeGpu, makeModel } from "../../fixtures/catalog";

const dense = physModel(makeModel())!;
const moe = physModel(makeModel({ id: "moe", params: { totalB: 30.5, activeB: 3.3, source: "https://example.org/t", asOf: "2026-01-01" }, architecture: { layers: 48, attention: "gqa", kvHeads: 4, headDim: 128, experts: 128, expertsPerToken: 8, hiddenSize: 2048, vocabSize: 151_936, source: "https://example.org/t", asOf: "2026-01-01" } }))!;
const h100 = physGpu(makeGpu())!;
const r4090 = physGpu(makeGpu({ id: "rtx-4090", kind: "consumer", memoryGB: 24, bandwidthGBs: 1008, runtime: "llama.cpp", interconnect: "pcie", tflops: { bf16: 165 } }))!;
const setup = (m = dense, g = h100, count = 1, format = "bf16" as const, runtime = g.runtime) =>
  prepare({ model: m, format, runtime, gpu: g, count, parallelism: parallelismFor(runtime, g, count), kvDtype: "bf16" })!;
const tps = (p: ReturnType<typeof setup>, batch: number, ctx: number) => 1 / decodeStepSeconds(TIME_CONSTANTS, p, batch, ctx);

describe("the per-token time model", () => {
  it("never gives one request of a layer split more speed than one GPU of the set", () => {
    fc.assert(
      fc.property(fc.constantFrom(2, 3, 4, 8), fc.integer({ min: 1, max: 32_768 }), (n, ctx) => {
        expect(tps(setup(dense, r4090, n, "q4_k_m" as never, "llama.cpp"), 1, ctx)).toBeLessThanOrEqual(tps(setup(dense, r4090, 1, "q4_k_m" as never, "llama.cpp"), 1, ctx) + 1e-9);
      }),
    );
  });

  it("never raises per-request speed with more concurrency, and raises aggregate throughput", () => {
    fc.assert(
      fc.property(fc.constantFrom(dense, moe), fc.integer({ min: 1, max: 256 }), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 16, max: 32_768 }), (m, b, extra, ctx) => {
        const p = setup(m);
        expect(tps(p, b + extra, ctx)).toBeLessThanOrEqual(tps(p, b, ctx) + 1e-9);
        if (b < 8) expect(tps(p, b + extra, ctx) * (b + extra)).toBeGreaterThan(tps(p, b, ctx) * b);
      }),
    );
  });

  it("keeps a MoE at or below the speed its active bytes allow at peak bandwidth", () => {
    const p = setup(moe);
    const activeBytes = moe.activeParams * 2 - p.weights.embed * 0;
    expect(tps(p, 1, 1)).toBeLessThanOrEqual(h100.bandwidth / (activeBytes - moe.embedParams * 2));
  });

  it("touches more of a MoE's experts as the batch grows, all of them in the limit", () => {
    expect(touchedExperts(moe, 1)).toBeCloseTo(8 / 128, 12);
    expect(touchedExperts(moe, 16)).toBeGreaterThan(touchedExperts(moe, 4));
    expect(touchedExperts(moe, 10_000)).toBeCloseTo(1, 6);
  });

  it("fits monotonically: more sequences or more context never fit where fewer did not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 131_072 }), (s, more, ctx) => {
        const p = setup(dense, r4090, 1, "q4_k_m" as never, "llama.cpp");
        if (!fitSetup(p, s, ctx).fits) {
          expect(fitSetup(p, s + more, ctx).fits).toBe(false);
          expect(fitSetup(p, s, ctx + more * 1000).fits).toBe(false);
        }
      }),
    );
  });
});
