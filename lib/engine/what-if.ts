import { RETIRING_WHAT_IF_DAYS } from "../core/assumptions";
import { derivedConcurrency, type Answers } from "../schema/answers";
import { HOSTINGS, REGIONS } from "../schema/common";
import type { WhatIf } from "../schema/recommendation";
import { encodeAnswers } from "../share/query";
import { msg, type Message } from "../vocab/messages";
import type { Words } from "../vocab/words";
import type { RuleDay } from "./constraints";
import type { Context } from "./context";
import { deploymentWords } from "../vocab/deployment";
import { topOf, type Scored } from "./rank";

/** GPUs a person commonly owns or could buy: one consumer card, one data-centre card. Used when in the catalog. */
export const COMMON_GPUS: readonly string[] = ["rtx-4090", "h100-sxm"];

type Variant = { change: Message; answers: Answers; day?: RuleDay };

/** The answers at another volume: a concurrency the user left to the default follows the volume. */
function atVolume(a: Answers, tokens: number): Answers {
  const derivedNow = derivedConcurrency(a.tokensPerMonth, a.inputShare);
  return { ...a, tokensPerMonth: tokens, concurrentRequests: a.concurrentRequests === derivedNow ? derivedConcurrency(tokens, a.inputShare) : a.concurrentRequests };
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function variants(a: Answers, ctx: Context, day: RuleDay, top: Scored | undefined): Variant[] {
  const out: Variant[] = [];
  if (a.budgetUsdPerMonth > 0) {
    out.push({ change: msg("wi-budget", { usd: a.budgetUsdPerMonth * 2 }), answers: { ...a, budgetUsdPerMonth: a.budgetUsdPerMonth * 2 } });
    out.push({ change: msg("wi-budget", { usd: a.budgetUsdPerMonth / 2 }), answers: { ...a, budgetUsdPerMonth: a.budgetUsdPerMonth / 2 } });
  }
  if (!a.regions.includes("any")) {
    for (const r of REGIONS) if (!(a.regions as string[]).includes(r)) out.push({ change: msg("wi-region", { region: r }), answers: { ...a, regions: [...a.regions, r] } });
  }
  for (const h of HOSTINGS) if (!a.hosting.includes(h) && (h !== "own-hardware" || a.hardware.length > 0)) out.push({ change: msg("wi-hosting", { kind: h }), answers: { ...a, hosting: [...a.hosting, h] } });
  if (a.openWeightsOnly) out.push({ change: msg("wi-closed", {}), answers: { ...a, openWeightsOnly: false } });
  for (const id of COMMON_GPUS) {
    const entry = ctx.gpuById.get(id);
    if (!entry || a.hardware.some((h) => h.gpu === id)) continue;
    const hosting = a.hosting.includes("own-hardware") ? a.hosting : [...a.hosting, "own-hardware" as const];
    // A purchase is costed in full: price spread over the months, idle and host power (issue 19 item 4).
    out.push({ change: msg("wi-own-gpu", { gpu: entry.gpu.name }), answers: { ...a, hardware: [...a.hardware, { gpu: id, count: 1 }], hosting, ownHardwareCost: "tco" } });
  }
  if (a.tokensPerMonth > 0) out.push({ change: msg("wi-volume", { tokens: a.tokensPerMonth * 10, factor: 10 }), answers: atVolume(a, a.tokensPerMonth * 10) });
  const o = top?.c.offering;
  if (o?.retiresOn && o.retiresOn > day.today && o.retiresOn <= addDays(day.today, RETIRING_WHAT_IF_DAYS)) {
    out.push({ change: msg("wi-retiring", { provider: top?.c.provider?.name ?? o.providerId, model: top?.c.facts.model.name ?? "", date: o.retiresOn }), answers: a, day: { today: o.retiresOn } });
  }
  return out;
}

/** The single changes that would change the #1, each with the new #1, its deployment and the query that opens it. */
export function whatIfs(a: Answers, ctx: Context, day: RuleDay, top: Scored | undefined, W: Words): WhatIf[] {
  const out: WhatIf[] = [];
  for (const v of variants(a, ctx, day, top)) {
    const next = topOf(v.answers, ctx, v.day ?? day);
    if (!next || next.c.id === top?.c.id) continue;
    const sameModel = next.c.facts.model.id === top?.c.facts.model.id;
    const deployment = deploymentWords(next.c, W);
    out.push({
      change: W.say(v.change),
      sentence: W.locale === "zh" ? `${W.say(v.change)}：${W.say(msg("wi-result", { model: next.c.facts.model.name, deployment, sameModel }))}。` : `${W.say(v.change)}: ${W.say(msg("wi-result", { model: next.c.facts.model.name, deployment, sameModel }))}.`,
      newTopId: next.c.id,
      newTopName: next.c.facts.model.name,
      newTopModelId: next.c.facts.model.id,
      sameModel,
      newTopDeployment: deployment,
      shareQuery: encodeAnswers(v.answers),
    });
  }
  return out;
}
