import { OfferingEntry } from "../../lib/schema/catalog";
import type { OfferingOverlay, ProviderOverlay } from "./overlay-schema";
import { ImportError, type Report } from "./snapshot";
import { slotId, type Entry, type Slot } from "./slots";

const FIGURES = ["prices", "tiers", "contextTokens", "maxOutputTokens", "status", "retiresOn", "regionalUplift", "regions", "scope"] as const;

const eq = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const union = (a: string[] | undefined, b: string[] | undefined) => [...new Set([...(a ?? []), ...(b ?? [])])];

/** The overlay's fields over an imported offering: the overlay wins, and a changed figure is reported. */
function overlayOnto(base: Entry, o: OfferingOverlay, where: string, report: Report, inherited: boolean): Entry {
  const { model, endpoint, notes, unverified, prices, ...rest } = o;
  if (!inherited) {
    for (const k of FIGURES) {
      const theirs = base[k];
      const mine = k === "prices" ? (prices ? { ...base.prices, ...prices } : undefined) : rest[k as keyof typeof rest];
      if (mine !== undefined && theirs !== undefined && !eq(mine, theirs)) {
        report.conflicts.push(`${where}: ${k} ${JSON.stringify(mine)} from the overlay wins over ${JSON.stringify(theirs)} in the snapshot`);
      }
    }
  }
  const out: Entry = { ...base, ...rest, model, prices: { ...base.prices, ...(prices ?? {}) } };
  if (endpoint !== undefined) out.endpoint = endpoint;
  out.notes = union(base.notes, notes);
  out.unverified = [...(base.unverified ?? []), ...(unverified ?? [])].filter((u, i, xs) => xs.findIndex((v) => eq(u, v)) === i);
  return out;
}

/** The imported offering of the same model that an incomplete overlay offering is based on. */
function baseFor(slots: Map<string, Slot>, model: string): Slot | undefined {
  const all = [...slots.values()].filter((s) => s.entry.model === model && s.from !== "overlay");
  const order = (s: Slot) => (s.entry.endpoint === undefined ? 0 : s.entry.endpoint === "global" ? 1 : 2);
  return all.sort((a, b) => order(a) - order(b) || (slotId(a.entry.model, a.entry.endpoint) < slotId(b.entry.model, b.entry.endpoint) ? -1 : 1))[0];
}

const scale = (n: number | undefined, k: number) => (n === undefined ? undefined : Number((n * k).toPrecision(10)));

/** An inherited regional offering is priced at the global price times the documented uplift. */
function applyUplift(s: Slot, o: OfferingOverlay): void {
  const region = s.entry.regions.length === 1 ? s.entry.regions[0] : undefined;
  const fromLitellm = region === "eu" ? s.litellm?.regional_processing_uplift_multiplier_eu : region === "us" ? s.litellm?.regional_processing_uplift_multiplier_us : undefined;
  const k = o.regionalUplift ?? fromLitellm;
  if (k === undefined || k === 1 || o.prices) return;
  const p = s.entry.prices;
  for (const f of ["input", "output", "cachedInput", "cacheWrite", "batchInput", "batchOutput"] as const) {
    const v = scale(p[f], k);
    if (v !== undefined) p[f] = v;
  }
  s.entry.tiers = (s.entry.tiers ?? []).map((t) => ({ ...t, input: scale(t.input, k)!, output: scale(t.output, k)!, ...(t.cachedInput !== undefined ? { cachedInput: scale(t.cachedInput, k)! } : {}) }));
  s.entry.regionalUplift = k;
  const why = o.regionalUplift !== undefined ? "the overlay's documented uplift" : `LiteLLM's regional_processing_uplift_multiplier_${region}`;
  s.entry.notes = union(s.entry.notes, [`Derived: the global price x ${k} (${why}).`]);
  s.entry.unverified = (s.entry.unverified ?? []).filter((u) => !(u.field === "prices" && /global price/.test(u.note)));
}

/** Overlay offerings: corrections to imported ones, regional variants of them, or complete offerings no snapshot lists. */
export function applyOverlayOfferings(providerId: string, overlay: ProviderOverlay, slots: Map<string, Slot>, report: Report, held: ReadonlyMap<string, Slot> = new Map()): void {
  overlay.offerings.forEach((o, i) => {
    const where = `data/overlays/providers/${providerId}.json`;
    const id = slotId(o.model, o.endpoint);
    const hit = slots.get(id) ?? held.get(id);
    if (hit) {
      hit.entry = overlayOnto(hit.entry, o, `${providerId}/${id}`, report, false);
      slots.set(id, hit);
      return;
    }
    const complete = OfferingEntry.safeParse(o);
    if (complete.success) {
      slots.set(id, { key: `overlay:${id}`, from: "overlay", entry: o as Entry });
      return;
    }
    const base = baseFor(slots, o.model);
    if (!base) {
      const missing = complete.error.issues.map((x) => x.path.join(".")).filter(Boolean).join(", ");
      throw new ImportError(where, `offerings[${i}]`, `names model "${o.model}", which no imported offering of this provider serves, and is not complete (missing ${missing})`);
    }
    const entry = overlayOnto(structuredClone(base.entry), o, `${providerId}/${id}`, report, true);
    const s: Slot = { key: base.key, from: "overlay", entry, ...(base.litellm ? { litellm: base.litellm } : {}) };
    applyUplift(s, o);
    slots.set(id, s);
  });
}
