import { describe, expect, it } from "vitest";
import { HOURS_PER_MONTH } from "@/lib/core/assumptions";
import { cents } from "@/lib/cost/api";
import { apiKey, buildParts, cloudKey, ownKey } from "@/lib/engine/candidates";
import { buildContext } from "@/lib/engine/context";
import { rentableGpus, rentedCandidate } from "@/lib/engine/rented";
import type { Catalog, Gpu } from "@/lib/schema/catalog";
import { makeAnswers } from "../../fixtures/answers";
import { cite, makeCatalog, makeCloud, makeGpu } from "../../fixtures/catalog";

const day = { today: "2026-11-20" };
type Rental = Gpu["rentals"][number];
const rental = (o: Partial<Rental>): Rental => ({ cloud: "cloud-eu", region: "eu", pricePerGpuHour: 2, currency: "USD", kind: "on-demand", billing: "hour", minGpus: 1, ...cite, ...o }) as Rental;
const fx = { EUR: { usdPer: 1.1, ...cite } } as Catalog["fx"];
const withRentals = (rentals: Rental[], extra: Partial<Catalog> = {}) =>
  makeCatalog({ gpus: [makeGpu({ rentals })], clouds: [makeCloud(), makeCloud({ id: "cloud-us", name: "Cloud US", operator: { name: "Cloud US Inc", country: "US", ...cite } }), makeCloud({ id: "market", name: "Market", marketplace: true })], fx, ...extra });
const rentables = (c: Catalog, a = makeAnswers()) => rentableGpus(a, buildContext(c));

describe("rentableGpus", () => {
  it("keeps the cheapest on-demand and serverless rows in an allowed region, in USD", () => {
    const c = withRentals([rental({ pricePerGpuHour: 3 }), rental({ pricePerGpuHour: 2, currency: "EUR" }), rental({ pricePerGpuHour: 1, region: "us" }), rental({ kind: "serverless", pricePerGpuHour: 4 }), rental({ kind: "serverless", pricePerGpuHour: 5 }), rental({ kind: "spot", pricePerGpuHour: 0.1 })]);
    const { rentable, marketplaceOnly } = rentables(c);
    expect(marketplaceOnly).toBe(false);
    expect(rentable).toHaveLength(1);
    const [r] = rentable;
    expect(r?.onDemand).toMatchObject({ index: 1, usdPerGpuHour: 2.2, marketplace: false });
    expect(r?.onDemand?.cloud.id).toBe("cloud-eu");
    expect(r?.serverless).toMatchObject({ index: 3, usdPerGpuHour: 4 });
    const us = rentables(c, makeAnswers({ regions: ["us"] })).rentable[0];
    expect(us?.onDemand).toMatchObject({ index: 2, usdPerGpuHour: 1 });
    expect(us && "serverless" in us).toBe(false);
  });
  it("breaks a price tie by cloud id, and skips a row without a rate or a cloud", () => {
    const c = withRentals([rental({ cloud: "cloud-us", pricePerGpuHour: 2 }), rental({ cloud: "cloud-eu", pricePerGpuHour: 2 }), rental({ cloud: "nowhere", pricePerGpuHour: 0.5 }), rental({ currency: "CNY", pricePerGpuHour: 0.5 })]);
    expect(rentables(c).rentable[0]?.onDemand?.cloud.id).toBe("cloud-eu");
    const rev = withRentals([rental({ cloud: "cloud-eu", pricePerGpuHour: 2 }), rental({ cloud: "cloud-us", pricePerGpuHour: 2 })]);
    expect(rentables(rev).rentable[0]?.onDemand?.cloud.id).toBe("cloud-eu");
    expect(rentables(withRentals([rental({ currency: "EUR" })], { fx: undefined })).rentable).toEqual([]);
  });
  it("counts a marketplace row or a row without a region only when any region is allowed", () => {
    const c = withRentals([rental({ cloud: "market", region: undefined, pricePerGpuHour: 0.5 }), rental({ cloud: "cloud-eu", marketplace: true, pricePerGpuHour: 0.6 })]);
    expect(rentables(c)).toEqual({ rentable: [], marketplaceOnly: true });
    const any = rentables(c, makeAnswers({ regions: ["any"] })).rentable[0];
    expect(any?.onDemand).toMatchObject({ usdPerGpuHour: 0.5, marketplace: true });
    expect(rentables(withRentals([rental({ cloud: "cloud-eu", region: undefined })]))).toEqual({ rentable: [], marketplaceOnly: false });
    const mixed = withRentals([rental({ cloud: "market", region: undefined }), rental({ pricePerGpuHour: 9 })]);
    expect(rentables(mixed).marketplaceOnly).toBe(false);
    expect(rentables(mixed).rentable[0]?.onDemand?.usdPerGpuHour).toBe(9);
  });
  it("leaves out a cloud whose operator's country is excluded, and a GPU the physics cannot time", () => {
    const c = withRentals([rental({ cloud: "cloud-us", region: "us" })]);
    expect(rentables(c, makeAnswers({ regions: ["us"] })).rentable).toHaveLength(1);
    expect(rentables(c, makeAnswers({ regions: ["us"], excludedOperatorCountries: ["US"] })).rentable).toEqual([]);
    expect(rentables(makeCatalog({ gpus: [makeGpu({ bandwidthGBs: undefined })] })).rentable).toEqual([]);
  });
});

