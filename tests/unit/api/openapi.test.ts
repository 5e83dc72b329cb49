import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { GET as health } from "@/app/api/health/route";
import { GET } from "@/app/api/openapi.json/route";
import { MAX_LIMIT } from "@/lib/engine";
import { EstimateRequest } from "@/lib/schema/estimate";
import { Recommendation } from "@/lib/schema/recommendation";
import { PARAMS } from "@/lib/share/params";

vi.mock("server-only", () => ({}));

type Param = { name: string; required: boolean; schema?: { maximum?: number; enum?: string[] } };
type Issue = { path: string; message: string };
type Response = { headers?: Record<string, unknown>; content?: Record<string, { examples?: Record<string, { value: { issues: Issue[] } }> }> };
type Op = { responses?: Record<string, Response>; parameters?: Param[] };
type JsonSchema = { type?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[] };
type Doc = {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, Op>>;
  components: { schemas: Record<string, JsonSchema & { required?: string[] }> };
};

const doc = (await GET().json()) as Doc;
const recommend = doc.paths["/api/recommend"];

/** Every `$ref` in the document, wherever it sits. */
function refs(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refs);
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([k, v]) => (k === "$ref" && typeof v === "string" ? [v] : refs(v)));
}

/** The zod schema under its wrappers (optional, nullable, default, array): the object whose fields are checked. */
function inner(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return inner(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return inner(schema.element as z.ZodType);
  return schema;
}

/** The JSON schema under array items and a nullable's anyOf: the object whose properties are listed. */
function objectOf(node: JsonSchema | undefined): JsonSchema | undefined {
  if (node?.items) return objectOf(node.items);
  const obj = node?.anyOf?.find((n) => n.type === "object" || n.items);
  return obj ? objectOf(obj) : node;
}

/** Every field path of a zod object, nested objects included, missing from its JSON schema. */
function missingFields(schema: z.ZodType, json: JsonSchema | undefined, at = ""): string[] {
  const s = inner(schema);
  if (!(s instanceof z.ZodObject)) return [];
  return Object.entries(s.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
    const path = at ? `${at}.${key}` : key;
    const prop = objectOf(json)?.properties?.[key];
    return prop === undefined ? [path] : missingFields(field, objectOf(prop), path);
  });
}

