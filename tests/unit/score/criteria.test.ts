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
  const bench = (name: string, score: number) => ({ name, score, ...cite });
  const all = (score: (ceiling: number) => number) =>
    [bench("SWE-bench Verified", score(85)), bench("LiveCodeBench", score(90)), bench("Aider-Polyglot", score(90)), bench("HumanEval", score(98))];
  // Coding weighs SWE-bench Verified 3, LiveCodeBench 3, Aider-Polyglot 2, HumanEval 1 (of 9);
  // value = coverage x measured + (1 - coverage) x 0.5.
  it.each([
    ["no benchmark: neutral", [], UNKNOWN_TASK_QUALITY],
    ["every benchmark at its ceiling: full marks", all((c) => c), 1],
    ["every benchmark above its ceiling: capped at full marks", all((c) => c + 5), 1],
    ["every benchmark at its floor: 0", all(() => 0), 0],
    ["LiveCodeBench at its ceiling, 3 of 9", [bench("LiveCodeBench", 90)], (3 / 9) * 1 + (6 / 9) * 0.5],
    ["LiveCodeBench at its floor, 3 of 9", [bench("LiveCodeBench", 0)], (6 / 9) * 0.5],
    ["HumanEval at its ceiling alone, 1 of 9", [bench("HumanEval", 98)], (1 / 9) * 1 + (8 / 9) * 0.5],
    ["all but HumanEval at their ceilings, 8 of 9", all((c) => c).slice(0, 3), (8 / 9) * 1 + (1 / 9) * 0.5],
  ])("coding: %s", (_n, benchmarks, value) => {
    expect(quality.score(makeCandidate({}, makeModel({ benchmarks })), makeAnswers({ tasks: { coding: 1 } })).value).toBeCloseTo(value, 12);
  });
  it("does not let one saturated benchmark stand for a whole task (MMLU alone is 1 of 7 for chat)", () => {
    const r = quality.score(makeCandidate({}, makeModel({ benchmarks: [bench("MMLU", 92)] })), makeAnswers({ tasks: { chat: 1 } }));
    expect(r.value).toBeCloseTo((1 / 7) * 1 + (6 / 7) * 0.5, 12);
    expect(r.note).toBe("chat and assistance 57/100 (100 measured on MMLU: 14 % of the task's benchmark weight; the rest counts 50)");
  });
  it("names the benchmarks alone when they cover the whole task", () => {
    const r = quality.score(makeCandidate({}, makeModel({ benchmarks: all((c) => c / 2) })), makeAnswers({ tasks: { coding: 1 } }));
    expect(r.note).toBe("coding 50/100 (SWE-bench Verified, LiveCodeBench, Aider-Polyglot, HumanEval)");
  });
  it("weights tasks by importance", () => {
    // fixture: coding LiveCodeBench 45/90 = 0.5 at 3/9 -> 0.5; chat Arena-Hard 57/95 = 0.6 at 3/7 -> 0.6 x 3/7 + 0.5 x 4/7
    const c = makeCandidate();
    const chat = 0.6 * (3 / 7) + 0.5 * (4 / 7);
    expect(quality.score(c, makeAnswers({ tasks: { coding: 3 } })).value).toBeCloseTo(0.5, 12);
    expect(quality.score(c, makeAnswers({ tasks: { chat: 1 } })).value).toBeCloseTo(chat, 12);
    expect(quality.score(c, makeAnswers({ tasks: { coding: 3, chat: 1 } })).value).toBeCloseTo((3 * 0.5 + chat) / 4, 12);
  });
  it("scores a task without benchmarks as neutral, not 0 or 100, and says so", () => {
    const r = quality.score(makeCandidate({}, makeModel({ benchmarks: [] })), makeAnswers({ tasks: { vision: 2 } }));
    expect(r.value).toBe(UNKNOWN_TASK_QUALITY);
    expect(r.note).toBe("images unknown (no benchmark in the catalog; counts 50)");
  });
  it("takes the best of several rows for one benchmark", () => {
    const m = makeModel({ benchmarks: [bench("LiveCodeBench", 45), bench("LiveCodeBench", 63)] });
    expect(quality.score(makeCandidate({}, m), makeAnswers({ tasks: { coding: 1 } })).value).toBeCloseTo(0.7 / 3 + 0.5 * (2 / 3), 12);
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