describe("rentedCandidate", () => {
  const a = makeAnswers({ concurrentRequests: 4 });

  it("rents the cheapest setup that serves the answers, always on", () => {
    const ctx = buildContext(withRentals([rental({ pricePerGpuHour: 2 })]));
    const { rentable, marketplaceOnly } = rentableGpus(a, ctx);
    const c = rentedCandidate(ctx.modelById.get("dense-8b")!, a, rentable, marketplaceOnly);
    expect(c.problems).toEqual([]);
    expect(c.id).toBe(`cloud:dense-8b:h100-sxmx${c.self?.count}:${c.self?.quant}`);
    expect(c.regions).toEqual(["eu"]);
    expect(c.operatorCountry).toBe("DE");
    expect(c.operatorName).toBe("Cloud EU GmbH");
    expect(c.self).toMatchObject({ count: 1, quant: "bf16", runtime: "vllm", serverless: false, tried: [] });
    expect(c.costUsd).toBe(cents(2 * c.self!.count * c.self!.replicas * HOURS_PER_MONTH));
    expect(c.tokensPerSecond).toBeGreaterThan(20);
    expect(c.ttftSeconds).toBeDefined();
    expect(c.self?.decode).toBe(c.self?.estimate.decodeTokensPerSecond);
  });
  it("prefers a setup that reaches the target pace, then the cheaper, whatever the GPUs' order", () => {
    const pricey = makeGpu({ id: "a-pricey", name: "Pricey", rentals: [rental({ pricePerGpuHour: 10 })] });
    const slowCheap = makeGpu({ id: "a-slow", name: "Slow", memoryGB: 48, bandwidthGBs: 10, tflops: { bf16: 50 }, rentals: [rental({ pricePerGpuHour: 0.1 })] });
    const one = (gpus: Gpu[]) => {
      const ctx = buildContext(makeCatalog({ gpus, clouds: [makeCloud()] }));
      const b = makeAnswers({ concurrentRequests: 1, tokensPerMonth: 1e6 });
      return rentedCandidate(ctx.modelById.get("dense-8b")!, b, rentableGpus(b, ctx).rentable, false);
    };
    expect(one([pricey, makeGpu({ rentals: [rental({ pricePerGpuHour: 2 })] })]).self?.gpu.id).toBe("h100-sxm");
    const fastOverCheap = one([slowCheap, makeGpu({ rentals: [rental({ pricePerGpuHour: 2 })] })]);
    expect(fastOverCheap.self?.gpu.id).toBe("h100-sxm");
    expect(fastOverCheap.costUsd).toBe(cents(2 * HOURS_PER_MONTH));
    // Alone, the slow GPU is kept and ranked on its speed.
    const slow = one([slowCheap]);
    expect(slow.self?.gpu.id).toBe("a-slow");
    expect(slow.tokensPerSecond).toBeLessThan(20);
  });
  it("bills per second where a serverless row is cheaper for a fleet busy under a quarter of the month", () => {
    const ctx = buildContext(withRentals([rental({ pricePerGpuHour: 2 }), rental({ kind: "serverless", pricePerGpuHour: 6 })]));
    const low = makeAnswers({ concurrentRequests: 1, tokensPerMonth: 1e6 });
    const { rentable } = rentableGpus(low, ctx);
    const c = rentedCandidate(ctx.modelById.get("dense-8b")!, low, rentable, false);
    expect(c.self?.serverless).toBe(true);
    expect(c.self?.rental?.rental.kind).toBe("serverless");
    expect(c.costUsd).toBe(cents(6 * c.self!.count * c.self!.replicas * c.self!.busyHours));
    const only = buildContext(withRentals([rental({ kind: "serverless", pricePerGpuHour: 6 })]));
    const heavy = makeAnswers({ concurrentRequests: 1, tokensPerMonth: 3e10, inputShare: 0 });
    const none = rentedCandidate(only.modelById.get("dense-8b")!, heavy, rentableGpus(heavy, only).rentable, false);
    expect(none.problems[0]?.code).toBe("no-gpu-fit");
  });
  it("needs more GPUs for a model whose weights exceed one, in the GPU counts a row allows", () => {
    const ctx = buildContext(withRentals([rental({ pricePerGpuHour: 2, minGpus: 8 })]));
    const { rentable } = rentableGpus(a, ctx);
    const c = rentedCandidate(ctx.modelById.get("dense-8b")!, a, rentable, false);
    expect(c.self?.count).toBe(8);
    const moe = rentedCandidate(buildContext(withRentals([rental({})])).modelById.get("moe-671b")!, a, rentableGpus(a, buildContext(withRentals([rental({})]))).rentable, false);
    expect(moe.self?.count).toBeGreaterThanOrEqual(8);
  });
  it("says why there is nothing to rent", () => {
    const ctx = buildContext(withRentals([rental({})]));
    const facts = ctx.modelById.get("dense-8b")!;
    expect(rentedCandidate(ctx.modelById.get("closed-x")!, a, [], false).problems).toEqual([{ code: "missing-data", params: { model: "Closed X" } }]);
    expect(rentedCandidate(facts, a, [], true).problems).toEqual([{ code: "marketplace", params: { cloud: "", allowed: ["eu"] } }]);
    const none = rentedCandidate(facts, a, [], false);
    expect(none.problems).toEqual([{ code: "no-rental", params: { allowed: ["eu"], gpus: 0 } }]);
    expect(none).toMatchObject({ id: "cloud:dense-8b", kind: "cloud-gpu", regions: [] });
    const fast = makeAnswers({ concurrentRequests: 1, minTokensPerSecond: 10_000 });
    const slow = rentedCandidate(facts, fast, rentableGpus(fast, ctx).rentable, false);
    expect(slow.problems[0]).toMatchObject({ code: "speed", params: { model: "Dense 8B", need: 10_000 } });
    expect((slow.problems[0]?.params as { tps: number }).tps).toBeGreaterThan(50);
    const quick = makeAnswers({ concurrentRequests: 1, maxTimeToFirstTokenSeconds: 1e-3 });
    const late = rentedCandidate(facts, quick, rentableGpus(quick, ctx).rentable, false);
    expect(late.problems[0]).toMatchObject({ code: "ttft", params: { model: "Dense 8B", max: 1e-3 } });
    expect((late.problems[0]?.params as { ttft: number }).ttft).toBeGreaterThan(0);
    const huge = makeAnswers({ concurrentRequests: 100_000, minContextTokens: 131_072 });
    const big = rentedCandidate(facts, huge, rentableGpus(huge, ctx).rentable, false);
    expect(big.problems[0]).toMatchObject({ code: "no-gpu-fit", params: { model: "Dense 8B", concurrency: 100_000, context: 131_072 } });
    // Replicas past the most a setup may have: no memory figure to give.
    expect((big.problems[0]?.params as { need: number }).need).toBe(0);
    const tiny = buildContext(makeCatalog({ gpus: [makeGpu({ memoryGB: 8, rentals: [rental({})] })], clouds: [makeCloud()] }));
    const moe = rentedCandidate(tiny.modelById.get("moe-671b")!, a, rentableGpus(a, tiny).rentable, false);
    expect(moe.problems[0]).toMatchObject({ code: "no-gpu-fit", params: { model: "MoE 671B" } });
    // The smallest weights tried: INT4 at 4.25 bits, well over 16 x 8 GB.
    const need = (moe.problems[0]?.params as { need: number }).need;
    expect(need).toBeGreaterThan(300e9);
    expect(need).toBeLessThan(400e9);
  });
});

