import "server-only";
import { z } from "zod";
import { MAX_LIMIT } from "@/lib/engine";
import { Answers } from "@/lib/schema/answers";
import { EstimateResult } from "@/lib/schema/estimate";
import { CatalogExport } from "@/lib/schema/export";
import { CONTRACT_VERSION } from "@/lib/schema/recommendation";
import { ApiError } from "./http.server";
import { MAX_BODY_BYTES } from "./read-body.server";
import { pageFromQuery } from "./page-query.server";
import { ApiRecommendation, GET_CACHE_CONTROL } from "./recommend.server";
import { estimateParameters, pageParameters, shareQueryParameters } from "./openapi-parameters.server";

/**
 * The OpenAPI 3.1 document of the API, generated from the zod schemas the handlers use, so
 * the two cannot drift. Input schemas use `io: "input"`: fields with a default are optional.
 * https://spec.openapis.org/oas/v3.1.0 , https://zod.dev/json-schema
 */
type JsonObject = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: "input" | "output"): JsonObject {
  // OpenAPI 3.1's schema dialect is JSON Schema 2020-12, zod's default target; the per-schema
  // "$schema" key is left out as the document states the dialect once.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" });
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (name: string) => ({ "application/json": { schema: ref(name) } });
const error = (description: string) => ({ description, content: jsonContent("ApiError") });
const text = (description: string) => ({ description, schema: { type: "string" } });

const CORS = { "Access-Control-Allow-Origin": text("Always `*`: any site may call the API.") };
const PAGE_HEADERS = {
  ...CORS,
  Link: text('`<...>; rel="next"` (RFC 8288): the next page, the same URL as the body\'s `next`, relative to the API origin; absent on the last page.'),
  "Content-Language": text("`en` or `zh`, from the `lang` parameter."),
  ETag: text("Weak tag, a digest of the page's JSON body and its language (so it changes with the page asked for, and when the catalog or the engine changes the answer); on GET, send it back in If-None-Match for a 304."),
  Vary: text("Includes `Accept-Encoding`: the body is gzip-compressed, once per page, for clients that accept gzip."),
};
const GET_HEADERS = { ...PAGE_HEADERS, "Cache-Control": text(`\`${GET_CACHE_CONTROL}\``) };
const POST_HEADERS = { ...PAGE_HEADERS, "Cache-Control": text("`no-store`") };

/** The 422 a limit above the maximum gets, as the handler words it (page-query.server.ts). */
const limitIssue = (() => {
  const page = pageFromQuery(new URLSearchParams({ limit: String(MAX_LIMIT + 1) }));
  return page.ok ? [] : page.issues;
})();
const limitExample = { summary: `limit above ${MAX_LIMIT}`, value: { error: "invalid paging parameters in the query string", issues: limitIssue } };
const pageError = (description: string) => ({ description, content: { "application/json": { schema: ref("ApiError"), examples: { limit: limitExample } } } });
const invalidQuery = pageError(
  `A query parameter is missing or invalid: an answer, or a page parameter (limit above ${MAX_LIMIT} or below 1, offset, excluded, group, find, lang); \`issues\` names each by its Answers path or parameter name, at most 5 per field`,
);

const recommendGet = {
  operationId: "recommendFromQuery",
  summary: "A page of the ranked models and deployments for answers written as a share query",
  parameters: [...shareQueryParameters, ...pageParameters, { name: "If-None-Match", in: "header", required: false, schema: { type: "string" } }],
  responses: {
    200: { description: "The page of the recommendation", headers: GET_HEADERS, content: jsonContent("Recommendation") },
    304: { description: "Not modified (If-None-Match matched the ETag)", headers: GET_HEADERS },
    422: invalidQuery,
  },
};

const recommendPost = {
  operationId: "recommend",
  summary: "A page of the ranked models and deployments for answers sent as JSON",
  parameters: pageParameters,
  requestBody: { required: true, description: `Answers, at most ${MAX_BODY_BYTES} bytes`, content: jsonContent("Answers") },
  responses: {
    200: { description: "The page of the recommendation (not cached)", headers: POST_HEADERS, content: jsonContent("Recommendation") },
    400: error("Malformed JSON, an empty body, or a Content-Type other than application/json"),
    413: error(`The body is over ${MAX_BODY_BYTES} bytes (the connection is then closed)`),
    422: pageError(`The body is JSON but not valid Answers, or a page parameter of the query string is invalid (limit above ${MAX_LIMIT} or below 1, offset, excluded, group, find, lang); \`issues\` names each bad field, at most 5 per field`),
  },
};

const estimateGet = {
  operationId: "estimate",
  summary: "Fit, memory, decode speed and time to first token of one model on GPUs of the catalog",
  parameters: estimateParameters,
  responses: {
    200: { description: "The estimate, the same JSON as `npm run -s cli -- estimate MODEL_ID --gpu GPU_ID ... --json`", headers: { ...CORS, "Cache-Control": text(`\`${GET_CACHE_CONTROL}\``) }, content: jsonContent("EstimateResult") },
    422: error("An unknown model or GPU, an impossible value or an unknown parameter; `issues` names each by its parameter"),
  },
};

const notAllowed = "Other methods get 405 with an `Allow` header and an ApiError body.";
const preflight = { summary: "CORS preflight", responses: { 204: { description: "Allowed methods and headers" } } };

export function openApiDocument(): JsonObject {
  return {
    openapi: "3.1.0",
    info: {
      title: "flagless API",
      version: `${CONTRACT_VERSION}.0.0`,
      description:
        "Rank large language models and the ways to run them (API, rented GPUs, own hardware) by task, data residency, hosting and budget, a page at a time. See docs/api.md and docs/decisions/008-paged-recommendation.md.",
      license: { name: "MIT", identifier: "MIT" },
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: "/" }],
    paths: {
      "/api/recommend": { description: notAllowed, get: recommendGet, post: recommendPost, options: preflight },
      "/api/estimate": { description: notAllowed, get: estimateGet, options: preflight },
      "/api/catalog": {
        description: notAllowed,
        get: {
          operationId: "catalog",
          summary: "The catalog: models, API offerings, providers and GPUs, each figure with its source and date",
          responses: { 200: { description: "The catalog export (cached for an hour)", headers: CORS, content: jsonContent("CatalogExport") } },
        },
      },
      "/api/report": {
        get: {
          operationId: "report",
          summary: "A PDF decision memo of the recommendation for a share query: the top 5 options and the exclusion summary",
          parameters: [
            ...shareQueryParameters,
            { name: "paper", in: "query", required: false, description: "Paper size, a4 (default) or letter", schema: { type: "string", enum: ["a4", "letter"], default: "a4" } },
            { name: "lang", in: "query", required: false, description: "`en` (default) or `zh`: the memo's language; with `zh` and no `cur`, amounts are in yuan", schema: { type: "string", enum: ["en", "zh"], default: "en" } },
          ],
          responses: {
            200: { description: "The memo, as an attachment", headers: CORS, content: { "application/pdf": { schema: { type: "string", contentMediaType: "application/pdf" } } } },
            422: error("A query parameter is missing or invalid (an answer, paper or lang); `issues` names each field"),
          },
        },
      },
      "/api/health": {
        description: notAllowed,
        get: {
          operationId: "health",
          summary: "Liveness check for load balancers",
          responses: { 200: { description: "The server answers", headers: CORS, content: { "application/json": { schema: { type: "object", properties: { ok: { const: true } }, required: ["ok"] } } } } },
        },
      },
    },
    components: {
      schemas: {
        Answers: schemaOf(Answers, "input"),
        Recommendation: schemaOf(ApiRecommendation, "output"),
        EstimateResult: schemaOf(EstimateResult, "output"),
        CatalogExport: schemaOf(CatalogExport, "output"),
        ApiError: schemaOf(ApiError, "output"),
      },
    },
  };
}
