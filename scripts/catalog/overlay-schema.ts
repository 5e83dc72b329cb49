import { z } from "zod";
import {
  Architecture,
  CachePolicy,
  DataPolicy,
  LabFile,
  License,
  ModelFile,
  OfferingFields,
  Operator,
  Params,
  PriceTier,
  Prices,
  Unverified,
} from "../../lib/schema/catalog";
import { Currency, IsoDate, OfferingStatus, Quantization, Region, Scope, SourceRef } from "../../lib/schema/common";

/**
 * Hand-written overlays (data/overlays/): what no upstream snapshot has. The importer reads an
 * upstream snapshot (models.dev at a commit, LiteLLM's price map), applies these, and writes the
 * catalog files in data/models and data/providers. Overlays win over imported figures; where an
 * overlay and the snapshot disagree on a figure both hold, the importer reports it.
 */

const cited = { source: SourceRef, asOf: IsoDate };

/**
 * How upstream model keys of a provider become offerings: the first rule whose `match` (a regular
 * expression on the upstream key, e.g. Bedrock's "eu.anthropic.claude-sonnet-4-5-20250929-v1:0")
 * matches gives the endpoint slug, the regions the scope may route to and the scope.
 */
export const EndpointRule = z
  .object({
    match: z.string().min(1),
    endpoint: z.string().regex(/^[a-z0-9-]+$/).optional(),
    regions: z.array(Region).min(1),
    scope: Scope,
    planRequired: z.string().optional(),
    regionalUplift: z.number().min(1).max(3).optional(),
    note: z.string().optional(),
    ...cited,
  })
  .strict();
export type EndpointRule = z.infer<typeof EndpointRule>;

/** An upstream key left out, and why (a subscription plan priced 0 per token, an embedding model, ...). */
export const SkipRule = z.object({ match: z.string().min(1), reason: z.string().min(1) }).strict();

/**
 * A correction to one imported offering (same model and endpoint), a variant of an imported one
 * (another endpoint of the same model: it inherits the imported prices and figures), or an offering
 * no snapshot lists (then complete). No field has a default here: a field left out keeps the
 * imported value (a default "active" would revive a retired offering, a default [] drop its tiers).
 */
export const OfferingOverlay = OfferingFields.extend({
  prices: Prices.extend({ currency: Currency.optional() }).partial(),
  tiers: z.array(PriceTier).optional(),
  status: OfferingStatus.optional(),
  notes: z.array(z.string()).optional(),
  unverified: z.array(Unverified).optional(),
})
  .partial()
  .extend({ model: z.string().min(1), endpoint: z.string().regex(/^[a-z0-9-]+$/).optional() })
  .strict();
export type OfferingOverlay = z.infer<typeof OfferingOverlay>;

/** data/overlays/providers/<id>.json */
export const ProviderOverlay = z
  .object({
    name: z.string().min(1),
    url: z.url(),
    processing: z.string().min(1),
    operator: Operator,
    dataPolicy: DataPolicy.optional(),
    dpaUrl: z.url().optional(),
    subprocessorsUrl: z.url().optional(),
    aggregator: z.boolean().optional(),
    /** Upstream names of this provider: models.dev provider folders, LiteLLM `litellm_provider` values. */
    upstream: z.object({ modelsDev: z.array(z.string()).default([]), litellm: z.array(z.string()).default([]) }).strict().optional(),
    endpoints: z.array(EndpointRule).default([]),
    skip: z.array(SkipRule).default([]),
    offerings: z.array(OfferingOverlay).default([]),
    unverified: z.array(Unverified).default([]),
    ...cited,
  })
  .strict();
export type ProviderOverlay = z.infer<typeof ProviderOverlay>;

/** data/overlays/models/<id>.json: hand facts of a release (licence, content notes, links), winning over the import. */
export const ModelOverlay = ModelFile.partial()
  .extend({
    /** The models.dev lab-level key of this release, e.g. "openai/gpt-5" (models.dev/models/openai/gpt-5.toml). */
    modelsDev: z.string().optional(),
    /** Upstream provider model keys that are this release although their names differ. */
    upstreamKeys: z.array(z.string()).default([]),
  })
  .strict();
export type ModelOverlay = z.infer<typeof ModelOverlay>;

/** data/overlays/architectures/<id>.json: parameters and architecture read from the release's config.json. */
export const ArchitectureOverlay = z
  .object({
    params: Params.optional(),
    architecture: Architecture.optional(),
    nativeFormat: z.object({ format: Quantization, ...cited }).strict().optional(),
    license: License.optional(),
    note: z.string().optional(),
  })
  .strict();
export type ArchitectureOverlay = z.infer<typeof ArchitectureOverlay>;

/** data/overlays/labs/<id>.json: a lab's name and origin, copied to data/labs when a model names it. */
export const LabOverlay = LabFile;
export type LabOverlay = z.infer<typeof LabOverlay>;

// Re-exported so the importer needs one import for the shapes it writes.
export { CachePolicy, OfferingStatus, PriceTier, Prices };
