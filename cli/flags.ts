import { parseCount } from "../lib/share/tokens";

/**
 * Flags of `estimate` and `memory` -> the request object lib/engine validates (EstimateRequest,
 * MemoryRequest). Counts are read as numbers ("32k" too, as in the share query); anything else is
 * passed on as text, so that the schema's own message names what is wrong with it.
 */
export const FLAG_OF: Record<string, string> = {
  model: "MODEL_ID",
  gpu: "--gpu",
  count: "--count",
  quant: "--quant",
  kvDtype: "--kv-dtype",
  context: "--context",
  concurrency: "--concurrency",
  runtime: "--runtime",
  promptTokens: "--prompt-tokens",
  batch: "--batch",
};

const NUMERIC = new Set(["count", "context", "concurrency", "promptTokens", "batch"]);

export function requestFromFlags(model: string, values: Record<string, string | boolean | undefined>): Record<string, unknown> {
  const out: Record<string, unknown> = { model };
  for (const [field, flag] of Object.entries(FLAG_OF)) {
    const v = values[flag.replace(/^--/, "")];
    if (field === "model" || typeof v !== "string") continue;
    out[field] = NUMERIC.has(field) ? (/^-\d+$/.test(v) ? Number(v) : (parseCount(v) ?? v)) : v;
  }
  return out;
}

/** An issue path with the flag a person typed: "kvDtype (--kv-dtype)". */
export function withFlag(issue: { path: string; message: string }): { path: string; message: string } {
  const flag = Object.hasOwn(FLAG_OF, issue.path) ? FLAG_OF[issue.path] : undefined;
  return flag ? { path: `${issue.path} (${flag})`, message: issue.message } : issue;
}
