import type { Answers } from "../schema/answers";
import type { Gpu } from "../schema/catalog";
import { QUANT_PREFERENCE, SERVING_BATCH } from "./assumptions";
import { ownCost } from "./cost";
import { gb } from "./format";
import { deviceBytes, type MemoryEstimate } from "./memory";
import { busyHoursPerMonth, decodeTokensPerSecond, outputTokensPerMonth, servingTokensPerSecond, withinCapacity } from "./speed";
import type { Candidate, EngineContext, ModelFacts } from "./types";

type Machine = { gpu: Gpu; count: number };

/** The user's GPUs that the catalog knows; each hardware row is one machine. */
export function ownedMachines(answers: Answers, ctx: EngineContext): Machine[] {
  const out: Machine[] = [];
  for (const h of answers.hardware) {
    const gpu = ctx.gpuById.get(h.gpu);
    if (gpu) out.push({ gpu, count: h.count });
  }
  return out;
}

/**
 * The model on the user's own hardware: the highest precision (bf16, fp8, int8, q4) that fits one
 * of their machines, on the fastest machine where it fits. Says which and why.
 */
export function ownCandidate(facts: ModelFacts, answers: Answers, machines: Machine[], mem: Map<string, MemoryEstimate>): Candidate {
  const { model } = facts;
  const base = { facts, kind: "own-hardware" as const, regions: ["on-prem"], contextTokens: model.contextTokens, cost: { usd: 0, note: "" } };
  if (mem.size === 0 || !model.params) {
    return { ...base, id: `own:${model.id}`, problems: [{ code: "missing-data", message: `The catalog lacks the parameter count or attention dimensions of ${model.name}, so its memory cannot be computed.` }] };
  }
  const tried: string[] = [];
  for (const quant of QUANT_PREFERENCE) {
    const m = mem.get(quant);
    if (!m) continue;
    let pick: { machine: Machine; tps: number } | undefined;
    for (const machine of machines) {
      if (m.totalBytes > deviceBytes(machine.gpu, machine.count)) continue;
      const tps = decodeTokensPerSecond(model.params.activeB, quant, machine.gpu, machine.count) ?? 0;
      if (!pick || tps > pick.tps) pick = { machine, tps };
    }
    if (!pick) {
      tried.push(`${quant} needs ${gb(m.totalBytes)}`);
      continue;
    }
    const { gpu, count } = pick.machine;
    const busy = busyHoursPerMonth(outputTokensPerMonth(answers.tokensPerMonth, answers.inputShare), servingTokensPerSecond(pick.tps));
    const problems = withinCapacity(busy)
      ? []
      : [{ code: "capacity", message: `${count} x ${gpu.name} would need ${Math.round(busy)} hours a month to generate your volume at ~${Math.round(pick.tps)} tokens/s per stream; a month has 730.` }];
    return {
      ...base,
      id: `own:${model.id}:${quant}`,
      gpu, gpuCount: count, quant, memory: m, tokensPerSecond: pick.tps, busyHours: busy,
      cost: ownCost(gpu.watts, count, busy),
      problems,
      choice: `${quant} fits ${count} x ${gpu.name} (${gb(deviceBytes(gpu, count))} usable, needs ${gb(m.totalBytes)})${tried.length ? `; higher precision does not: ${tried.join(", ")}` : ""}`,
    };
  }
  const have = machines.map((mc) => `${mc.count} x ${mc.gpu.name} (${gb(deviceBytes(mc.gpu, mc.count))})`).join(", ") || "no GPU the catalog knows";
  return { ...base, id: `own:${model.id}`, problems: [{ code: "hardware-fit", message: `${model.name} does not fit your hardware: ${tried.join(", ")} with a ${SERVING_BATCH}-sequence KV cache; you have ${have}.` }] };
}
