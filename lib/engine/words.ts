import type { Gpu, Model, Offering, Unverified } from "../schema/catalog";
import { listLabel } from "./regions";

/**
 * Sentences that depend on the catalog alone, written on first use and kept beside the immutable
 * catalog objects they describe, so that every call (and every option of the same model, offering
 * or GPU) shares one string instead of writing it again.
 */
const modelNotesCache = new WeakMap<Model, readonly string[]>();
const offeringNotesCache = new WeakMap<Offering, readonly string[]>();
const offeringRegionsCache = new WeakMap<Offering, string>();
const gpuNotesCache = new WeakMap<Gpu, Map<number, readonly string[]>>();
const sensitiveCache = new WeakMap<Model, readonly string[]>();

const optionIds = new WeakMap<Offering, string>();

/** The option id of an API offering: "api:" and the offering id. */
export function offeringOptionId(o: Offering): string {
  let hit = optionIds.get(o);
  if (hit === undefined) optionIds.set(o, (hit = `api:${o.id}`));
  return hit;
}

const unverifiedNote = (u: Unverified) => `Unverified ${u.field}: ${u.note}`;

/** The model's licence caveat and unverified fields. */
export function modelNotes(model: Model): readonly string[] {
  let hit = modelNotesCache.get(model);
  if (!hit) {
    const notes: string[] = [];
    if (model.license.note) notes.push(`Licence (${model.license.id}): ${model.license.note}`);
    for (const u of model.unverified) notes.push(unverifiedNote(u));
    modelNotesCache.set(model, (hit = notes));
  }
  return hit;
}

/** An API offering's unverified fields, then its own notes. */
export function offeringNotes(o: Offering): readonly string[] {
  let hit = offeringNotesCache.get(o);
  if (!hit) offeringNotesCache.set(o, (hit = [...o.unverified.map(unverifiedNote), ...o.notes]));
  return hit;
}

/** "the EU and the US": where an offering processes prompts. */
export function offeringRegionsLabel(o: Offering): string {
  let hit = offeringRegionsCache.get(o);
  if (hit === undefined) offeringRegionsCache.set(o, (hit = listLabel(o.regions)));
  return hit;
}

const RENTAL_FIELD = /^rentals\[(\d+)\]/;

/** A GPU's unverified fields that matter here: its specs, and only the rental price actually used (index, or -1 for none). */
export function gpuNotes(gpu: Gpu, rentalIndex: number): readonly string[] {
  let byIndex = gpuNotesCache.get(gpu);
  if (!byIndex) gpuNotesCache.set(gpu, (byIndex = new Map()));
  let hit = byIndex.get(rentalIndex);
  if (!hit) {
    hit = gpu.unverified
      .filter((u) => {
        const m = RENTAL_FIELD.exec(u.field);
        return !m || Number(m[1]) === rentalIndex;
      })
      .map(unverifiedNote);
    byIndex.set(rentalIndex, hit);
  }
  return hit;
}

/** The model's documented content restrictions, each with its source: shown only when the user asks. */
export function sensitiveNotes(model: Model): readonly string[] {
  let hit = sensitiveCache.get(model);
  if (!hit) sensitiveCache.set(model, (hit = model.contentNotes.map((n) => `Sensitive topics: ${n.text} (source: ${n.source}, ${n.asOf})`)));
  return hit;
}
