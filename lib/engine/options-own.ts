import type { Answers } from "../schema/answers";
import type { Gpu } from "../schema/catalog";
import { QUANT_PREFERENCE, SERVING_BATCH } from "./assumptions";
import { ownCostUsd } from "./cost";
import { gb } from "./format";
import { deviceBytes } from "./memory";
import { hasMemory, type MemoryByQuant } from "./memory-table";
import { newCandidate } from "./candidate";
import { missingData } from "./options-cloud";
import { busyHoursPerMonth, decodeTokensPerSecond, servingTokensPerSecond, withinCapacity } from "./speed";
import type { Candidate, EngineContext, ModelFacts } from "./types";

export type Machine = { gpu: Gpu; count: number; bytes: number };

/** The user's GPUs that the catalog knows; each hardware row is one machine. */
export function ownedMachines(answers: Answers, ctx: EngineContext): Machine[] {
  const out: Machine[] = [];
  for (const h of answers.hardware) {
    const gpu = ctx.gpuById.get(h.gpu);
    if (gpu) out.push({ gpu, count: h.count, bytes: deviceBytes(gpu, h.count) });
  }
  return out;
}

const ON_PREM: readonly string[] = ["on-prem"];

/**
 * The model on the user's own hardware: the highest precision (bf16, fp8, int8, q4) that fits one
 * of their machines, on the fastest machine where it fits. `outputTokens` is the monthly decode load.
 */
export function ownCandidate(facts: ModelFacts, machines: Machine[], mem: MemoryByQuant, outputTokens: number): Candidate {
  const { model } = facts;
  if (!model.params || !hasMemory(mem)) return missingData(facts, "own-hardware");
  const tried: { quant: (typeof QUANT_PREFERENCE)[number]; totalBytes: number }[] = [];
  for (let qi = 0; qi < QUANT_PREFERENCE.length; qi++) {
    const m = mem[qi];
    const quant = QUANT_PREFERENCE[qi];
    if (!m || !quant) continue;
    let pick: Machine | undefined;
    let pickTps = 0;
    for (const machine of machines) {
      if (m.totalBytes > machine.bytes) continue;
      const tps = decodeTokensPerSecond(model.params.activeB, quant, machine.gpu, machine.count) ?? 0;
      if (!pick || tps > pickTps) {
        pick = machine;
        pickTps = tps;
      }
    }
    if (!pick) {
      tried.push({ quant, totalBytes: m.totalBytes });
      continue;
    }
    const { gpu, count } = pick;
    const busy = busyHoursPerMonth(outputTokens, servingTokensPerSecond(pickTps));
    const c = newCandidate(`own:${model.id}:${quant}`, facts, "own-hardware", ON_PREM, model.contextTokens);
    c.gpu = gpu;
    c.gpuCount = count;
    c.quant = quant;
    c.memory = m;
    c.tokensPerSecond = pickTps;
    c.busyHours = busy;
    c.costUsd = ownCostUsd(gpu.watts, count, busy);
    c.tried = tried;
    if (!withinCapacity(busy)) {
      c.problems = [{ code: "capacity", message: `${count} x ${gpu.name} would need ${Math.round(busy)} hours a month to generate your volume at ~${Math.round(pickTps)} tokens/s per stream; a month has 730.` }];
    }
    return c;
  }
  const have = machines.map((mc) => `${mc.count} x ${mc.gpu.name} (${gb(mc.bytes)})`).join(", ") || "no GPU the catalog knows";
  const needs = tried.map((t) => `${t.quant} needs ${gb(t.totalBytes)}`).join(", ");
  const c = newCandidate(`own:${model.id}`, facts, "own-hardware", ON_PREM, model.contextTokens);
  c.problems = [{ code: "hardware-fit", message: `${model.name} does not fit your hardware: ${needs} with a ${SERVING_BATCH}-sequence KV cache; you have ${have}.` }];
  return c;
}
