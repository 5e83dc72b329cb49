import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HOURS_PER_MONTH } from "@/lib/core/assumptions";
import type { Candidate } from "@/lib/core/types";
import { sumLines } from "@/lib/cost/api";
import { electricityPrice, ownCostLines } from "@/lib/cost/self-hosted";
import { BREAK_EVEN_RANGE, breakEven, costCurve } from "@/lib/engine/break-even";
import { buildContext } from "@/lib/engine/context";
import { ownCandidate, ownedMachines } from "@/lib/engine/own";
import { estimateOf, isSized, outputTokensPerMonth, prepared, sizeSetup, type Sized } from "@/lib/engine/sizing";
import { decodeStepSeconds, estimate, fitSetup, maxSequences, prefillSeconds, TIME_CONSTANTS, type Prepared } from "@/lib/physics";
import { CONCURRENCY_DEFAULT } from "@/lib/schema/answers";
import { makeAnswers } from "../../fixtures/answers";
import { makeCatalog, makeGpu, makeModel } from "../../fixtures/catalog";

const catalog = makeCatalog({ gpus: [...makeCatalog().gpus, makeGpu({ id: "a-small", name: "Small", memoryGB: 8, bandwidthGBs: 300, kind: "consumer", runtime: "llama.cpp", interconnect: "pcie", tflops: { bf16: 50 }, watts: 200, rentals: [] })] });
const ctx = buildContext(catalog);
const dense = ctx.modelById.get("dense-8b")!;
const moe = ctx.modelById.get("moe-671b")!;
const closed = ctx.modelById.get("closed-x")!;
const h100 = ctx.gpuById.get("h100-sxm")!.phys!;
const r4090 = ctx.gpuById.get("rtx-4090")!.phys!;
const tps = (p: Prepared, batch: number, context: number) => 1 / decodeStepSeconds(TIME_CONSTANTS, p, batch, context);

describe("prepared", () => {
  it("needs the model's physics and a runtime the GPU runs for the format", () => {
    expect(prepared(closed, h100, 1, "bf16")).toBeUndefined();
    expect(prepared(dense, r4090, 1, "fp8")).toBeUndefined();
    expect(prepared(dense, r4090, 2, "q4_k_m")).toMatchObject({ runtime: "llama.cpp", parallelism: "layer-split", count: 2, format: "q4_k_m", kvDtype: "bf16" });
    expect(prepared(dense, h100, 4, "fp8")).toMatchObject({ runtime: "vllm", parallelism: "tensor", count: 4 });
    expect(prepared(dense, h100, 1, "q4_k_m")).toMatchObject({ runtime: "llama.cpp", parallelism: "single" });
  });
});

