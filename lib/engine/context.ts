import { TASK_BENCHMARKS, normaliseScore } from "../catalog/task-benchmarks";
import type { Catalog, Model, Offering } from "../schema/catalog";
import { TASKS, type Task } from "../schema/common";
import { NEUTRAL_TASK_QUALITY } from "./assumptions";
import type { EngineContext, ModelFacts, TaskQuality } from "./types";

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Quality per task: the weighted mean of normalised scores over the benchmarks the model has,
 * shrunk toward the neutral value by the share of the task's benchmark weight it lacks. Without
 * this, one saturated benchmark (gpt-oss-20b's MMLU, weight 1 of 7 for chat) read as 90/100 chat.
 */
function taskQuality(model: Model, task: Task): TaskQuality {
  let sum = 0;
  let present = 0;
  let total = 0;
  const used: string[] = [];
  for (const spec of TASK_BENCHMARKS[task].benchmarks) {
    total += spec.weight;
    // Several rows for one benchmark (settings, reporters): take the best published figure.
    let best: number | undefined;
    for (const b of model.benchmarks) if (b.name === spec.name && (best === undefined || b.score > best)) best = b.score;
    if (best === undefined) continue;
    sum += spec.weight * normaliseScore(spec, best);
    present += spec.weight;
    used.push(spec.name);
  }
  const measured = present > 0 ? sum / present : 0;
  const coverage = total > 0 ? present / total : 0;
  return { value: coverage * measured + (1 - coverage) * NEUTRAL_TASK_QUALITY, measured, coverage, used };
}

function factsOf(model: Model, index: number): ModelFacts {
  const quality = {} as Record<Task, TaskQuality>;
  for (const t of TASKS) quality[t] = taskQuality(model, t);
  return {
    index,
    model,
    quality,
    vision: model.modalities.includes("image"),
    unverified: model.unverified.length,
    selfHostable: model.openWeights && model.params !== undefined,
  };
}

// One context per catalog object: the catalog is immutable data, so its index can be reused by
// every recommend() call on it (the shipped catalog is one object for the life of the process).
const cache = new WeakMap<Catalog, EngineContext>();

/** Index the catalog once; sorting by id makes every later loop independent of file order. */
export function buildContext(catalog: Catalog): EngineContext {
  const hit = cache.get(catalog);
  if (hit) return hit;
  const ctx = indexCatalog(catalog);
  cache.set(catalog, ctx);
  return ctx;
}

function indexCatalog(catalog: Catalog): EngineContext {
  const models = [...catalog.models].sort(byId).map(factsOf);
  const offerings = [...catalog.offerings].sort(byId);
  const offeringsByModel = new Map<string, Offering[]>();
  for (const o of offerings) {
    const list = offeringsByModel.get(o.modelId);
    if (list) list.push(o);
    else offeringsByModel.set(o.modelId, [o]);
  }
  const gpus = [...catalog.gpus].sort(byId);
  return {
    catalog,
    models,
    modelById: new Map(models.map((f) => [f.model.id, f])),
    providerById: new Map(catalog.providers.map((p) => [p.id, p])),
    offerings,
    offeringsByModel,
    gpus,
    gpuById: new Map(gpus.map((g) => [g.id, g])),
  };
}
