import type { Collected, MappedRow } from "./collect";
import { lifecycleOf } from "./lifecycle";
import type { ProviderOverlay } from "./overlay-schema";
import { pricesFromModelsDev } from "./prices";
import type { ModelsDevTree } from "./read-models-dev";
import { modelsDevUrl, type Report, type Snapshot } from "./snapshot";
import { endpointFor, place, skipFor, type Slot } from "./slots";
import { CACHE_BY_STORAGE, CURRENCY, CURRENCY_NOTE, MIRROR_OF, PRICE_PAGE } from "./upstream-tables";

export type Ctx = { tree: ModelsDevTree; collected: Collected; snapshot: Snapshot; today: string; report: Report };

/** The provider's own page for an upstream folder: its price page, else provider.toml's `doc`. */
export function upstreamPage(ctx: Ctx, folder: string): string | undefined {
  const doc = ctx.tree.providers.get(folder)?.meta.data.doc;
  return PRICE_PAGE[folder] ?? (typeof doc === "string" && /^https?:\/\//.test(doc) ? doc : undefined);
}

function slotOf(ctx: Ctx, providerId: string, overlay: ProviderOverlay, r: MappedRow): Slot | string {
  const skip = skipFor(overlay, r.key);
  if (skip) return `skip rule: ${skip}`;
  const cost = r.row.cost;
  if (!cost) return "no price";
  // Subscription plans (coding and token plans) list 0 per token: a flat fee, never free tokens.
  if (cost.input === 0) return "priced 0 per token (a subscription plan or a free tier, not a per-token price)";
  const rule = endpointFor(overlay, r.key);
  if (!rule) return "no endpoint rule of the overlay matches, so its processing regions are undocumented";
  const currency = CURRENCY[r.folder] ?? "USD";
  const storage = CACHE_BY_STORAGE.has(r.folder) && /gemini/.test(r.key);
  const p = pricesFromModelsDev(storage ? { ...cost, cache_write: undefined, cached_write: undefined } : cost, currency);
  if (storage && cost.cache_write !== undefined) p.notes.push(`models.dev lists a cache_write of ${cost.cache_write}; Google bills context caching by storage time, so it is not used as a write price.`);
  const life = lifecycleOf({ modelsDevStatus: r.row.status, today: ctx.today });
  const upstream = upstreamPage(ctx, r.folder);
  const notes = [...(CURRENCY_NOTE[r.folder] ? [CURRENCY_NOTE[r.folder] as string] : []), ...p.notes, ...(life.note ? [life.note] : [])];
  return {
    key: r.key,
    from: "models.dev",
    ...(rule.note ? { ruleNote: rule.note } : {}),
    entry: {
      model: r.release,
      ...(rule.endpoint ? { endpoint: rule.endpoint } : {}),
      regions: rule.regions,
      scope: rule.scope,
      prices: p.prices,
      tiers: p.tiers,
      ...(p.cache ? { cache: p.cache } : {}),
      ...(rule.regionalUplift ? { regionalUplift: rule.regionalUplift } : {}),
      ...(rule.planRequired ? { planRequired: rule.planRequired } : {}),
      status: life.status,
      ...(life.retiresOn ? { retiresOn: life.retiresOn } : {}),
      apiModelId: r.key,
      ...(r.row.limit?.context ? { contextTokens: r.row.limit.context } : {}),
      ...(r.row.limit?.output ? { maxOutputTokens: r.row.limit.output } : {}),
      notes,
      unverified: [],
      ...(upstream ? { upstream } : {}),
      source: modelsDevUrl(ctx.snapshot, r.file),
      asOf: ctx.snapshot.modelsDev.date,
    },
  };
}

/** The provider's offerings read from its models.dev folders, one per release and endpoint. */
export function offeringsFromModelsDev(ctx: Ctx, providerId: string, overlay: ProviderOverlay): Map<string, Slot> {
  const slots = new Map<string, Slot>();
  for (const folder of overlay.upstream?.modelsDev ?? []) {
    if (!ctx.tree.providers.has(folder)) {
      ctx.report.notes.push(`${providerId}: models.dev has no folder providers/${folder}`);
      continue;
    }
    const mirror = MIRROR_OF[folder];
    if (mirror) {
      ctx.report.skipped.push(`${providerId}: providers/${folder}: a copy of providers/${mirror}, not price evidence`);
      continue;
    }
    for (const r of ctx.collected.byFolder.get(folder) ?? []) {
      const s = slotOf(ctx, providerId, overlay, r);
      if (typeof s === "string") ctx.report.skipped.push(`${providerId}: ${r.file}: ${s}`);
      else place(slots, s, providerId, ctx.report);
    }
  }
  return slots;
}
