import { describe, expect, it, vi } from "vitest";
import { GET, OPTIONS, POST } from "@/app/api/catalog/route";
import { CatalogExport } from "@/lib/schema/export";

// Server modules import "server-only", which throws outside a React server build.
vi.mock("server-only", () => ({}));

describe("GET /api/catalog", () => {
  it("answers the catalog export as JSON, cacheable for an hour by anyone, readable from any site", async () => {
    const res = GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(CatalogExport.safeParse(await res.json()).success).toBe(true);
  });

  it("answers a CORS preflight with the methods it allows", () => {
    const res = OPTIONS();
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
  });

  it("refuses other methods with 405 and the methods it does allow", async () => {
    const res = POST();
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(await res.json()).toMatchObject({ error: expect.stringContaining("method not allowed") });
  });
});