describe("sizeSetup", () => {
  const p = prepared(dense, h100, 1, "bf16")!;

  it("reads output tokens as the decode load", () => {
    expect(outputTokensPerMonth({ tokensPerMonth: 300e6, inputShare: 0.75 })).toBe(75e6);
  });

  it("sizes a rented setup: the largest batch at the target speed, replicas for the peak, the busy hours", () => {
    const a = makeAnswers({ concurrentRequests: 500, minContextTokens: 4096, promptTokens: 1000 });
    const s = sizeSetup(p, a, 1000);
    if (!isSized(s)) throw new Error(JSON.stringify(s));
    const target = CONCURRENCY_DEFAULT.tokensPerSecondPerRequest;
    expect(tps(p, s.batch, 4096)).toBeGreaterThanOrEqual(target);
    if (s.batch < maxSequences(p, 4096, 500)) expect(tps(p, s.batch + 1, 4096)).toBeLessThan(target);
    expect(s.replicas).toBe(Math.ceil(500 / s.batch));
    expect(s.perRequest).toBe(tps(p, s.batch, 4096));
    expect(s.busyHours).toBeCloseTo(75e6 / (s.replicas * s.batch * s.perRequest) / 3600, 9);
    expect(s.ttft).toBe(prefillSeconds(TIME_CONSTANTS, p, 1000));
    expect(s).toMatchObject({ quant: "bf16", p, meetsTarget: true });
  });

  it("holds every request on one machine of own hardware at the speed it then has", () => {
    const a = makeAnswers({ concurrentRequests: 8, minContextTokens: 4096 });
    const s = sizeSetup(p, a, 1) as Sized;
    expect(s).toMatchObject({ batch: 8, replicas: 1, perRequest: tps(p, 8, 4096) });
    expect(s.meetsTarget).toBe(tps(p, 8, 4096) >= 20);
  });

  it("says what is missing when the setup does not hold the requests", () => {
    const a = makeAnswers({ concurrentRequests: 10_000, minContextTokens: 131_072 });
    expect(sizeSetup(p, a, 1)).toEqual({ kind: "fit", need: fitSetup(p, 10_000, 131_072).totalBytes });
    const small = prepared(dense, ctx.gpuById.get("a-small")!.phys!, 1, "bf16")!;
    expect(sizeSetup(small, makeAnswers({ concurrentRequests: 2, minContextTokens: 0 }), 1000)).toEqual({ kind: "fit", need: fitSetup(small, 2, 1).totalBytes });
  });

  it("refuses a setup slower than the floor, at one request or at the load", () => {
    const single = tps(p, 1, 8192);
    expect(sizeSetup(p, makeAnswers({ concurrentRequests: 4, minTokensPerSecond: single + 1 }), 1000)).toEqual({ kind: "speed", tps: single });
    const atLoad = tps(p, 16, 8192);
    const floor = (atLoad + single) / 2;
    expect(sizeSetup(p, makeAnswers({ concurrentRequests: 16, minTokensPerSecond: floor }), 1)).toEqual({ kind: "speed", tps: atLoad });
    const rented = sizeSetup(p, makeAnswers({ concurrentRequests: 16, minTokensPerSecond: floor }), 1000) as Sized;
    expect(rented.perRequest).toBeGreaterThanOrEqual(floor);
    expect(rented.meetsTarget).toBe(true);
  });

  it("keeps a rented setup that misses the default pace at one request per replica, marked slow", () => {
    const big = prepared(moe, r4090, 8, "q4_k_m");
    const q = big ?? prepared(dense, ctx.gpuById.get("a-small")!.phys!, 1, "q4_k_m")!;
    const single = tps(q, 1, 8192);
    if (single >= 20) return;
    const s = sizeSetup(q, makeAnswers({ concurrentRequests: 3 }), 1000) as Sized;
    expect(s).toMatchObject({ batch: 1, replicas: 3, meetsTarget: false, perRequest: single });
  });

  it("refuses a first token slower than asked", () => {
    const ttft = prefillSeconds(TIME_CONSTANTS, p, 8192)!;
    expect(sizeSetup(p, makeAnswers({ concurrentRequests: 1, maxTimeToFirstTokenSeconds: ttft / 2 }), 1000)).toEqual({ kind: "ttft", ttft });
    expect(isSized(sizeSetup(p, makeAnswers({ concurrentRequests: 1, maxTimeToFirstTokenSeconds: ttft }), 1000))).toBe(true);
  });

  it("adds replicas when a month is not long enough, and gives up on own hardware", () => {
    const a = makeAnswers({ concurrentRequests: 1, tokensPerMonth: 1e12, inputShare: 0 });
    expect(sizeSetup(p, a, 1)).toEqual({ kind: "speed", tps: tps(p, 1, 8192) });
    const s = sizeSetup(p, a, 1e6) as Sized;
    expect(s.replicas).toBeGreaterThan(1);
    expect(s.busyHours).toBeLessThanOrEqual(HOURS_PER_MONTH + 1e-9);
    expect(s.busyHours).toBeCloseTo(1e12 / (s.replicas * s.batch * s.perRequest) / 3600, 6);
    expect(sizeSetup(p, a, 2)).toEqual({ kind: "fit", need: 0 });
  });

  it("serves the peak with enough replicas at the target pace, within a month (property)", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 256, max: 65_536 }), fc.double({ min: 1e6, max: 1e11, noNaN: true }), (conc, context, tokens) => {
      const a = makeAnswers({ concurrentRequests: conc, minContextTokens: context, tokensPerMonth: tokens });
      const s = sizeSetup(p, a, 100_000);
      if (!isSized(s)) return;
      expect(s.batch * s.replicas).toBeGreaterThanOrEqual(conc);
      expect(s.busyHours).toBeLessThanOrEqual(HOURS_PER_MONTH + 1e-6);
      if (s.meetsTarget) expect(s.perRequest).toBeGreaterThanOrEqual(20);
    }), { numRuns: 40 });
  });

  it("gives the estimate of the setup chosen", () => {
    const a = makeAnswers({ concurrentRequests: 8, minContextTokens: 0, promptTokens: 500 });
    const s = sizeSetup(p, a, 1000) as Sized;
    expect(estimateOf(s, a)).toEqual(estimate({ model: p.model, gpu: p.gpu, count: 1, quant: "bf16", runtime: "vllm", context: 1, concurrency: s.batch, promptTokens: 500 }));
  });
});

