import type { Slot } from "./slots";

const close = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(a, b);

/**
 * A regional offering read at its own price (LiteLLM's "azure/eu/..." keys, Bedrock's geographic
 * profiles) carries its surcharge over the same provider's global price as `regionalUplift`, when
 * input and output are dearer by one ratio: the cost lines then show the surcharge on its own.
 */
export function deriveUplift(slots: Map<string, Slot>): void {
  const global = new Map<string, Slot>();
  for (const s of slots.values()) {
    if (s.entry.scope === "global" && (s.entry.prices.currency ?? "USD") === "USD" && s.entry.status !== "retired") global.set(s.entry.model, s);
  }
  for (const s of slots.values()) {
    const g = global.get(s.entry.model);
    const p = s.entry.prices;
    if (!g || s.entry.scope === "global" || s.entry.regionalUplift !== undefined || (p.currency ?? "USD") !== "USD") continue;
    const gi = g.entry.prices.input, go = g.entry.prices.output;
    if (gi <= 0 || go <= 0) continue;
    const k = p.input / gi;
    if (k <= 1.001 || k > 3 || !close(k, p.output / go)) continue;
    const ratio = Math.round(k * 1000) / 1000;
    s.entry.regionalUplift = ratio;
    s.entry.notes = [...(s.entry.notes ?? []), `Derived: ${ratio}x the provider's global price (${gi}/${go} per 1M), read as the regional surcharge.`];
  }
}
