import type { Ctx } from "./from-models-dev";
import { lifecycleOf } from "./lifecycle";
import type { ProviderOverlay } from "./overlay-schema";
import { batchPrices, litellmTiers, pricesFromLitellm } from "./prices";
import type { LitellmRow } from "./read-litellm";
import { matchRelease, type ReleaseIndex } from "./release-map";
import { litellmUrl } from "./snapshot";
import { better, endpointFor, skipFor, slotId, type Slot } from "./slots";
import { CHAT_MODES, stripLitellmPrefix } from "./upstream-tables";

export type LitellmCtx = Ctx & { rows: readonly LitellmRow[]; index: ReleaseIndex };

/** LiteLLM rows of this provider as candidate slots (the best per release and endpoint). */
function candidates(ctx: LitellmCtx, providerId: string, overlay: ProviderOverlay): Map<string, Slot> {
  const names = new Set(overlay.upstream?.litellm ?? []);
  const out = new Map<string, Slot>();
  const snap = ctx.snapshot.litellm;
  if (!snap) return out;
  for (const { key, entry } of ctx.rows) {
    if (!entry.litellm_provider || !names.has(entry.litellm_provider)) continue;
    if (entry.mode !== undefined && !CHAT_MODES.has(entry.mode)) continue;
    const api = stripLitellmPrefix(key, entry.litellm_provider);
    const release = matchRelease(ctx.index, entry.litellm_provider, api);
    if (release === undefined || skipFor(overlay, api)) continue;
    const rule = endpointFor(overlay, api);
    const p = pricesFromLitellm(entry);
    if (!rule || !p || p.prices.input === 0) continue;
    const life = lifecycleOf({ deprecationDate: entry.deprecation_date, today: ctx.today });
    const upstream = entry.source && /^https?:\/\//.test(entry.source) ? entry.source : undefined;
    const s: Slot = {
      key: api, from: "litellm", litellm: entry, ...(rule.note ? { ruleNote: rule.note } : {}),
      entry: {
        model: release, ...(rule.endpoint ? { endpoint: rule.endpoint } : {}), regions: rule.regions, scope: rule.scope,
        prices: p.prices, tiers: p.tiers, ...(p.cache ? { cache: p.cache } : {}),
        ...(rule.regionalUplift ? { regionalUplift: rule.regionalUplift } : {}), ...(rule.planRequired ? { planRequired: rule.planRequired } : {}),
        status: life.status, ...(life.retiresOn ? { retiresOn: life.retiresOn } : {}),
        apiModelId: api.replace(/^(eu|us|global|global-standard)\//, ""),
        ...(entry.max_input_tokens ? { contextTokens: entry.max_input_tokens } : {}), ...(entry.max_output_tokens ? { maxOutputTokens: entry.max_output_tokens } : {}),
        notes: life.note ? [life.note] : [], unverified: [], ...(upstream ? { upstream } : {}),
        source: litellmUrl(ctx.snapshot), asOf: snap.date,
      },
    };
    const id = slotId(release, rule.endpoint);
    const old = out.get(id);
    out.set(id, old ? better(old, s) : s);
  }
  return out;
}

const same = (a: number | undefined, b: number | undefined) => a === undefined || b === undefined || Math.abs(a - b) < 1e-9;

/**
 * LiteLLM after models.dev: an offering both list gets LiteLLM's batch prices, its shutdown date
 * and a price cross-check (models.dev's price is kept); one only LiteLLM lists is added from it.
 */
export function mergeLitellm(ctx: LitellmCtx, providerId: string, overlay: ProviderOverlay, slots: Map<string, Slot>): Map<string, Slot> {
  const held = new Map<string, Slot>();
  const snap = ctx.snapshot.litellm;
  if (!snap) return held;
  // LiteLLM keys outlive retired models: a release only LiteLLM lists here is taken only for a
  // provider models.dev does not cover, or as another endpoint of a release models.dev lists here.
  const covered = (overlay.upstream?.modelsDev ?? []).length > 0;
  const listed = new Set([...slots.values()].map((s) => s.entry.model));
  for (const [id, l] of candidates(ctx, providerId, overlay)) {
    const s = slots.get(id);
    if (!s) {
      if (covered && !listed.has(l.entry.model)) {
        // Held back: an overlay offering of this model and endpoint vouches that it is live and takes it.
        held.set(id, l);
        ctx.report.skipped.push(`${providerId}: LiteLLM ${l.key}: only LiteLLM lists ${l.entry.model} here, and its keys outlive retired models (an overlay offering of it takes it)`);
      } else slots.set(id, l);
      continue;
    }
    const e = l.litellm;
    if (!e) continue;
    s.litellm = e;
    const p = s.entry.prices;
    const cur = p.currency ?? "USD";
    if (cur === "USD" && (!same(p.input, l.entry.prices.input) || !same(p.output, l.entry.prices.output))) {
      ctx.report.mismatches.push(`${providerId}/${id}: models.dev ${p.input}/${p.output} (${s.key}), LiteLLM ${l.entry.prices.input}/${l.entry.prices.output} (${l.key})`);
    }
    const batch = cur === "USD" ? batchPrices(e) : {};
    if (batch.batchInput !== undefined || batch.batchOutput !== undefined) {
      Object.assign(p, batch);
      s.entry.notes = [...(s.entry.notes ?? []), `Batch prices from LiteLLM's price map (${litellmUrl(ctx.snapshot)}, ${snap.date}).`];
    }
    if ((s.entry.tiers ?? []).length === 0 && cur === "USD" && same(p.input, l.entry.prices.input) && litellmTiers(e).length > 0) {
      s.entry.tiers = litellmTiers(e);
      s.entry.notes = [...(s.entry.notes ?? []), "Long-context tier from LiteLLM's price map."];
    }
    if (e.deprecation_date !== undefined) {
      const life = lifecycleOf({ modelsDevStatus: s.entry.status === "retired" ? "deprecated" : undefined, deprecationDate: e.deprecation_date, today: ctx.today });
      s.entry.status = life.status;
      if (life.retiresOn) s.entry.retiresOn = life.retiresOn;
      s.entry.notes = [...(s.entry.notes ?? []).filter((n) => !n.startsWith("Marked deprecated")), ...(life.note ? [life.note] : [])];
    }
  }
  return held;
}
