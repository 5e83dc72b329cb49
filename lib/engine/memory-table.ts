import { QUANT_PREFERENCE, SERVING_BATCH } from "./assumptions";
import { computeMemory, type MemoryEstimate } from "./memory";
import type { EngineContext } from "./types";

/** Memory of one model at each quantization, in QUANT_PREFERENCE order; undefined where it cannot be computed. */
export type MemoryByQuant = readonly (MemoryEstimate | undefined)[];

const NONE: MemoryByQuant = [];

/**
 * Memory per model and quantization for a context length and the serving batch. It depends on the
 * catalog and `minContextTokens` alone, so it is computed once and kept with the catalog for the
 * last context length asked: every what-if variant and every later call with that length reuses it.
 */
export function memoryTable(ctx: EngineContext, contextTokens: number): readonly MemoryByQuant[] {
  if (ctx.memory?.contextTokens === contextTokens) return ctx.memory.byModel;
  const byModel: MemoryByQuant[] = [];
  for (const facts of ctx.models) {
    if (!facts.selfHostable) {
      byModel.push(NONE);
      continue;
    }
    const row: (MemoryEstimate | undefined)[] = [];
    for (const quant of QUANT_PREFERENCE) row.push(computeMemory(facts.model, { quant, contextTokens, batch: SERVING_BATCH }));
    byModel.push(row);
  }
  ctx.memory = { contextTokens, byModel };
  return byModel;
}

/** Whether any quantization's memory is known (else the model lacks parameters or attention dimensions). */
export function hasMemory(mem: MemoryByQuant): boolean {
  for (const m of mem) if (m) return true;
  return false;
}
