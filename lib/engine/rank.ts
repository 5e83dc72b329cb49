import { breakdownOf, criterionWeights, scoreOf, valuesInto, type Weights } from "../score/combine";
import { withActiveTasks } from "../score/tasks";
import type { NoteMemo } from "../score/types";
import type { Answers } from "../schema/answers";
import type { Deployment, Excluded, Option } from "../schema/recommendation";
import { buildParts, type CandidateParts } from "./candidates";
import { passes, violations } from "./constraints";
import { costNote, notesFor, whyHere } from "./explain";
import type { Candidate, EngineContext } from "./types";

/**
 * An API offering's deployment reads only the catalog (provider, regions), never the answers: one
 * frozen object per offering serves every call, as ranked option or as exclusion. Most options
 * and exclusions are API offerings, so this is most of the deployments a call returns.
 */
const apiDeployments = new WeakMap<object, Deployment>();

function deploymentOf(c: Candidate): Deployment {
  const o = c.kind === "api" ? c.offering : undefined;
  if (!o) return buildDeployment(c);
  let hit = apiDeployments.get(o);
  if (!hit) {
    hit = buildDeployment(c);
    Object.freeze(hit.regions);
    apiDeployments.set(o, Object.freeze(hit));
  }
  return hit;
}

function buildDeployment(c: Candidate): Deployment {
  const d: Deployment = { kind: c.kind, regions: c.regions.slice() };
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
  if (c.rental) {
    const { provider, region, usdPerGpuHour, source, asOf } = c.rental;
    d.rental = { provider, region, usdPerGpuHour, source, asOf };
  }
  return d;
}

const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** The option as returned: sentences are written here, once the candidate is known to be ranked. */
function optionOf(c: Candidate, a: Answers, weights: Weights, values: readonly number[], at: number, score: number, rank: number, top: number, memos: NoteMemo[]): Option {
  const { model } = c.facts;
  const breakdown = breakdownOf(c, a, weights, values, at, memos);
  const cost = costNote(c, a);
  const option: Option = {
    id: c.id, modelId: model.id, modelName: model.name, lab: model.labName,
    deployment: deploymentOf(c), score, breakdown, monthlyCostUsd: c.costUsd, costNote: cost, notes: notesFor(c, a, cost),
  };
  if (c.memory) option.memory = { weightsBytes: c.memory.weightsBytes, kvCacheBytes: c.memory.kvCacheBytes, overheadBytes: c.memory.overheadBytes, totalBytes: c.memory.totalBytes };
  if (c.tokensPerSecond !== undefined) option.tokensPerSecond = Math.round(c.tokensPerSecond * 10) / 10;
  option.whyHere = whyHere(rank, breakdown, top, score);
  return option;
}

/**
 * Rank and exclude, without what-if: the part what-if reruns for each changed answer. Numbers
 * first (rules, criterion values, scores) for every candidate; sentences after, for what is returned.
 */
export function rankWith(answers: Answers, ctx: EngineContext, parts: CandidateParts = buildParts(answers, ctx)): { ranked: Option[]; excluded: Excluded[] } {
  return withActiveTasks(answers, () => rankPass(answers, parts));
}

function rankPass(answers: Answers, parts: CandidateParts): { ranked: Option[]; excluded: Excluded[] } {
  const weights = criterionWeights(answers);
  const n = weights.length;
  const passing: Candidate[] = [];
  const scores: number[] = [];
  const values: number[] = [];
  const excluded: Excluded[] = [];
  for (const part of [parts.api, parts.cloud, parts.own]) {
    for (const c of part) {
      if (!passes(c, answers)) {
        const { model } = c.facts;
        excluded.push({ id: c.id, modelId: model.id, modelName: model.name, deployment: deploymentOf(c), reasons: violations(c, answers) });
        continue;
      }
      valuesInto(c, answers, weights, values);
      scores.push(scoreOf(values, passing.length * n, weights));
      passing.push(c);
    }
  }
  // Best first; equal scores by id, so the order never depends on the catalog's order.
  const order = passing.map((_, i) => i);
  order.sort((i, j) => (scores[j] ?? 0) - (scores[i] ?? 0) || byId(passing[i] as Candidate, passing[j] as Candidate));
  const top = scores[order[0] ?? 0] ?? 0;
  const memos: NoteMemo[] = weights.map(() => new Map());
  const ranked: Option[] = [];
  for (const i of order) ranked.push(optionOf(passing[i] as Candidate, answers, weights, values, i * n, scores[i] ?? 0, ranked.length + 1, top, memos));
  excluded.sort(byId);
  return { ranked, excluded };
}

/** The #1 for these answers, without breakdowns, notes or exclusions: what-if asks this many times. */
export function topWith(answers: Answers, ctx: EngineContext, reuse: Partial<CandidateParts> = {}): { id: string; modelName: string } | undefined {
  const parts = buildParts(answers, ctx, reuse);
  return withActiveTasks(answers, () => topPass(answers, parts));
}

function topPass(answers: Answers, parts: CandidateParts): { id: string; modelName: string } | undefined {
  const weights = criterionWeights(answers);
  const values: number[] = [];
  let best: Candidate | undefined;
  let bestScore = 0;
  for (const part of [parts.api, parts.cloud, parts.own]) {
    for (const c of part) {
      if (!passes(c, answers)) continue;
      values.length = 0;
      valuesInto(c, answers, weights, values);
      const score = scoreOf(values, 0, weights);
      if (!best || score > bestScore || (score === bestScore && c.id < best.id)) {
        best = c;
        bestScore = score;
      }
    }
  }
  return best && { id: best.id, modelName: best.facts.model.name };
}
