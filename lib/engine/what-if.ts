import type { Answers } from "../schema/answers";
import { HOSTINGS, REGIONS, type Hosting } from "../schema/common";
import type { WhatIf } from "../schema/recommendation";
import { encodeAnswers } from "../share/query";
import { usd } from "./format";
import { regionLabel } from "./regions";
import { buildParts, type CandidateParts } from "./candidates";
import { topWith } from "./rank";
import type { EngineContext } from "./types";

/** GPUs a person commonly owns or could buy: one consumer card, one data-centre card. Used when in the catalog. */
export const COMMON_GPUS: readonly string[] = ["rtx-4090", "h100-sxm"];

const HOSTING_WORDS = { api: "APIs", "cloud-gpu": "rented GPUs", "own-hardware": "your own hardware" } as const;

/** A single change to the answers worth trying, with a sentence; `keeps`: the candidate parts it leaves as they are. */
type Variant = { change: string; answers: Answers; keeps: (keyof CandidateParts)[] };
const ALL: (keyof CandidateParts)[] = ["api", "cloud", "own"];

function variants(a: Answers, ctx: EngineContext): Variant[] {
  const out: Variant[] = [];
  out.push({ change: `Double the budget to ${usd(a.budgetUsdPerMonth * 2)} a month`, answers: { ...a, budgetUsdPerMonth: a.budgetUsdPerMonth * 2 }, keeps: ALL });
  out.push({ change: `Halve the budget to ${usd(a.budgetUsdPerMonth / 2)} a month`, answers: { ...a, budgetUsdPerMonth: a.budgetUsdPerMonth / 2 }, keeps: ALL });
  if (!a.regions.includes("any")) {
    for (const r of REGIONS) {
      if ((a.regions as string[]).includes(r)) continue;
      out.push({ change: `Also allow processing in ${regionLabel(r)}`, answers: { ...a, regions: [...a.regions, r] }, keeps: ["api", "own"] });
    }
  }
  for (const h of HOSTINGS) {
    if (a.hosting.includes(h)) continue;
    out.push({ change: `Also allow ${HOSTING_WORDS[h]}`, answers: { ...a, hosting: [...a.hosting, h] }, keeps: ALL });
  }
  if (a.openWeightsOnly) out.push({ change: "Allow models without open weights", answers: { ...a, openWeightsOnly: false }, keeps: ALL });
  for (const id of COMMON_GPUS) {
    const gpu = ctx.gpuById.get(id);
    if (!gpu || a.hardware.some((h) => h.gpu === id)) continue;
    const hosting = a.hosting.includes("own-hardware") ? a.hosting : [...a.hosting, "own-hardware" as const];
    out.push({ change: `Own one ${gpu.name} and run models on it`, answers: { ...a, hardware: [...a.hardware, { gpu: id, count: 1 }], hosting }, keeps: ["api", "cloud"] });
  }
  return out;
}

const KIND: Record<keyof CandidateParts, Hosting> = { api: "api", cloud: "cloud-gpu", own: "own-hardware" };

/**
 * Whether a part built for `a` holds for `b` too: a part of a way of running not allowed is only
 * a stand-in per model, and a model that breaks a rule needing no deployment was not searched.
 */
function reusable(k: keyof CandidateParts, a: Answers, b: Answers): boolean {
  return (
    a.hosting.includes(KIND[k]) === b.hosting.includes(KIND[k]) &&
    a.openWeightsOnly === b.openWeightsOnly &&
    a.commercialUse === b.commercialUse &&
    a.minContextTokens === b.minContextTokens &&
    a.tasks === b.tasks &&
    a.excludedOrigins === b.excludedOrigins
  );
}

/** The single changes that would change the #1, each with the new #1 and the query that opens it. */
export function whatIfs(a: Answers, ctx: EngineContext, topId: string | undefined, parts: CandidateParts = buildParts(a, ctx)): WhatIf[] {
  const out: WhatIf[] = [];
  for (const v of variants(a, ctx)) {
    const reuse: Partial<CandidateParts> = {};
    for (const k of v.keeps) if (reusable(k, a, v.answers)) reuse[k] = parts[k];
    const top = topWith(v.answers, ctx, reuse);
    if (!top || top.id === topId) continue;
    out.push({ change: v.change, newTopId: top.id, newTopName: top.modelName, shareQuery: encodeAnswers(v.answers) });
  }
  return out;
}
