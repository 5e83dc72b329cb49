import type { Candidate, GpuEntry, ModelFacts } from "../core/types";
import { ownCostLines, electricityPrice } from "../cost/self-hosted";
import { sumLines } from "../cost/api";
import { formatChoices, type PhysGpu } from "../physics";
import type { Answers } from "../schema/answers";
import type { Quantization } from "../schema/common";
import { msg } from "../vocab/messages";
import { newCandidate } from "./candidate";
import type { Context } from "./context";
import { estimateOf, isSized, prepared, sizeSetup, type Sized } from "./sizing";

export type Machine = { entry: GpuEntry & { phys: PhysGpu }; count: number };

/** The user's GPUs that the catalog can time; each hardware row is one machine. */
export function ownedMachines(a: Answers, ctx: Context): Machine[] {
  const out: Machine[] = [];
  for (const h of a.hardware) {
    const entry = ctx.gpuById.get(h.gpu);
    if (entry?.phys) out.push({ entry: entry as Machine["entry"], count: h.count });
  }
  return out;
}

const ON_PREM: readonly string[] = ["on-prem"];

/**
 * The model on the user's own hardware: the highest precision that holds every concurrent
 * request on one of their machines, on the fastest such machine. One machine serves alone, so
 * it must hold `concurrentRequests` x `minContextTokens` and meet the speed floor at that load.
 */
export function ownCandidate(facts: ModelFacts, machines: Machine[], a: Answers, ctx: Context): Candidate {
  const { model } = facts;
  const fail = (problem: Candidate["problems"][number]) => {
    const c = newCandidate(`own:${model.id}`, facts, "own-hardware", ON_PREM, model.contextTokens);
    c.problems = [problem];
    return c;
  };
  if (!facts.phys) return fail(msg("missing-data", { model: model.name }));
  const tried: { quant: Quantization; need: number }[] = [];
  let speedFail: number | undefined;
  let ttftFail: number | undefined;
  for (const quant of formatChoices(facts.phys)) {
    let pick: { s: Sized; m: Machine } | undefined;
    let need = Number.POSITIVE_INFINITY;
    for (const m of machines) {
      const p = prepared(facts, m.entry.phys, m.count, quant);
      if (!p) continue;
      const s = sizeSetup(p, a, 1);
      if (!isSized(s)) {
        if (s.kind === "fit") need = Math.min(need, s.need);
        if (s.kind === "speed") speedFail = Math.max(speedFail ?? 0, s.tps);
        if (s.kind === "ttft") ttftFail = Math.min(ttftFail ?? Infinity, s.ttft);
        continue;
      }
      if (!pick || s.perRequest > pick.s.perRequest) pick = { s, m };
    }
    if (!pick) {
      if (Number.isFinite(need)) tried.push({ quant, need });
      continue;
    }
    const { s, m } = pick;
    const est = estimateOf(s, a);
    const c = newCandidate(`own:${model.id}:${quant}`, facts, "own-hardware", ON_PREM, model.contextTokens);
    c.self = {
      gpu: m.entry.gpu,
      count: m.count,
      quant,
      runtime: s.p.runtime,
      parallelism: s.p.parallelism,
      replicas: 1,
      concurrency: s.batch,
      estimate: est,
      decode: est.decodeTokensPerSecond,
      ...(est.timeToFirstTokenSeconds ? { ttft: est.timeToFirstTokenSeconds } : {}),
      serverless: false,
      busyHours: s.busyHours,
      tried,
    };
    c.tokensPerSecond = s.perRequest;
    if (s.ttft !== undefined) c.ttftSeconds = s.ttft;
    c.costUsd = sumLines(ownCostLines(m.entry.gpu, m.count, s.busyHours, a, electricityPrice(a, ctx.catalog)));
    return c;
  }
  if (speedFail !== undefined && tried.length === 0) return fail(msg("speed", { model: model.name, tps: speedFail, need: a.minTokensPerSecond ?? 0 }));
  if (ttftFail !== undefined && tried.length === 0) return fail(msg("ttft", { model: model.name, ttft: ttftFail, max: a.maxTimeToFirstTokenSeconds ?? 0 }));
  const have = machines.map((mc) => `${mc.count} x ${mc.entry.gpu.name}`).join(", ");
  const smallest = tried[tried.length - 1]?.need ?? 0;
  return fail(msg("hardware-fit", { model: model.name, need: smallest, have, concurrency: a.concurrentRequests, context: a.minContextTokens }));
}
