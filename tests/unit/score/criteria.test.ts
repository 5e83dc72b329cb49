import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CallEnv, Candidate } from "@/lib/core/types";
import { REASONING_TOKENS_BEFORE_ANSWER, SPEED_FAST_TPS, SPEED_SLOW_TPS, TTFT_BAD_SECONDS, TTFT_GOOD_SECONDS } from "@/lib/core/assumptions";
import type { OptionQuality } from "@/lib/quality/option";
import { CRITERIA_TABLE } from "@/lib/score/criteria";
import { unverifiedCount } from "@/lib/score/criteria/confidence";
import { API_CONTROL, SELF_CONTROL, ZDR_BONUS } from "@/lib/score/criteria/control";
import { costValue, WITHIN_BUDGET_FLOOR } from "@/lib/score/criteria/cost";
import { EFFORT, MULTI_GPU_PENALTY } from "@/lib/score/criteria/effort";
import { SENSITIVITY } from "@/lib/score/criteria/sensitivity";
import { UNKNOWN_SPEED, UNKNOWN_SPEED_REASONING } from "@/lib/score/criteria/speed";
import { clamp01 } from "@/lib/score/types";
import { makeAnswers } from "../../fixtures/answers";

type Spec = {
  kind?: Candidate["kind"];
  unverified?: number;
  offeringUnverified?: number;
  providerUnverified?: number;
  gpuUnverified?: string[];
  rentalIndex?: number;
  cloudUnverified?: number;
  marketplace?: boolean;
  count?: number;
  replicas?: number;
  training?: string;
  zeroRetention?: string;
  policy?: boolean;
  contextTokens?: number;
  costUsd?: number;
  tokensPerSecond?: number;
  ttftSeconds?: number;
  reasoning?: "always" | "optional";
  contentNotes?: number;
  decode?: { low: number; high: number };
};

const field = (n: number) => Array.from({ length: n }, (_, i) => ({ field: `f${i}` }));

/** A candidate with only the fields the criteria read; the rest of a real one is never touched here. */
function cand(s: Spec = {}): Candidate {
  const kind = s.kind ?? "api";
  const self = kind === "api" ? undefined : {
    gpu: { unverified: (s.gpuUnverified ?? []).map((f) => ({ field: f })) },
    count: s.count ?? 1,
    replicas: s.replicas ?? 1,
    decode: s.decode ?? { low: 1, high: 2 },
    ...(s.rentalIndex !== undefined || s.marketplace !== undefined || s.cloudUnverified !== undefined
      ? { rental: { index: s.rentalIndex ?? 0, marketplace: s.marketplace ?? false, cloud: { unverified: field(s.cloudUnverified ?? 0) } } }
      : {}),
  };
  return {
    id: "x",
    kind,
    facts: {
      unverified: s.unverified ?? 0,
      model: { contentNotes: field(s.contentNotes ?? 0), ...(s.reasoning ? { reasoning: { mode: s.reasoning } } : {}) },
    },
    ...(s.offeringUnverified !== undefined ? { offering: { unverified: field(s.offeringUnverified) } } : {}),
    ...(s.policy === false
      ? { provider: { unverified: field(s.providerUnverified ?? 0) } }
      : { provider: { unverified: field(s.providerUnverified ?? 0), dataPolicy: { trainsOnPrompts: s.training ?? "no", zeroRetention: s.zeroRetention ?? "no" } } }),
    ...(self ? { self } : {}),
    regions: [],
    contextTokens: s.contextTokens ?? 8192,
    costUsd: s.costUsd ?? 0,
    ...(s.tokensPerSecond !== undefined ? { tokensPerSecond: s.tokensPerSecond } : {}),
    ...(s.ttftSeconds !== undefined ? { ttftSeconds: s.ttftSeconds } : {}),
    problems: [],
  } as unknown as Candidate;
}

const quality = (rankValue: number, perTask: OptionQuality["perTask"] = []): OptionQuality => ({ low: 0, high: 100, coverage: 1, perTask, rankValue });
const env: CallEnv = { quality: () => quality(80), today: "2026-01-01" };
const A = makeAnswers();

describe("the criteria table", () => {
  it("holds each criterion under its own id", () => {
    for (const [id, c] of Object.entries(CRITERIA_TABLE)) expect(c.id).toBe(id);
  });
});

