import { combine, criterionWeights, scoreOnly } from "../score/combine";
import type { Answers } from "../schema/answers";
import type { Deployment, Excluded, Option } from "../schema/recommendation";
import { buildCandidates, type CandidateParts } from "./candidates";
import { passes, violations } from "./constraints";
import { notesFor, whyHere } from "./explain";
import type { Candidate, EngineContext } from "./types";

function deploymentOf(c: Candidate): Deployment {
  const d: Deployment = { kind: c.kind, regions: c.regions };
  if (c.provider) {
    d.providerId = c.provider.id;
    d.providerName = c.provider.name;
  } else if (c.offering) d.providerId = c.offering.providerId;
  if (c.gpu) {
    d.gpu = c.gpu.id;
    d.gpuName = c.gpu.name;
  }
  if (c.gpuCount !== undefined) d.gpuCount = c.gpuCount;
  if (c.quant) d.quantization = c.quant;
  if (c.rental) d.rental = { ...c.rental };
  return d;
}

/** Rank and exclude, without what-if: the part what-if reruns for each changed answer. */
export function rankWith(answers: Answers, ctx: EngineContext, parts?: CandidateParts): { ranked: Option[]; excluded: Excluded[] } {
  const weights = criterionWeights(answers);
  const ranked: Option[] = [];
  const excluded: Excluded[] = [];
  for (const c of buildCandidates(answers, ctx, parts)) {
    const reasons = violations(c, answers);
    const { model } = c.facts;
    if (reasons.length > 0) {
      excluded.push({ id: c.id, modelId: model.id, modelName: model.name, deployment: deploymentOf(c), reasons });
      continue;
    }
    const { score, breakdown } = combine(c, answers, weights);
    const option: Option = {
      id: c.id, modelId: model.id, modelName: model.name, lab: model.labName,
      deployment: deploymentOf(c), score, breakdown, monthlyCostUsd: c.cost.usd, costNote: c.cost.note, notes: notesFor(c, answers),
    };
    if (c.memory) option.memory = { weightsBytes: c.memory.weightsBytes, kvCacheBytes: c.memory.kvCacheBytes, overheadBytes: c.memory.overheadBytes, totalBytes: c.memory.totalBytes };
    if (c.tokensPerSecond !== undefined) option.tokensPerSecond = Math.round(c.tokensPerSecond * 10) / 10;
    ranked.push(option);
  }
  // Best first; equal scores by id, so the order never depends on the catalog's order.
  ranked.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  excluded.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const top = ranked[0]?.score ?? 0;
  ranked.forEach((o, i) => (o.whyHere = whyHere(i + 1, o.breakdown, top, o.score)));
  return { ranked, excluded };
}

/** The #1 for these answers, without breakdowns, notes or exclusions: what-if asks this many times. */
export function topWith(answers: Answers, ctx: EngineContext, reuse: Partial<CandidateParts> = {}): { id: string; modelName: string } | undefined {
  const weights = criterionWeights(answers);
  let best: { id: string; modelName: string; score: number } | undefined;
  for (const c of buildCandidates(answers, ctx, reuse)) {
    if (!passes(c, answers)) continue;
    const score = scoreOnly(c, answers, weights);
    if (!best || score > best.score || (score === best.score && c.id < best.id)) best = { id: c.id, modelName: c.facts.model.name, score };
  }
  return best && { id: best.id, modelName: best.modelName };
}
