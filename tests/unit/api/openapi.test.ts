import { describe, expect, it, vi } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET } from "@/app/api/openapi.json/route";
import { MAX_LIMIT } from "@/lib/engine";
import { EstimateRequest } from "@/lib/schema/estimate";
import { Recommendation } from "@/lib/schema/recommendation";
import { PARAMS } from "@/lib/share/params";

vi.mock("server-only", () => ({}));

type Param = { name: string; required: boolean; schema?: { maximum?: number } };
type Op = { responses?: Record<string, { headers?: Record<string, unknown> }>; parameters?: Param[] };
type Doc = {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, Op>>;
  components: { schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }> };
};

const doc = (await GET().json()) as Doc;
const recommend = doc.paths["/api/recommend"];

/** Every `$ref` in the document, wherever it sits. */
function refs(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refs);
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([k, v]) => (k === "$ref" && typeof v === "string" ? [v] : refs(v)));
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

  it("lists the estimate parameters, model and gpu required", () => {
    const params = doc.paths["/api/estimate"]?.get?.parameters ?? [];
    expect(params.map((p) => p.name).sort()).toEqual(Object.keys(EstimateRequest.shape).sort());
    expect(params.filter((p) => p.required).map((p) => p.name).sort()).toEqual(["gpu", "model"]);
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
