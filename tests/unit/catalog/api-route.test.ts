import { describe, expect, it } from "vitest";
import { GET, OPTIONS } from "@/app/api/catalog/route";
import { CatalogExport } from "@/lib/schema/export";

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
    expect(res.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS");
  });
});
