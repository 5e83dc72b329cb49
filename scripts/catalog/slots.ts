import type { z } from "zod";
import type { OfferingEntry } from "../../lib/schema/catalog";
import type { EndpointRule, ProviderOverlay } from "./overlay-schema";
import type { LitellmEntry } from "./read-litellm";
import { normKey } from "./release-map";
import type { Report } from "./snapshot";

export type Entry = z.input<typeof OfferingEntry>;

/** An offering being built, with where it came from (for dedupe, enrichment and inheritance). */
export type Slot = {
  entry: Entry;
  key: string;
  from: "models.dev" | "litellm" | "overlay";
  litellm?: LitellmEntry;
  /** The endpoint rule's note: true of this endpoint only, so never inherited. */
  ruleNote?: string;
};

export const slotId = (model: string, endpoint?: string) => `${model}@${endpoint ?? ""}`;

/** The first endpoint rule matching the upstream key, or undefined (then regions are undocumented). */
export function endpointFor(overlay: ProviderOverlay, key: string): EndpointRule | undefined {
  return overlay.endpoints.find((r) => new RegExp(r.match).test(key));
}

export function skipFor(overlay: ProviderOverlay, key: string): string | undefined {
  return overlay.skip.find((s) => new RegExp(s.match).test(key))?.reason;
}

const STATUS_RANK = { active: 0, beta: 1, retiring: 2, retired: 3 } as const;

/**
 * Which of two rows naming the same release and endpoint to keep: a live one over a retired one,
 * then the key that spells the release's own name, then an undated key, then the first by name.
 */
function rank(s: Slot): [number, number, string] {
  const n = normKey(s.key);
  const model = normKey(s.entry.model);
  const spelling = n === model ? 0 : /-20\d\d-?\d\d-?\d\d$|-\d{4}$/.test(n) ? 2 : 1;
  return [STATUS_RANK[s.entry.status ?? "active"], spelling, s.key];
}

export function better(a: Slot, b: Slot): Slot {
  const ra = rank(a), rb = rank(b);
  for (let i = 0; i < 3; i++) {
    const x = ra[i]!, y = rb[i]!;
    if (x !== y) return x < y ? a : b;
  }
  return a;
}

/** Put a slot in the map, keeping the better of two for the same release and endpoint. */
export function place(map: Map<string, Slot>, s: Slot, provider: string, report: Report): void {
  const id = slotId(s.entry.model, s.entry.endpoint);
  const old = map.get(id);
  if (!old) {
    map.set(id, s);
    return;
  }
  const keep = better(old, s);
  const drop = keep === old ? s : old;
  map.set(id, keep);
  report.skipped.push(`${provider}: ${drop.from} ${drop.key}: same release and endpoint as ${keep.key}`);
}
