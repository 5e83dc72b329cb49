import { z } from "zod";
import { Answers } from "@/lib/schema/answers";
import { CatalogExport } from "@/lib/schema/export";
import { Recommendation } from "@/lib/schema/recommendation";
import { EXPECTED, PARAM, type Field } from "@/lib/share/params";
import { ApiError } from "./http.server";
import { MAX_BODY_BYTES } from "./read-body.server";

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

/** Fields of Answers that have no default: their query parameters are required. */
const REQUIRED: ReadonlySet<Field> = new Set(["tasks", "regions", "hosting", "budgetUsdPerMonth", "tokensPerMonth"]);

const shareQueryParameters = (Object.keys(PARAM) as Field[]).map((field) => ({
  name: PARAM[field],
  in: "query",
  required: REQUIRED.has(field),
  description: `Answers.${field}: ${EXPECTED[field]}`,
  schema: { type: "string" },
}));

const CORS = { "Access-Control-Allow-Origin": { description: "Always `*`: any site may call the API.", schema: { type: "string" } } };
const GET_HEADERS = {
  ...CORS,
  "Cache-Control": { description: "`public, max-age=300, s-maxage=3600`", schema: { type: "string" } },
  ETag: { description: "Weak tag, a digest of the JSON body (so it changes when the catalog or the engine changes the answer); send it back in If-None-Match for a 304.", schema: { type: "string" } },
};

const recommendGet = {
  operationId: "recommendFromQuery",
  summary: "Rank models and deployments for answers written as a share query",
  parameters: [...shareQueryParameters, { name: "If-None-Match", in: "header", required: false, schema: { type: "string" } }],
  responses: {
    200: { description: "The recommendation", headers: GET_HEADERS, content: jsonContent("Recommendation") },
    304: { description: "Not modified (If-None-Match matched the ETag)", headers: GET_HEADERS },
    422: error("A query parameter is missing or invalid; `issues` names each field"),
  },
};

const recommendPost = {
  operationId: "recommend",
  summary: "Rank models and deployments for answers sent as JSON",
  requestBody: { required: true, description: `Answers, at most ${MAX_BODY_BYTES} bytes`, content: jsonContent("Answers") },
  responses: {
    200: { description: "The recommendation (not cached)", headers: CORS, content: jsonContent("Recommendation") },
    400: error("Malformed JSON, an empty body, or a Content-Type other than application/json"),
    413: error(`The body is over ${MAX_BODY_BYTES} bytes`),
    422: error("The body is JSON but not valid Answers; `issues` names each bad field"),
  },
};

export function openApiDocument(): JsonObject {
  return {
    openapi: "3.1.0",
    info: {
      title: "flagless API",
      version: "1.0.0",
      description:
        "Rank large language models and the ways to run them (API, rented GPUs, own hardware) by task, data residency, hosting and budget. See docs/api.md.",
      license: { name: "MIT", identifier: "MIT" },
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: "/" }],
    paths: {
      "/api/recommend": {
        description: "Other methods than GET, HEAD, POST and OPTIONS get 405 with an `Allow` header and an ApiError body.",
        get: recommendGet,
        post: recommendPost,
        options: { summary: "CORS preflight", responses: { 204: { description: "Allowed methods and headers" } } },
      },
      "/api/catalog": {
        get: {
          operationId: "catalog",
          summary: "The catalog: models, API offerings and GPUs, each figure with its source and date",
          responses: { 200: { description: "The catalog export (cached for an hour)", headers: CORS, content: jsonContent("CatalogExport") } },
        },
      },
      "/api/report": {
        get: {
          operationId: "report",
          summary: "A PDF decision memo of the recommendation for a share query",
          parameters: [
            ...shareQueryParameters,
            { name: "paper", in: "query", required: false, description: "Paper size, a4 (default) or letter", schema: { type: "string", enum: ["a4", "letter"] } },
          ],
          responses: {
            200: { description: "The memo, as an attachment", content: { "application/pdf": { schema: { type: "string", contentMediaType: "application/pdf" } } } },
            422: error("A query parameter is missing or invalid; `issues` names each field"),
          },
        },
      },
      "/api/health": {
        get: {
          operationId: "health",
          summary: "Liveness check for load balancers",
          responses: { 200: { description: "The server answers", content: { "application/json": { schema: { type: "object", properties: { ok: { const: true } }, required: ["ok"] } } } } },
        },
      },
    },
    components: {
      schemas: {
        Answers: schemaOf(Answers, "input"),
        Recommendation: schemaOf(Recommendation, "output"),
        CatalogExport: schemaOf(CatalogExport, "output"),
        ApiError: schemaOf(ApiError, "output"),
      },
    },
  };
}