describe("clamp01", () => {
  it("keeps 0..1 and clips outside", () => {
    expect([clamp01(-0.5), clamp01(0), clamp01(0.3), clamp01(1), clamp01(1.7)]).toEqual([0, 0, 0.3, 1, 1]);
  });
});

describe("confidence", () => {
  it("counts the model's, offering's, provider's, GPU's and cloud's unverified figures", () => {
    const c = cand({ kind: "cloud-gpu", unverified: 1, gpuUnverified: ["tdp", "memoryGb"], rentalIndex: 0, cloudUnverified: 3 });
    expect(unverifiedCount(c)).toBe(1 + 2 + 3);
    expect(unverifiedCount(cand({ unverified: 2, offeringUnverified: 3, providerUnverified: 4 }))).toBe(9);
    expect(unverifiedCount(cand())).toBe(0);
  });

  it("counts a GPU's rental rows only for the rental chosen", () => {
    const gpuUnverified = ["rentals[0].price", "rentals[1].price", "rentals[12].region", "name"];
    expect(unverifiedCount(cand({ kind: "cloud-gpu", gpuUnverified, rentalIndex: 1 }))).toBe(2);
    expect(unverifiedCount(cand({ kind: "cloud-gpu", gpuUnverified, rentalIndex: 0 }))).toBe(2);
    // Own hardware has no rental: no rental row counts, index -1 matches none.
    expect(unverifiedCount(cand({ kind: "own-hardware", gpuUnverified }))).toBe(1);
    // A field that merely mentions rentals is not a rental row.
    expect(unverifiedCount(cand({ kind: "own-hardware", gpuUnverified: ["xrentals[0]", "rentals[x]"] }))).toBe(2);
  });

  it("is 1 / (1 + unverified), with the count in its note", () => {
    const c = cand({ unverified: 3 });
    expect(CRITERIA_TABLE.confidence.value(c, A, env)).toBe(0.25);
    expect(CRITERIA_TABLE.confidence.value(cand(), A, env)).toBe(1);
    expect(CRITERIA_TABLE.confidence.note(c, A, env, 0.25)).toEqual({ code: "crit-confidence", params: { unverified: 3 } });
    expect(CRITERIA_TABLE.confidence.baseWeight(A)).toBe(0.05);
  });
});

describe("context", () => {
  const v = (has: number, need: number) => CRITERIA_TABLE.context.value(cand({ contextTokens: has }), makeAnswers({ minContextTokens: need }), env);
  it("is 0.5 at the need, +1/8 per doubling, clipped to 0..1", () => {
    expect(v(8192, 8192)).toBe(0.5);
    expect(v(16384, 8192)).toBe(0.625);
    expect(v(4096, 8192)).toBe(0.375);
    expect(v(8192 * 16, 8192)).toBe(1);
    expect(v(8192 * 64, 8192)).toBe(1);
    expect(v(8192 / 64, 8192)).toBe(0);
  });
  it("is 1 when no context is needed, even for a model whose context is not known (0)", () => {
    expect(v(1, 0)).toBe(1);
    expect(v(0, 0)).toBe(1);
  });
  it("notes what it has and what is needed", () => {
    expect(CRITERIA_TABLE.context.note(cand({ contextTokens: 32000 }), makeAnswers({ minContextTokens: 4000 }), env, 0)).toEqual({ code: "crit-context", params: { has: 32000, need: 4000 } });
    expect(CRITERIA_TABLE.context.baseWeight(A)).toBe(0.05);
  });
});

