import type { EngineContext, GpuEntry, ModelFacts } from "../core/types";
import { physGpu, physModel } from "../physics";
import { evidenceIndex, modelEvidence } from "../quality/evidence";
import { taskFloors, type TaskFloors } from "../quality/option";
import type { Catalog, Offering } from "../schema/catalog";

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export type Context = EngineContext & { floors: TaskFloors };

// One context per catalog object: the catalog is immutable data, so its index serves every
// recommend() call on it (the shipped catalog is one object for the life of the process).
const cache = new WeakMap<Catalog, Context>();

/** Index the catalog once; sorting by id makes every later loop independent of file order. */
export function buildContext(catalog: Catalog): Context {
  const hit = cache.get(catalog);
  if (hit) return hit;
  const ctx = indexCatalog(catalog);
  cache.set(catalog, ctx);
  return ctx;
}

function indexCatalog(catalog: Catalog): Context {
  const idx = evidenceIndex(catalog.quality?.sources ?? [], catalog.quality?.mapping, catalog.models);
  const models: ModelFacts[] = [...catalog.models].sort(byId).map((model, index) => {
    const phys = model.openWeights ? physModel(model) : undefined;
    return {
      index,
      model,
      ...(phys ? { phys } : {}),
      vision: model.modalities.includes("image"),
      selfHostable: phys !== undefined,
      unverified: model.unverified.length,
      evidence: modelEvidence(model, idx),
    };
  });
  const offerings = [...catalog.offerings].sort(byId);
  const offeringsByModel = new Map<string, Offering[]>();
  for (const o of offerings) offeringsByModel.set(o.modelId, [...(offeringsByModel.get(o.modelId) ?? []), o]);
  const gpus: GpuEntry[] = [...catalog.gpus].sort(byId).map((gpu) => {
    const phys = physGpu(gpu);
    return phys ? { gpu, phys } : { gpu };
  });
  const aliases = new Map<string, string>();
  for (const m of models) for (const a of m.model.aliases) aliases.set(a, m.model.id);
  return {
    catalog,
    models,
    modelById: new Map(models.map((f) => [f.model.id, f])),
    aliases,
    providerById: new Map(catalog.providers.map((p) => [p.id, p])),
    cloudById: new Map(catalog.clouds.map((c) => [c.id, c])),
    offerings,
    offeringsByModel,
    gpus,
    gpuById: new Map(gpus.map((g) => [g.gpu.id, g])),
    floors: taskFloors(models.map((m) => m.evidence)),
  };
}
