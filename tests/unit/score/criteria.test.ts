import { describe, expect, it } from "vitest";
import { confidence } from "@/lib/score/criteria/confidence";
import { context } from "@/lib/score/criteria/context";
import { control } from "@/lib/score/criteria/control";
import { cost } from "@/lib/score/criteria/cost";
import { effort } from "@/lib/score/criteria/effort";
import { quality, UNKNOWN_TASK_QUALITY } from "@/lib/score/criteria/quality";
import { sensitivity } from "@/lib/score/criteria/sensitivity";
import { speed } from "@/lib/score/criteria/speed";
import { makeAnswers } from "../../fixtures/answers";
import { makeCandidate } from "../../fixtures/candidate";
import { makeGpu, makeModel, makeProvider } from "../../fixtures/catalog";

const cite = { source: "https://example.org/b", asOf: "2025-01-01" };

describe("cost against budget", () => {
  it.each([
    [0, 2000, 1],
    [1000, 2000, 0.75],
    [2000, 2000, 0.5],
    [2000.02, 2000, 0.499995],
    [4000, 2000, 0],
    [9000, 2000, 0],
    [0, 0, 1],
    [0.01, 0, 0],
  ])("$%d a month on a $%d budget scores %d", (usd, budget, value) => {
    expect(cost.score(makeCandidate({ costUsd: usd }), makeAnswers({ budgetUsdPerMonth: budget })).value).toBeCloseTo(value, 9);
  });
});

describe("speed", () => {
  it.each([
    [undefined, 0.5],
    [4, 0],
    [5, 0],
    [27.5, 0.5],
    [50, 1],
    [500, 1],
  ])("%d tokens/s scores %d", (tps, value) => {
    expect(speed.score(makeCandidate({ tokensPerSecond: tps }), makeAnswers()).value).toBeCloseTo(value, 9);
  });
});

describe("context headroom", () => {
  it.each([
    [8192, 8192, 0.5],
    [16_384, 8192, 0.625],
    [131_072, 8192, 1],
    [1_000_000, 8192, 1],
    [8192, 0, 1],
  ])("%d tokens when %d are needed scores %d", (ctx, need, value) => {
    expect(context.score(makeCandidate({ contextTokens: ctx }), makeAnswers({ minContextTokens: need })).value).toBeCloseTo(value, 9);
  });
});

describe("operational effort", () => {
  it.each([
    ["api" as const, undefined, 1],
    ["cloud-gpu" as const, 1, 0.5],
    ["cloud-gpu" as const, 2, 0.4],
    ["own-hardware" as const, 1, 0.4],
    ["own-hardware" as const, 8, 0.3],
  ])("%s on %s GPUs scores %d", (kind, gpuCount, value) => {
    expect(effort.score(makeCandidate({ kind, gpuCount }), makeAnswers()).value).toBeCloseTo(value, 9);
  });
});

describe("data control", () => {
  const policy = (trainingOnApiData: "no" | "yes" | "opt-out", zeroDataRetention?: string) =>
    makeProvider({ policy: { trainingOnApiData, ...(zeroDataRetention ? { zeroDataRetention } : {}), ...cite } });
  it.each([
    ["own hardware", makeCandidate({ kind: "own-hardware" }), 1],
    ["rented GPUs", makeCandidate({ kind: "cloud-gpu" }), 0.8],
    ["an API without a policy", makeCandidate(), 0.3],
    ["an API that trains on data", makeCandidate({ provider: policy("yes") }), 0.2],
    ["an API with opt-out", makeCandidate({ provider: policy("opt-out") }), 0.4],
    ["an API that does not train", makeCandidate({ provider: policy("no") }), 0.6],
    ["an API that does not train, with ZDR", makeCandidate({ provider: policy("no", "yes, self-serve") }), 0.7],
    ["an API whose ZDR answer is no", makeCandidate({ provider: policy("no", "no") }), 0.6],
  ])("%s scores %d", (_n, c, value) => {
    expect(control.score(c, makeAnswers()).value).toBeCloseTo(value, 9);
  });
  it("weighs more when regions are restricted", () => {
    expect(control.baseWeight(makeAnswers({ regions: ["any"] }))).toBe(0.1);
    expect(control.baseWeight(makeAnswers({ regions: ["eu"] }))).toBe(0.15);
  });
});

