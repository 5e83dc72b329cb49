import "server-only";
import { DEFAULT_LIMIT, MAX_LIMIT } from "@/lib/engine";
import { PARAMS, type Field } from "@/lib/share/params";
import { KvDtype, Quantization, Runtime } from "@/lib/schema/common";
import { EstimateRequest } from "@/lib/schema/estimate";
import { MAX_OFFSET } from "./page-query.server";

/** Query parameters of the API in OpenAPI form, from the share query's own table (lib/share/params). */

/** Fields of Answers that have no default: their query parameters are required. */
const REQUIRED: ReadonlySet<Field> = new Set(["tasks", "regions", "hosting", "budgetUsdPerMonth", "tokensPerMonth"]);

export const shareQueryParameters = (Object.keys(PARAMS) as Field[]).map((field) => ({
  name: PARAMS[field].param,
  in: "query",
  required: REQUIRED.has(field),
  description: `Answers.${field}: ${PARAMS[field].expected}`,
  schema: { type: "string" },
}));

/** The page of /api/recommend (docs/decisions/008-paged-recommendation.md), on GET and POST alike. */
export const pageParameters = [
  { name: "limit", in: "query", required: false, description: `Options per page, 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT}); above ${MAX_LIMIT}: 422 naming \`limit\``, schema: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
  { name: "offset", in: "query", required: false, description: `Options to skip, best first (default 0); at or past \`total\` the page is empty. Negative, not whole or above ${MAX_OFFSET}: 422 naming \`offset\``, schema: { type: "integer", minimum: 0, maximum: MAX_OFFSET, default: 0 } },
  { name: "excluded", in: "query", required: false, description: "`summary` (default): a few examples per reason code in `excluded`, every exclusion counted in `excludedSummary`; `all`: every exclusion listed", schema: { type: "string", enum: ["summary", "all"], default: "summary" } },
  { name: "group", in: "query", required: false, description: "`option` (default): one row per deployment; `model`: the best deployment of each model, with `otherWays`", schema: { type: "string", enum: ["option", "model"], default: "option" } },
  { name: "find", in: "query", required: false, description: "A model id (or a former id) to locate: `find` in the body gives its rank and the offset of its page, or why it is left out", schema: { type: "string" } },
  { name: "lang", in: "query", required: false, description: "`en` (default) or `zh`: the language of the worded fields (notes, reasons, what-ifs). Accept-Language is not read", schema: { type: "string", enum: ["en", "zh"], default: "en" } },
];

const ESTIMATE_DESCRIPTIONS: Record<keyof typeof EstimateRequest.shape, string> = {
  model: "Model id from the catalog (open weights)",
  gpu: "GPU id from the catalog",
  count: "GPUs, 1 to 64 (default 1)",
  quant: "Weight format: bf16, fp8, int8, q8_0, q4_k_m (alias q4), int4, mxfp4; default: the best the runtime reads",
  kvDtype: "KV-cache element type: bf16 (default), fp8 or q8_0",
  context: "Tokens of context per request (default 8192; k and M suffixes accepted)",
  concurrency: "Requests generating at once (default 1)",
  runtime: "Serving runtime: llama.cpp, mlx, vllm, sglang, tensorrt-llm; default: the GPU's",
  promptTokens: "Typical prompt length for the time to first token (default: the context)",
};

/** Parameters with a fixed set of values, from the schema's own enums; counts stay text ("8k" is read too). */
const ESTIMATE_ENUMS: Partial<Record<keyof typeof EstimateRequest.shape, readonly string[]>> = {
  quant: [...Quantization.options, "q4"],
  kvDtype: KvDtype.options,
  runtime: Runtime.options,
};

export const estimateParameters = (Object.keys(ESTIMATE_DESCRIPTIONS) as (keyof typeof ESTIMATE_DESCRIPTIONS)[]).map((name) => {
  const values = ESTIMATE_ENUMS[name];
  return {
    name,
    in: "query",
    required: name === "model" || name === "gpu",
    description: ESTIMATE_DESCRIPTIONS[name],
    schema: values ? { type: "string", enum: [...values] } : { type: "string" },
  };
});