describe("buildParts", () => {
  const ctx = buildContext(makeCatalog());

  it("builds each way of running allowed, stand-ins for the rest, own hardware only with hardware", () => {
    const p = buildParts(makeAnswers({ hosting: ["api"] }), ctx, day);
    expect(p.api.map((c) => c.id)).toEqual(["api:prov-cn/moe-671b", "api:prov-eu/dense-8b", "api:prov-us/closed-x"]);
    expect(p.cloud.map((c) => [c.id, c.stub, c.regions])).toEqual([["cloud:dense-8b", true, []], ["cloud:moe-671b", true, []]]);
    expect(p.own).toEqual([]);
    const own = buildParts(makeAnswers({ hosting: ["own-hardware"], hardware: [{ gpu: "rtx-4090", count: 1 }] }), ctx, day);
    expect(own.api.map((c) => [c.id, c.stub])).toEqual([["api:closed-x", true], ["api:dense-8b", true], ["api:moe-671b", true]]);
    expect(own.own.map((c) => c.id)).toEqual(["own:dense-8b:q4_k_m", "own:moe-671b"]);
    expect(own.own[1]?.problems[0]?.code).toBe("hardware-fit");
    const notAllowed = buildParts(makeAnswers({ hosting: ["api"], hardware: [{ gpu: "rtx-4090", count: 1 }] }), ctx, day);
    expect(notAllowed.own.map((c) => [c.id, c.stub, c.regions])).toEqual([["own:dense-8b", true, ["on-prem"]], ["own:moe-671b", true, ["on-prem"]]]);
  });
  it("does not search GPUs for a model a model rule excludes, and marks open models without physics", () => {
    const p = buildParts(makeAnswers({ excludedOrigins: ["CN"] }), ctx, day);
    expect(p.cloud.find((c) => c.id.startsWith("cloud:moe"))?.stub).toBe(true);
    expect(p.cloud.find((c) => c.id.startsWith("cloud:dense"))?.stub).toBeUndefined();
    const noPhys = buildContext(makeCatalog({ models: [...makeCatalog().models.filter((m) => m.id !== "dense-8b"), { ...makeCatalog().models[0]!, params: undefined }] }));
    const q = buildParts(makeAnswers(), noPhys, day);
    const d = q.cloud.find((c) => c.id === "cloud:dense-8b");
    expect(d?.stub).toBe(true);
    expect(d?.problems).toEqual([{ code: "missing-data", params: { model: "Dense 8B" } }]);
    const api = buildParts(makeAnswers({ hosting: ["cloud-gpu"] }), noPhys, day).api;
    expect(api.every((c) => c.stub && c.problems.length === 0)).toBe(true);
  });
  it("reuses a part built for the same answers it reads", () => {
    const a = makeAnswers();
    const p = buildParts(a, ctx, day);
    const q = buildParts({ ...a, budgetUsdPerMonth: 5, weights: { cost: 3 } }, ctx, day);
    expect(q.api).toBe(p.api);
    expect(q.cloud).toBe(p.cloud);
    expect(buildParts({ ...a, tokensPerMonth: 1e6 }, ctx, day).api).not.toBe(p.api);
  });
  it("keys each part by every answer it reads", () => {
    const a = makeAnswers({ hardware: [{ gpu: "rtx-4090", count: 1 }] });
    const changes: Partial<typeof a>[] = [
      { hosting: ["api"] }, { openWeightsOnly: true }, { commercialUse: false }, { minContextTokens: 1 }, { tasks: { vision: 1 } }, { excludedOrigins: ["CN"] },
      { regions: ["us"] }, { excludedOperatorCountries: ["US"] }, { concurrentRequests: 9 }, { promptTokens: 9 }, { minTokensPerSecond: 9 }, { maxTimeToFirstTokenSeconds: 9 }, { tokensPerMonth: 9 },
    ];
    for (const ch of changes) expect(cloudKey({ ...a, ...ch }), JSON.stringify(ch)).not.toBe(cloudKey(a));
    const ownChanges: Partial<typeof a>[] = [
      { hosting: ["api", "cloud-gpu", "own-hardware"] }, { openWeightsOnly: true }, { hardware: [{ gpu: "rtx-4090", count: 2 }] }, { hardware: [{ gpu: "h100-sxm", count: 1 }] }, { concurrentRequests: 9 }, { promptTokens: 9 }, { minTokensPerSecond: 9 }, { maxTimeToFirstTokenSeconds: 9 }, { inputShare: 0.5 },
      { ownHardwareCost: "tco" }, { gpuPriceUsd: 9 }, { amortizationMonths: 9 }, { opsHoursPerMonth: 9 }, { opsUsdPerHour: 9 }, { electricityUsdPerKwh: 9 }, { regions: ["us"] },
    ];
    for (const ch of ownChanges) expect(ownKey({ ...a, ...ch }), JSON.stringify(ch)).not.toBe(ownKey(a));
    const apiChanges: Partial<typeof a>[] = [{ hosting: ["cloud-gpu"] }, { tokensPerMonth: 9 }, { inputShare: 0.5 }, { cachedInputShare: 0.5 }, { batchShare: 0.5 }, { promptTokens: 9 }, { reasoningTokensPerOutputToken: 3 }];
    for (const ch of apiChanges) expect(apiKey({ ...a, ...ch }), JSON.stringify(ch)).not.toBe(apiKey(a));
    expect(apiKey({ ...a, regions: ["us"], budgetUsdPerMonth: 1 })).toBe(apiKey(a));
  });
  it("keeps 64 parts per way of running, the most recently used", () => {
    const fresh = buildContext(makeCatalog());
    const a = makeAnswers({ hosting: ["api"] });
    const first = buildParts(a, fresh, day).api;
    for (let i = 1; i <= 63; i++) buildParts({ ...a, tokensPerMonth: i * 1000 }, fresh, day);
    expect(buildParts(a, fresh, day).api).toBe(first);
    for (let i = 64; i <= 127; i++) buildParts({ ...a, tokensPerMonth: i * 1000 }, fresh, day);
    expect(buildParts(a, fresh, day).api).not.toBe(first);
  });
});