describe("GET /api/openapi.json", () => {
  it("is an OpenAPI 3.1 document of contract 2", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.version).toMatch(/^2\./);
  });

  it("covers recommend (GET and POST), estimate, catalog, report and health", () => {
    expect(Object.keys(recommend ?? {})).toEqual(expect.arrayContaining(["get", "post", "options"]));
    expect(doc.paths["/api/estimate"]?.get).toBeDefined();
    expect(doc.paths["/api/catalog"]?.get).toBeDefined();
    expect(doc.paths["/api/report"]?.get?.responses?.["200"]).toMatchObject({ content: { "application/pdf": {} } });
    expect(doc.paths["/api/health"]?.get).toBeDefined();
  });

  it("documents the error answers of POST /api/recommend", () => {
    expect(Object.keys(recommend?.post?.responses ?? {}).sort()).toEqual(["200", "400", "413", "422"]);
  });

  it("makes Answers fields with a default optional in the request schema", () => {
    const answers = doc.components.schemas.Answers;
    expect(answers?.required?.sort()).toEqual(["budgetUsdPerMonth", "hosting", "regions", "tasks", "tokensPerMonth"]);
    expect(answers?.properties).toHaveProperty("inputShare");
    expect(answers?.properties).toHaveProperty("concurrentRequests");
  });

  it("lists every share query parameter of GET, the required ones marked", () => {
    const params = recommend?.get?.parameters ?? [];
    for (const spec of Object.values(PARAMS)) expect(params.map((p) => p.name)).toContain(spec.param);
    expect(params.find((p) => p.name === "b")?.required).toBe(true);
    expect(params.find((p) => p.name === "in")?.required).toBe(false);
  });

  it("documents the page parameters on GET and POST, with the limit's maximum", () => {
    for (const op of [recommend?.get, recommend?.post]) {
      const names = (op?.parameters ?? []).map((p) => p.name);
      expect(names).toEqual(expect.arrayContaining(["limit", "offset", "excluded", "group", "find", "lang"]));
      expect(op?.parameters?.find((p) => p.name === "limit")?.schema?.maximum).toBe(MAX_LIMIT);
    }
    expect(Object.keys(recommend?.get?.responses?.["200"]?.headers ?? {})).toEqual(expect.arrayContaining(["Link", "ETag"]));
  });

  it("describes the paged Recommendation with its next link, from the zod schema", () => {
    const rec = doc.components.schemas.Recommendation;
    for (const field of [...Object.keys(Recommendation.shape), "next"]) expect(rec?.properties).toHaveProperty(field);
  });

  it("has every field of lib/schema/recommendation.ts in the Recommendation schema, nested ones included", () => {
    const rec = doc.components.schemas.Recommendation;
    expect(missingFields(Recommendation, rec)).toEqual([]);
    // The check reaches into options, deployments, what-ifs and the summary, not just the top level.
    const option = objectOf(rec?.properties?.ranked);
    for (const field of ["quality", "scoreLow", "scoreHigh", "tiedWithTop", "costLines", "breakEven", "tokensPerSecondRange", "timeToFirstTokenSeconds", "concurrencyServed", "otherHosts", "otherWays", "evidence"]) {
      expect(option?.properties).toHaveProperty(field);
    }
    expect(objectOf(option?.properties?.deployment)?.properties).toEqual(expect.objectContaining({ regions: expect.anything(), scope: expect.anything(), rental: expect.anything() }));
    expect(objectOf(rec?.properties?.whatIf)?.properties).toEqual(expect.objectContaining({ newTopModelId: expect.anything(), sameModel: expect.anything(), newTopDeployment: expect.anything() }));
    expect(objectOf(rec?.properties?.excludedSummary)?.properties).toEqual(expect.objectContaining({ code: expect.anything(), count: expect.anything(), message: expect.anything() }));
  });

  it("finds a field missing from a JSON schema (the check itself)", () => {
    const shape = z.object({ a: z.string(), b: z.array(z.object({ c: z.number(), d: z.number().optional() })) });
    const json: JsonSchema = { type: "object", properties: { a: { type: "string" }, b: { type: "array", items: { type: "object", properties: { c: { type: "number" } } } } } };
    expect(missingFields(shape, json)).toEqual(["b.d"]);
  });

  it("documents the 422 on a limit above the maximum, on GET and POST, with the handler's own issue", () => {
    for (const op of [recommend?.get, recommend?.post]) {
      const example = op?.responses?.["422"]?.content?.["application/json"]?.examples?.limit?.value;
      expect(example?.issues.map((i) => i.path)).toEqual(["limit"]);
      expect(example?.issues[0]?.message).toContain(String(MAX_LIMIT));
    }
  });

  it("sends the Link header on GET and POST pages, and the report takes paper and lang", () => {
    for (const op of [recommend?.get, recommend?.post]) expect(Object.keys(op?.responses?.["200"]?.headers ?? {})).toEqual(expect.arrayContaining(["Link", "ETag", "Content-Language"]));
    const report = (doc.paths["/api/report"]?.get?.parameters ?? []).map((p) => p.name);
    expect(report).toEqual(expect.arrayContaining(["paper", "lang", "t", "b"]));
  });

  it("lists the estimate parameters, model and gpu required", () => {
    const params = doc.paths["/api/estimate"]?.get?.parameters ?? [];
    expect(params.map((p) => p.name).sort()).toEqual(Object.keys(EstimateRequest.shape).sort());
    expect(params.filter((p) => p.required).map((p) => p.name).sort()).toEqual(["gpu", "model"]);
    expect(params.find((p) => p.name === "quant")?.schema?.enum).toEqual(expect.arrayContaining(["q4_k_m", "q4", "mxfp4"]));
    expect(params.find((p) => p.name === "runtime")?.schema?.enum).toEqual(expect.arrayContaining(["llama.cpp", "vllm"]));
    expect(doc.components.schemas.EstimateResult?.properties).toHaveProperty("decodeTokensPerSecond");
  });

  it("resolves every $ref to a schema in components", () => {
    const names = new Set(Object.keys(doc.components.schemas).map((n) => `#/components/schemas/${n}`));
    const all = refs(doc.paths);
    expect(all.length).toBeGreaterThan(5);
    for (const r of all) expect(names).toContain(r);
  });
});

describe("GET /api/health", () => {
  it("answers { ok: true }, is never cached, and may be read by any site", async () => {
    const res = health();
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });
});