describe("control", () => {
  const v = (s: Spec) => CRITERIA_TABLE.control.value(cand(s), A, env);
  it("scores self-hosting by who holds the machine", () => {
    expect(v({ kind: "own-hardware" })).toBe(SELF_CONTROL["own-hardware"]);
    expect(v({ kind: "cloud-gpu", marketplace: false })).toBe(SELF_CONTROL["cloud-gpu"]);
    expect(v({ kind: "cloud-gpu" })).toBe(SELF_CONTROL["cloud-gpu"]);
    expect(v({ kind: "cloud-gpu", marketplace: true })).toBe(SELF_CONTROL.marketplace);
  });
  it("scores an API by its training default, raised by zero retention", () => {
    expect(v({ training: "yes" })).toBe(API_CONTROL.yes);
    expect(v({ training: "opt-out" })).toBe(API_CONTROL["opt-out"]);
    expect(v({ training: "no", zeroRetention: "default" })).toBeCloseTo(API_CONTROL.no + ZDR_BONUS, 12);
    expect(v({ training: "yes", zeroRetention: "available" })).toBeCloseTo(API_CONTROL.yes + ZDR_BONUS, 12);
    expect(v({ training: "yes", zeroRetention: "no" })).toBe(API_CONTROL.yes);
    expect(v({ policy: false })).toBe(API_CONTROL.unknown);
    const bare = { ...cand(), provider: undefined };
    expect(CRITERIA_TABLE.control.value(bare, A, env)).toBe(API_CONTROL.unknown);
    expect(CRITERIA_TABLE.control.value({ ...cand({ kind: "cloud-gpu" }), self: undefined }, A, env)).toBe(SELF_CONTROL["cloud-gpu"]);
  });
  it("weighs more when regions are restricted", () => {
    expect(CRITERIA_TABLE.control.baseWeight(makeAnswers({ regions: ["any"] }))).toBe(0.1);
    expect(CRITERIA_TABLE.control.baseWeight(makeAnswers({ regions: ["eu"] }))).toBe(0.15);
  });
  it("notes the kind, and for an API its training and retention", () => {
    expect(CRITERIA_TABLE.control.note(cand({ kind: "own-hardware" }), A, env, 1)).toEqual({ code: "crit-control", params: { kind: "own-hardware" } });
    expect(CRITERIA_TABLE.control.note(cand({ training: "opt-out", zeroRetention: "available" }), A, env, 1)).toEqual({ code: "crit-control", params: { kind: "api", training: "opt-out", zdr: true } });
    expect(CRITERIA_TABLE.control.note(cand({ policy: false }), A, env, 1)).toEqual({ code: "crit-control", params: { kind: "api", training: "unknown", zdr: false } });
  });
});

describe("cost", () => {
  it("is 1 when free, the floor at the budget, 0 from twice the budget", () => {
    expect(costValue(0, 100)).toBe(1);
    expect(costValue(50, 100)).toBeCloseTo(1 - (1 - WITHIN_BUDGET_FLOOR) / 2, 12);
    expect(costValue(100, 100)).toBeCloseTo(WITHIN_BUDGET_FLOOR, 12);
    expect(costValue(150, 100)).toBeCloseTo(WITHIN_BUDGET_FLOOR / 2, 12);
    expect(costValue(200, 100)).toBe(0);
    expect(costValue(1000, 100)).toBe(0);
  });
  it("never rises with the cost (property)", () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 1, max: 1e5, noNaN: true }), (x, y, b) => {
      const [lo, hi] = x <= y ? [x, y] : [y, x];
      const a = costValue(lo, b);
      const c = costValue(hi, b);
      return a >= c && a <= 1 && c >= 0;
    }));
  });
  it("with a budget of 0 gives 1 only to free options and to owned GPUs costed at electricity", () => {
    const zero = makeAnswers({ budgetUsdPerMonth: 0 });
    const tco = makeAnswers({ budgetUsdPerMonth: 0, ownHardwareCost: "tco" });
    const v = (c: Candidate, a = zero) => CRITERIA_TABLE.cost.value(c, a, env);
    expect(v(cand({ costUsd: 0 }))).toBe(1);
    expect(v(cand({ costUsd: 5 }))).toBe(0);
    expect(v(cand({ kind: "own-hardware", costUsd: 5 }))).toBe(1);
    expect(v(cand({ kind: "own-hardware", costUsd: 5 }), tco)).toBe(0);
    expect(v(cand({ kind: "cloud-gpu", costUsd: 5 }))).toBe(0);
    expect(CRITERIA_TABLE.cost.value(cand({ costUsd: 1000 }), makeAnswers({ budgetUsdPerMonth: 2000 }), env)).toBeCloseTo(0.85, 12);
  });
  it("notes cost, budget, the share of it, and owned electricity against a zero budget", () => {
    const n = (c: Candidate, budget: number) => CRITERIA_TABLE.cost.note(c, makeAnswers({ budgetUsdPerMonth: budget }), env, 0);
    expect(n(cand({ costUsd: 500 }), 2000)).toEqual({ code: "crit-cost", params: { cost: 500, budget: 2000, share: 0.25 } });
    expect(n(cand({ costUsd: 5 }), 0)).toEqual({ code: "crit-cost", params: { cost: 5, budget: 0 } });
    expect(n(cand({ kind: "own-hardware", costUsd: 5 }), 0)).toEqual({ code: "crit-cost", params: { cost: 5, budget: 0, ownElectricity: true } });
    expect(n(cand({ kind: "own-hardware", costUsd: 5 }), 10)).toEqual({ code: "crit-cost", params: { cost: 5, budget: 10, share: 0.5 } });
    expect(CRITERIA_TABLE.cost.baseWeight(A)).toBe(0.2);
  });
});