describe("own hardware", () => {
  it("keeps the user's machines the catalog can time, one per row", () => {
    const a = makeAnswers({ hosting: ["own-hardware"], hardware: [{ gpu: "rtx-4090", count: 2 }, { gpu: "unknown", count: 1 }, { gpu: "h100-sxm", count: 1 }] });
    expect(ownedMachines(a, ctx).map((m) => [m.entry.gpu.id, m.count])).toEqual([["rtx-4090", 2], ["h100-sxm", 1]]);
  });

  it("picks the highest precision that fits, on the fastest machine that holds it", () => {
    const a = makeAnswers({ hosting: ["own-hardware"], concurrentRequests: 2, hardware: [{ gpu: "rtx-4090", count: 1 }, { gpu: "h100-sxm", count: 1 }] });
    const c = ownCandidate(dense, ownedMachines(a, ctx), a, ctx);
    expect(c.problems).toEqual([]);
    expect(c.id).toBe("own:dense-8b:bf16");
    expect(c.regions).toEqual(["on-prem"]);
    expect(c.self).toMatchObject({ gpu: { id: "h100-sxm" }, count: 1, quant: "bf16", runtime: "vllm", replicas: 1, concurrency: 2, serverless: false, tried: [] });
    expect(c.tokensPerSecond).toBe(c.self?.estimate.decodeTokensPerSecond.value);
    expect(c.self?.decode).toBe(c.self?.estimate.decodeTokensPerSecond);
    expect(c.ttftSeconds).toBeDefined();
    expect(c.self?.ttft).toBe(c.self?.estimate.timeToFirstTokenSeconds);
    const gpu = ctx.gpuById.get("h100-sxm")!.gpu;
    expect(c.costUsd).toBe(sumLines(ownCostLines(gpu, 1, c.self!.busyHours, a, electricityPrice(a, catalog))));
  });

  it("steps down in precision, listing what the higher ones needed", () => {
    const a = makeAnswers({ hosting: ["own-hardware"], concurrentRequests: 1, hardware: [{ gpu: "a-small", count: 1 }] });
    const c = ownCandidate(dense, ownedMachines(a, ctx), a, ctx);
    expect(c.id).toBe("own:dense-8b:q4_k_m");
    const small = ctx.gpuById.get("a-small")!.phys!;
    expect(c.self?.tried).toEqual((["bf16", "q8_0"] as const).map((quant) => ({ quant, need: fitSetup(prepared(dense, small, 1, quant)!, 1, 8192).totalBytes })));
  });

  it("says why nothing fits: the model's data, the memory, the speed or the first token", () => {
    const small = [{ gpu: "a-small", count: 1 }];
    const a = makeAnswers({ hosting: ["own-hardware"], concurrentRequests: 1, hardware: small });
    const m = ownedMachines(a, ctx);
    expect(ownCandidate(closed, m, a, ctx).problems).toEqual([{ code: "missing-data", params: { model: "Closed X" } }]);
    const big = ownCandidate(moe, m, a, ctx);
    expect(big.id).toBe("own:moe-671b");
    expect(big.problems[0]).toMatchObject({ code: "hardware-fit", params: { model: "MoE 671B", have: "1 x Small", concurrency: 1, context: 8192 } });
    const p = prepared(moe, ctx.gpuById.get("a-small")!.phys!, 1, "q4_k_m")!;
    expect((big.problems[0]?.params as { need: number }).need).toBe(fitSetup(p, 1, 8192).totalBytes);
    const none = ownCandidate(dense, [], a, ctx);
    expect(none.problems[0]).toMatchObject({ code: "hardware-fit", params: { need: 0, have: "" } });
    const fast = makeAnswers({ hosting: ["own-hardware"], concurrentRequests: 1, hardware: [{ gpu: "rtx-4090", count: 1 }], minTokensPerSecond: 10_000 });
    const slow = ownCandidate(dense, ownedMachines(fast, ctx), fast, ctx);
    expect(slow.problems[0]).toMatchObject({ code: "speed", params: { model: "Dense 8B", need: 10_000 } });
    const best = Math.max(...(["bf16", "q8_0", "q4_k_m"] as const).map((q) => tps(prepared(dense, r4090, 1, q)!, 1, 8192)));
    expect((slow.problems[0]?.params as { tps: number }).tps).toBe(best);
    const quick = makeAnswers({ hosting: ["own-hardware"], concurrentRequests: 1, hardware: [{ gpu: "rtx-4090", count: 1 }], maxTimeToFirstTokenSeconds: 1e-6 });
    const late = ownCandidate(dense, ownedMachines(quick, ctx), quick, ctx);
    expect(late.problems[0]).toMatchObject({ code: "ttft", params: { model: "Dense 8B", max: 1e-6 } });
    const ttfts = (["bf16", "q8_0", "q4_k_m"] as const).map((q) => prefillSeconds(TIME_CONSTANTS, prepared(dense, r4090, 1, q)!, 8192)!);
    expect((late.problems[0]?.params as { ttft: number }).ttft).toBe(Math.min(...ttfts));
  });
});

