import { z } from "zod";
import { ImportError } from "./snapshot";

/**
 * The fields of a models.dev model file the importer reads (after `base_model` is resolved).
 * Other fields pass through unread; a field read here with the wrong type stops the import with
 * the file and the field named.
 */
const PRICE = "must be a price per 1M tokens: a number of 0 or more";
const usd = z.number({ error: PRICE }).min(0, { error: PRICE });

const Tier = z
  .object({
    tier: z.object({ size: z.number().int().positive({ error: "must be a prompt length in tokens" }), type: z.string().optional() }).loose(),
    input: usd,
    output: usd,
    cache_read: usd.optional(),
    cache_write: usd.optional(),
  })
  .loose();

export const Cost = z
  .object({
    input: usd,
    output: usd,
    cache_read: usd.optional(),
    cache_write: usd.optional(),
    // Spellings seen in a few files for the same two figures.
    cached_input: usd.optional(),
    cache_input: usd.optional(),
    cached_write: usd.optional(),
    reasoning: usd.optional(),
    tiers: z.array(Tier).optional(),
    /** The older spelling of a 200k tier. */
    context_over_200k: z.object({ input: usd, output: usd, cache_read: usd.optional(), cache_write: usd.optional() }).loose().optional(),
  })
  .loose();
export type Cost = z.infer<typeof Cost>;

const ReasoningOption = z.object({ type: z.string(), values: z.array(z.string()).optional() }).loose();

export const Row = z
  .object({
    name: z.string().min(1).optional(),
    family: z.string().optional(),
    release_date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: "must be a date written YYYY-MM-DD (or YYYY-MM)" }).optional(),
    open_weights: z.boolean().optional(),
    reasoning: z.boolean().optional(),
    reasoning_options: z.array(ReasoningOption).optional(),
    status: z.enum(["deprecated", "beta", "alpha"], { error: 'must be "deprecated", "beta" or "alpha"' }).optional(),
    cost: Cost.optional(),
    limit: z.object({ context: z.number().int().positive().optional(), input: z.number().int().positive().optional(), output: z.number().int().positive().optional() }).loose().optional(),
    modalities: z.object({ input: z.array(z.string()), output: z.array(z.string()).optional() }).loose().optional(),
  })
  .loose();
export type Row = z.infer<typeof Row>;

/** Validate a resolved row; the first issue becomes an error naming file and field. */
export function readRow(data: unknown, file: string): Row {
  const r = Row.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue ? issue.path.map(String).join(".") || "(file)" : "(file)";
  throw new ImportError(file, field, issue?.message ?? "is not a models.dev model file");
}
