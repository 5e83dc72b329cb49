import { readFileSync } from "node:fs";
import { z } from "zod";
import { ImportError } from "./snapshot";

/**
 * LiteLLM's price map (model_prices_and_context_window.json): prices are USD per token. Only the
 * fields the importer reads are checked; a wrong type names the key and the field.
 */
const PER_TOKEN = "must be a price in USD per token: a number of 0 or more";
const perToken = z.number({ error: PER_TOKEN }).min(0, { error: PER_TOKEN }).optional();

export const LitellmEntry = z
  .object({
    litellm_provider: z.string().optional(),
    mode: z.string().optional(),
    input_cost_per_token: perToken,
    output_cost_per_token: perToken,
    cache_read_input_token_cost: perToken,
    cache_creation_input_token_cost: perToken,
    input_cost_per_token_batches: perToken,
    output_cost_per_token_batches: perToken,
    deprecation_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date written YYYY-MM-DD" }).optional(),
    regional_processing_uplift_multiplier_eu: z.number().min(1).optional(),
    regional_processing_uplift_multiplier_us: z.number().min(1).optional(),
    max_input_tokens: z.number().optional(),
    max_output_tokens: z.number().optional(),
    source: z.string().optional(),
  })
  .loose();
export type LitellmEntry = z.infer<typeof LitellmEntry>;

export type LitellmRow = { key: string; entry: LitellmEntry };

/** Keys that are not models: the spec sample, and what the RoCry mirror adds. */
const NOT_MODELS = new Set(["sample_spec", "fallback_generalizations", "last_updated"]);

export function parseLitellm(json: unknown, file: string): { rows: LitellmRow[]; lastUpdated?: string } {
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new ImportError(file, "(root)", "must be an object keyed by model id");
  const rows: LitellmRow[] = [];
  for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
    if (NOT_MODELS.has(key)) continue;
    const r = LitellmEntry.safeParse(value);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new ImportError(file, `${key}${issue?.path.length ? `.${issue.path.join(".")}` : ""}`, issue?.message ?? "is not a LiteLLM entry");
    }
    rows.push({ key, entry: r.data });
  }
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const stamp = (json as Record<string, unknown>).last_updated;
  return typeof stamp === "string" && /^\d{4}-\d{2}-\d{2}/.test(stamp) ? { rows, lastUpdated: stamp.slice(0, 10) } : { rows };
}

export function readLitellm(path: string): { rows: LitellmRow[]; lastUpdated?: string } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new ImportError(path, "(file)", `is not valid JSON: ${(e as Error).message}`);
  }
  return parseLitellm(json, path);
}

/** USD per 1M tokens from USD per token, without float noise (0.39999999999999997 -> 0.4). */
export const perMillion = (perTokenUsd: number) => Number((perTokenUsd * 1e6).toPrecision(10));