describe("break-even", () => {
  const answers = makeAnswers({ regions: ["any"], hosting: ["api", "cloud-gpu", "own-hardware"], hardware: [{ gpu: "rtx-4090", count: 1 }] });
  const api = { id: "api", kind: "api", facts: dense, offering: ctx.offerings.find((o) => o.id === "prov-eu/dense-8b")!, problems: [], regions: ["eu"] } as unknown as Candidate;

  it("prices an API by volume, and nothing without an offering", () => {
    const f = costCurve(api, answers, ctx);
    expect(f(1e6)).toBeCloseTo(0.75 * 0.2 + 0.25 * 0.6, 2);
    expect(f(1e9)).toBeCloseTo(750 * 0.2 + 250 * 0.6, 2);
    expect(costCurve({ ...api, offering: undefined }, answers, ctx)(1e6)).toBe(Infinity);
  });

  it("prices own hardware by the electricity of its busy hours, a setup it cannot serve as Infinity", () => {
    const own = ownCandidate(dense, ownedMachines(answers, ctx), answers, ctx);
    const f = costCurve(own, answers, ctx);
    expect(f(answers.tokensPerMonth)).toBeCloseTo(own.costUsd, 2);
    expect(f(1e6)).toBeLessThan(f(1e9));
    expect(costCurve({ ...own, self: undefined }, answers, ctx)(1e6)).toBe(Infinity);
    expect(f(1e15)).toBe(Infinity);
  });

  it("finds the volume where own hardware, bought, and an API cost the same", () => {
    const tco = makeAnswers({ regions: ["any"], hosting: ["api", "own-hardware"], hardware: [{ gpu: "h100-sxm", count: 1 }], ownHardwareCost: "tco", gpuPriceUsd: 2000 });
    const own = ownCandidate(dense, ownedMachines(tco, ctx), tco, ctx);
    const dear = { ...api, offering: ctx.offerings.find((o) => o.id === "prov-us/closed-x")! } as Candidate;
    const t = breakEven(own, dear, tco, ctx);
    if (t === undefined) throw new Error("no break-even");
    expect(t).toBeGreaterThanOrEqual(BREAK_EVEN_RANGE.min);
    expect(t).toBeLessThanOrEqual(BREAK_EVEN_RANGE.max);
    const s = costCurve(own, tco, ctx);
    const p = costCurve(dear, tco, ctx);
    expect(s(t / 1.1)).toBeGreaterThan(p(t / 1.1));
    expect(s(t * 1.1)).toBeLessThan(p(t * 1.1));
    expect(Math.abs(s(t) - p(t)) / p(t)).toBeLessThan(0.01);
    expect(breakEven(dear, dear, tco, ctx)).toBeUndefined();
  });

  it("prices a rented GPU by the month, or by the busy hours where billed per second", () => {
    const rent = { id: "cloud", kind: "cloud-gpu", facts: dense, problems: [], regions: ["eu"], self: { gpu: ctx.gpuById.get("h100-sxm")!.gpu, count: 1, quant: "bf16", serverless: false, rental: { usdPerGpuHour: 2.5 } } } as unknown as Candidate;
    expect(costCurve(rent, answers, ctx)(1e6)).toBe(2.5 * HOURS_PER_MONTH);
    const perSecond = { ...rent, self: { ...rent.self!, serverless: true } } as Candidate;
    const low = costCurve(perSecond, answers, ctx)(1e6);
    expect(low).toBeLessThan(2.5 * HOURS_PER_MONTH);
    expect(low).toBeGreaterThan(0);
    expect(costCurve({ ...rent, self: { ...rent.self!, rental: undefined } } as Candidate, answers, ctx)(1e6)).toBe(Infinity);
  });
});