describe("quality", () => {
  it("normalises benchmarks and weights tasks by importance", () => {
    // coding: LiveCodeBench 45/90 = 0.5 (only benchmark present); chat: Arena-Hard 57/95 = 0.6
    const c = makeCandidate();
    expect(quality.score(c, makeAnswers({ tasks: { coding: 3 } })).value).toBeCloseTo(0.5, 9);
    expect(quality.score(c, makeAnswers({ tasks: { chat: 1 } })).value).toBeCloseTo(0.6, 9);
    expect(quality.score(c, makeAnswers({ tasks: { coding: 3, chat: 1 } })).value).toBeCloseTo((3 * 0.5 + 0.6) / 4, 9);
  });
  it("scores a task without benchmarks as neutral, not 0 or 100", () => {
    const r = quality.score(makeCandidate({}, makeModel({ benchmarks: [] })), makeAnswers({ tasks: { vision: 2 } }));
    expect(r.value).toBe(UNKNOWN_TASK_QUALITY);
    expect(r.note).toMatch(/unknown/);
  });
  it("takes the best of several rows for one benchmark", () => {
    const m = makeModel({ benchmarks: [{ name: "LiveCodeBench", score: 45, ...cite }, { name: "LiveCodeBench", score: 63, ...cite }] });
    expect(quality.score(makeCandidate({}, m), makeAnswers({ tasks: { coding: 1 } })).value).toBeCloseTo(0.7, 9);
  });
});

describe("data confidence", () => {
  it.each([
    // coding has LiveCodeBench only: weight 3 of 9 -> coverage 1/3
    ["partial coverage, nothing unverified", makeModel(), { coding: 3 as const }, 0.7 / 3 + 0.3],
    ["no benchmark for the task", makeModel(), { vision: 3 as const }, 0.3],
    ["two unverified figures", makeModel({ unverified: [{ field: "params", note: "x" }, { field: "a", note: "y" }] }), { vision: 1 as const }, 0.1],
  ])("%s", (_n, model, tasks, value) => {
    expect(confidence.score(makeCandidate({}, model), makeAnswers({ tasks })).value).toBeCloseTo(value, 9);
  });
  it("counts only the unverified rental actually used", () => {
    const gpu = makeGpu({ unverified: [{ field: "rentals[0]", note: "a" }, { field: "rentals[1]", note: "b" }, { field: "bandwidthGBs", note: "c" }] });
    const c = makeCandidate({ kind: "cloud-gpu", gpu, rentalIndex: 1 });
    expect(confidence.score(c, makeAnswers({ tasks: { vision: 1 } })).value).toBeCloseTo(0.1, 9);
  });
});

describe("sensitive topics", () => {
  const noted = makeModel({ contentNotes: [{ text: "Refuses some topics.", ...cite }] });
  it("carries no weight unless the user asks", () => {
    expect(sensitivity.baseWeight(makeAnswers({ sensitiveTopics: false }))).toBe(0);
    expect(sensitivity.baseWeight(makeAnswers({ sensitiveTopics: true }))).toBe(0.1);
  });
  it.each([
    ["no documented restriction", makeCandidate(), 1],
    ["documented, through the API", makeCandidate({}, noted), 0.2],
    ["documented, self-hosted", makeCandidate({ kind: "cloud-gpu" }, noted), 0.5],
  ])("%s scores %d", (_n, c, value) => {
    expect(sensitivity.score(c, makeAnswers({ sensitiveTopics: true })).value).toBe(value);
  });
});
