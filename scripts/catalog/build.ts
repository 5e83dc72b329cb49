import type { z } from "zod";
import { LabFile, ModelFile, ProviderFile } from "../../lib/schema/catalog";
import { collectRows } from "./collect";
import { mergeLitellm } from "./from-litellm";
import { offeringsFromModelsDev } from "./from-models-dev";
import { applyOverlayOfferings } from "./from-overlay";
import { buildModel, type ModelDraft } from "./model-facts";
import type { ProviderOverlay } from "./overlay-schema";
import type { LitellmRow } from "./read-litellm";
import type { ModelsDevTree } from "./read-models-dev";
import { parseOverlay, type Overlays } from "./read-overlays";
import { buildReleaseIndex } from "./release-map";
import { emptyReport, ImportError, type Report, type Snapshot } from "./snapshot";
import type { Slot } from "./slots";
import { deriveUplift } from "./uplift";

export type ImportInput = { tree: ModelsDevTree; litellm?: readonly LitellmRow[]; overlays: Overlays; snapshot: Snapshot; today: string };

/** The catalog files the import writes, by path under data/ ("models/gpt-5.json"), already checked. */
export type ImportOutput = { files: Map<string, unknown>; report: Report };

const byKey = <T>(m: ReadonlyMap<string, T>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

function finish(s: Slot) {
  const notes = [...new Set([...(s.ruleNote ? [s.ruleNote] : []), ...(s.entry.notes ?? [])])];
  return { ...s.entry, notes };
}

function models(input: ImportInput, collected: ReturnType<typeof collectRows>, report: Report): Map<string, ModelDraft> {
  const out = new Map<string, ModelDraft>();
  for (const [id, o] of byKey(input.overlays.models)) {
    const where = `data/overlays/models/${id}.json`;
    const lab = o.lab !== undefined ? input.overlays.labs.get(o.lab) : undefined;
    if (!lab) throw new ImportError(where, "lab", `names lab "${o.lab ?? ""}", which has no file data/overlays/labs/${o.lab ?? "<lab>"}.json`);
    const labFile = o.modelsDev !== undefined ? input.tree.labs.get(o.modelsDev) : undefined;
    if (o.modelsDev !== undefined && !labFile) throw new ImportError(where, "modelsDev", `names "${o.modelsDev}", which has no file models/${o.modelsDev}.toml`);
    const arch = input.overlays.architectures.get(id);
    const draft = buildModel({ id, overlay: o, ...(arch ? { arch } : {}), lab, ...(labFile ? { labFile } : {}), rows: collected.byRelease.get(id) ?? [], snapshot: input.snapshot, report });
    if (draft) out.set(id, draft);
  }
  return out;
}

/** What a provider file keeps of its overlay: the operator facts, not the import rules. */
function providerFacts(o: ProviderOverlay) {
  const { name, url, processing, operator, dataPolicy, dpaUrl, subprocessorsUrl, unverified, source, asOf } = o;
  return { name, url, processing, operator, dataPolicy, dpaUrl, subprocessorsUrl, aggregator: o.aggregator ?? false, unverified, source, asOf };
}

function check<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  return parseOverlay(schema, data, `data/${file} (generated)`);
}

/** Run the import: upstream snapshots + overlays -> data/models, data/providers, data/labs. Pure. */
export function runImport(input: ImportInput): ImportOutput {
  const report = emptyReport();
  const index = buildReleaseIndex(input.overlays.models);
  const collected = collectRows(input.tree, index);
  const ctx = { tree: input.tree, collected, snapshot: input.snapshot, today: input.today, report, rows: input.litellm ?? [], index };
  const perProvider = new Map<string, Map<string, Slot>>();
  for (const [pid, overlay] of byKey(input.overlays.providers)) {
    const slots = offeringsFromModelsDev(ctx, pid, overlay);
    const held = mergeLitellm(ctx, pid, overlay, slots);
    applyOverlayOfferings(pid, overlay, slots, report, held);
    deriveUplift(slots);
    perProvider.set(pid, slots);
  }
  const offered = new Set([...perProvider.values()].flatMap((m) => [...m.values()].map((s) => s.entry.model)));
  const drafts = models(input, collected, report);
  for (const [id, d] of drafts) {
    if (!offered.has(id) && !d.openWeights) {
      drafts.delete(id);
      report.skipped.push(`models/${id}: left out: closed weights and no offering in the snapshots`);
    }
  }
  const files = new Map<string, unknown>();
  for (const [id, d] of drafts) {
    if (d.predecessor !== undefined && !drafts.has(d.predecessor)) {
      report.notes.push(`models/${id}: predecessor ${d.predecessor} is not in the catalog, so the link is left out`);
      delete d.predecessor;
    }
    files.set(`models/${id}.json`, check(ModelFile, d, `models/${id}.json`));
  }
  for (const [pid, slots] of perProvider) {
    const o = input.overlays.providers.get(pid)!;
    const offerings = [...slots.values()]
      .filter((s) => drafts.has(s.entry.model) || (report.skipped.push(`${pid}: ${s.key}: model ${s.entry.model} is not in the catalog`), false))
      .map(finish)
      .sort((a, b) => (a.model + "@" + (a.endpoint ?? "") < b.model + "@" + (b.endpoint ?? "") ? -1 : 1));
    files.set(`providers/${pid}.json`, check(ProviderFile, { ...providerFacts(o), offerings }, `providers/${pid}.json`));
  }
  const labs = new Set([...drafts.values()].map((d) => d.lab));
  for (const id of [...labs].sort()) files.set(`labs/${id}.json`, check(LabFile, input.overlays.labs.get(id), `labs/${id}.json`));
  report.notes.push(`${collected.unmapped} models.dev provider files name no release in data/overlays/models`);
  return { files, report };
}