describe("the engine context", () => {
  it("indexes the catalog once, sorted by id, with aliases and physics", () => {
    const cat = makeCatalog({ models: [makeModel({ id: "zz", aliases: ["old-zz"] }), ...makeCatalog().models] });
    const c = buildContext(cat);
    expect(buildContext(cat)).toBe(c);
    expect(c.models.map((m) => m.model.id)).toEqual(["closed-x", "dense-8b", "moe-671b", "zz"]);
    expect(c.models.map((m) => m.index)).toEqual([0, 1, 2, 3]);
    expect(c.aliases.get("old-zz")).toBe("zz");
    expect(c.modelById.get("closed-x")).toMatchObject({ selfHostable: false, vision: true, unverified: 0 });
    expect("phys" in c.modelById.get("closed-x")!).toBe(false);
    expect(c.modelById.get("dense-8b")).toMatchObject({ selfHostable: true, vision: false });
    expect(c.offerings.map((o) => o.id)).toEqual(["prov-cn/moe-671b", "prov-eu/dense-8b", "prov-us/closed-x"]);
    expect(c.offeringsByModel.get("dense-8b")?.map((o) => o.id)).toEqual(["prov-eu/dense-8b"]);
    expect(c.gpus.map((g) => g.gpu.id)).toEqual(["h100-sxm", "rtx-4090"]);
    expect(c.providerById.get("prov-cn")?.name).toBe("Provider CN");
    expect(c.cloudById.get("market")?.marketplace).toBe(true);
    const noBw = buildContext(makeCatalog({ gpus: [makeGpu({ bandwidthGBs: undefined })] }));
    expect("phys" in noBw.gpus[0]!).toBe(false);
    const closedOpen = buildContext(makeCatalog({ models: [makeModel({ openWeights: false })] }));
    expect(closedOpen.models[0]?.selfHostable).toBe(false);
  });
});