describe("effort", () => {
  const v = (s: Spec) => CRITERIA_TABLE.effort.value(cand(s), A, env);
  it("is the way of running's effort, less a penalty for several GPUs or replicas", () => {
    expect(v({})).toBe(EFFORT.api);
    expect(v({ kind: "cloud-gpu" })).toBe(EFFORT["cloud-gpu"]);
    expect(v({ kind: "own-hardware" })).toBe(EFFORT["own-hardware"]);
    expect(v({ kind: "cloud-gpu", count: 2 })).toBeCloseTo(EFFORT["cloud-gpu"] - MULTI_GPU_PENALTY, 12);
    expect(v({ kind: "cloud-gpu", replicas: 3 })).toBeCloseTo(EFFORT["cloud-gpu"] - MULTI_GPU_PENALTY, 12);
    expect(v({ kind: "own-hardware", count: 4, replicas: 2 })).toBeCloseTo(EFFORT["own-hardware"] - MULTI_GPU_PENALTY, 12);
  });
  it("notes the kind and the GPUs in all", () => {
    expect(CRITERIA_TABLE.effort.note(cand({ kind: "cloud-gpu", count: 4, replicas: 3 }), A, env, 0)).toEqual({ code: "crit-effort", params: { kind: "cloud-gpu", gpus: 12 } });
    expect(CRITERIA_TABLE.effort.note(cand(), A, env, 0)).toEqual({ code: "crit-effort", params: { kind: "api", gpus: 1 } });
    expect(CRITERIA_TABLE.effort.baseWeight(A)).toBe(0.1);
  });
});

describe("quality", () => {
  it("is the rank value over 100, and notes each task with its interval", () => {
    const perTask = [
      { task: "coding" as const, score: 70, low: 60, high: 80, sources: ["a"], independent: true, disagree: false },
      { task: "chat" as const, low: 0, high: 100, sources: [], independent: false, disagree: false },
    ];
    const e: CallEnv = { quality: () => quality(64, perTask), today: "2026-01-01" };
    expect(CRITERIA_TABLE.quality.value(cand(), A, e)).toBe(0.64);
    expect(CRITERIA_TABLE.quality.note(cand(), A, e, 0.64)).toStrictEqual({
      code: "crit-quality",
      params: { parts: [{ task: "coding", score: 70, low: 60, high: 80, sources: ["a"] }, { task: "chat", low: 0, high: 100, sources: [] }] },
    });
    expect(CRITERIA_TABLE.quality.baseWeight(A)).toBe(0.4);
  });
});

describe("sensitivity", () => {
  const v = (s: Spec) => CRITERIA_TABLE.sensitivity.value(cand(s), A, env);
  it("lowers models with content notes, an API more than self-hosting", () => {
    expect(v({ contentNotes: 0 })).toBe(SENSITIVITY.none);
    expect(v({ contentNotes: 1 })).toBe(SENSITIVITY.api);
    expect(v({ contentNotes: 2, kind: "cloud-gpu" })).toBe(SENSITIVITY.self);
    expect(CRITERIA_TABLE.sensitivity.note(cand({ contentNotes: 1, kind: "own-hardware" }), A, env, 0)).toEqual({ code: "crit-sensitivity", params: { band: "self" } });
  });
  it("weighs only when the prompts touch sensitive topics", () => {
    expect(CRITERIA_TABLE.sensitivity.baseWeight(makeAnswers({ sensitiveTopics: true }))).toBe(0.1);
    expect(CRITERIA_TABLE.sensitivity.baseWeight(makeAnswers({ sensitiveTopics: false }))).toBe(0);
  });
});

