import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";

/** The JSON API over real HTTP: what curl and other sites get from the production server. */
const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? 3107}`;
const ANSWERS = { tasks: { coding: 3 }, regions: ["eu"], hosting: ["api"], budgetUsdPerMonth: 500, tokensPerMonth: 50_000_000 };
const QUERY = "t=coding:3&r=eu&h=api&b=500&tok=50M";

test.describe("/api/recommend over HTTP", () => {
  test("POST and GET give the same ranking", async ({ request }) => {
    const post = await request.post("/api/recommend", { data: ANSWERS });
    expect(post.status()).toBe(200);
    const get = await request.get(`/api/recommend?${QUERY}`);
    expect(get.status()).toBe(200);
    const [p, g] = [await post.json(), await get.json()];
    expect(g.ranked.map((o: { id: string }) => o.id)).toEqual(p.ranked.map((o: { id: string }) => o.id));
    expect(get.headers()["etag"]).toMatch(/^W\//);
  });

  test("a chunked body over 64 KB without Content-Length gets 413", async () => {
    const chunk = new TextEncoder().encode(" ".repeat(16_384));
    let n = 0;
    const body = new ReadableStream<Uint8Array>({ pull: (c) => (n++ < 8 ? c.enqueue(chunk) : c.close()) });
    const res = await fetch(`${APP}/api/recommend`, { method: "POST", body, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    expect(res.status).toBe(413);
  });

  test("a wrong method gets 405 with Allow", async ({ request }) => {
    const res = await request.put("/api/recommend", { data: ANSWERS });
    expect(res.status()).toBe(405);
    expect(res.headers()["allow"]).toBe("GET, HEAD, POST, OPTIONS");
  });

  test("another site can read a result and an error through CORS", async ({ page }) => {
    // A page on another port is another origin, so every fetch below is cross-origin.
    const site: Server = createServer((_req, res) => res.end("<!doctype html><title>Another site</title>"));
    await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
    await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
    const out = await page.evaluate(
      async ({ app, query, answers }) => {
        const g = await fetch(`${app}/api/recommend?${query}`);
        const p = await fetch(`${app}/api/recommend`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(answers) });
        const bad = await fetch(`${app}/api/recommend`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
        return { get: g.status, etag: g.headers.get("etag"), post: p.status, bad: bad.status, issues: (await bad.json()).issues.length };
      },
      { app: APP, query: QUERY, answers: ANSWERS },
    );
    expect(out).toMatchObject({ get: 200, post: 200, bad: 422 });
    expect(out.etag).toMatch(/^W\//);
    expect(out.issues).toBeGreaterThan(0);
    site.closeAllConnections();
    await new Promise<void>((resolve) => site.close(() => resolve()));
  });

  test("serves the OpenAPI document and a health check", async ({ request }) => {
    expect((await (await request.get("/api/openapi.json")).json()).openapi).toBe("3.1.0");
    expect(await (await request.get("/api/health")).json()).toEqual({ ok: true });
  });
});
