import { describe, expect, it, vi } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET } from "@/app/api/openapi.json/route";

// Server modules import "server-only", which throws outside a React server build.
vi.mock("server-only", () => ({}));

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { responses?: Record<string, unknown>; parameters?: { name: string; required: boolean }[] }>>;
  components: { schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }> };
};

const doc = (await GET().json()) as Doc;

/** Every `$ref` in the document, wherever it sits. */
function refs(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refs);
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([k, v]) => (k === "$ref" && typeof v === "string" ? [v] : refs(v)));
}

describe("GET /api/openapi.json", () => {
  it("is an OpenAPI 3.1 document", () => {
    expect(doc.openapi).toBe("3.1.0");
  });

  it("covers recommend (GET and POST), catalog, report and health", () => {
    expect(Object.keys(doc.paths["/api/recommend"] ?? {})).toEqual(expect.arrayContaining(["get", "post", "options"]));
    expect(doc.paths["/api/catalog"]?.get).toBeDefined();
    expect(doc.paths["/api/report"]?.get?.responses?.["200"]).toMatchObject({ content: { "application/pdf": {} } });
    expect(doc.paths["/api/health"]?.get).toBeDefined();
  });

  it("documents the error answers of POST /api/recommend", () => {
    expect(Object.keys(doc.paths["/api/recommend"]?.post?.responses ?? {}).sort()).toEqual(["200", "400", "413", "422"]);
  });

  it("makes Answers fields with a default optional in the request schema", () => {
    const answers = doc.components.schemas.Answers;
    expect(answers?.required?.sort()).toEqual(["budgetUsdPerMonth", "hosting", "regions", "tasks", "tokensPerMonth"]);
    expect(answers?.properties).toHaveProperty("inputShare");
  });

  it("lists each share query parameter of GET, the required ones marked", () => {
    const params = doc.paths["/api/recommend"]?.get?.parameters ?? [];
    expect(params.find((p) => p.name === "b")?.required).toBe(true);
    expect(params.find((p) => p.name === "in")?.required).toBe(false);
  });

  it("resolves every $ref to a schema in components", () => {
    const names = new Set(Object.keys(doc.components.schemas).map((n) => `#/components/schemas/${n}`));
    const all = refs(doc.paths);
    expect(all.length).toBeGreaterThan(5);
    for (const r of all) expect(names).toContain(r);
  });
});

describe("GET /api/health", () => {
  it("answers { ok: true } and is never cached", async () => {
    const res = health();
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});