describe("speed", () => {
  const v = (s: Spec) => CRITERIA_TABLE.speed.value(cand(s), A, env);
  it("is neutral without a known speed, lower for a model that always reasons", () => {
    expect(v({})).toBe(UNKNOWN_SPEED);
    expect(v({ reasoning: "optional" })).toBe(UNKNOWN_SPEED);
    expect(v({ reasoning: "always" })).toBe(UNKNOWN_SPEED_REASONING);
  });
  it("maps decode linearly between the slow and fast speeds", () => {
    expect(v({ tokensPerSecond: SPEED_SLOW_TPS })).toBe(0);
    expect(v({ tokensPerSecond: 1 })).toBe(0);
    expect(v({ tokensPerSecond: SPEED_FAST_TPS })).toBe(1);
    expect(v({ tokensPerSecond: 500 })).toBe(1);
    expect(v({ tokensPerSecond: (SPEED_SLOW_TPS + SPEED_FAST_TPS) / 2 })).toBeCloseTo(0.5, 12);
  });
  it("averages decode with the wait for the first token on a log scale", () => {
    const fast = SPEED_FAST_TPS;
    expect(v({ tokensPerSecond: fast, ttftSeconds: TTFT_GOOD_SECONDS })).toBe(1);
    expect(v({ tokensPerSecond: fast, ttftSeconds: 0.1 })).toBe(1);
    expect(v({ tokensPerSecond: fast, ttftSeconds: TTFT_BAD_SECONDS })).toBeCloseTo(0.5, 12);
    expect(v({ tokensPerSecond: fast, ttftSeconds: 100 })).toBeCloseTo(0.5, 12);
    const mid = Math.sqrt(TTFT_GOOD_SECONDS * TTFT_BAD_SECONDS);
    expect(v({ tokensPerSecond: fast, ttftSeconds: mid })).toBeCloseTo(0.75, 12);
  });
  it("adds a reasoning model's thinking to its time to first token", () => {
    const tps = 50;
    const thinking = REASONING_TOKENS_BEFORE_ANSWER / tps;
    const plain = v({ tokensPerSecond: tps, ttftSeconds: 1 + thinking });
    expect(v({ tokensPerSecond: tps, ttftSeconds: 1, reasoning: "always" })).toBeCloseTo(plain, 12);
    expect(v({ tokensPerSecond: tps, ttftSeconds: 1, reasoning: "always" })).toBeLessThan(v({ tokensPerSecond: tps, ttftSeconds: 1 }));
  });
  it("notes speed, the decode range, the visible wait, reasoning and whether an API's speed is measured", () => {
    const n = (s: Spec) => CRITERIA_TABLE.speed.note(cand(s), A, env, 0);
    expect(n({})).toStrictEqual({ code: "crit-speed", params: { reasoning: false, measured: false } });
    expect(n({ ttftSeconds: 2 })).toStrictEqual({ code: "crit-speed", params: { ttft: 2, reasoning: false, measured: false } });
    expect(n({ tokensPerSecond: 40 })).toStrictEqual({ code: "crit-speed", params: { tps: 40, reasoning: false, measured: true } });
    expect(n({ tokensPerSecond: 40, ttftSeconds: 0.5 })).toStrictEqual({ code: "crit-speed", params: { tps: 40, ttft: 0.5, reasoning: false, measured: true } });
    expect(n({ kind: "cloud-gpu", tokensPerSecond: 25, ttftSeconds: 1, reasoning: "always", decode: { low: 20, high: 30 } })).toEqual({
      code: "crit-speed",
      params: { tps: 25, low: 20, high: 30, ttft: 1 + REASONING_TOKENS_BEFORE_ANSWER / 25, reasoning: true, measured: false },
    });
    expect(CRITERIA_TABLE.speed.baseWeight(A)).toBe(0.1);
  });
  it("stays within 0..1 (property)", () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: undefined }), fc.boolean(), (tps, ttft, r) => {
      const x = v({ tokensPerSecond: tps, ...(ttft !== undefined ? { ttftSeconds: ttft } : {}), ...(r ? { reasoning: "always" as const } : {}) });
      return x >= 0 && x <= 1;
    }));
  });
});
