import { createServer, get as httpGet, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import { gunzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";

/** The JSON API over real HTTP: what curl and other sites get from the production server. */
const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? 3107}`;
const ANSWERS = { tasks: { coding: 3 }, regions: ["eu"], hosting: ["api"], budgetUsdPerMonth: 500, tokensPerMonth: 50_000_000 };
const QUERY = "t=coding:3&r=eu&h=api&b=500&tok=50M";

type Raw = { status: number; headers: IncomingHttpHeaders; bytes: Buffer };

/** One request with exactly these headers, the body as sent on the wire (fetch would decode it). */
function raw(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = (method === "GET" ? httpGet : httpRequest)(`${APP}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    if (method !== "GET") req.end();
  });
}

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

  test("a client that accepts gzip gets the same JSON compressed, and one that does not gets it plain", async () => {
    const plain = await raw(`/api/recommend?${QUERY}`);
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(plain.bytes.toString("utf8")).shareQuery).toBe(QUERY);
    const gz = await raw(`/api/recommend?${QUERY}`, { "accept-encoding": "gzip" });
    expect(gz.status).toBe(200);
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.bytes.byteLength).toBeLessThan(plain.bytes.byteLength / 4);
    expect(gunzipSync(gz.bytes).equals(plain.bytes)).toBe(true);
    for (const r of [plain, gz]) expect(r.headers["vary"]).toMatch(/accept-encoding/i);
  });

  test("every answer to a gzip client is gzip (errors too), and gzip;q=0 gets plain JSON", async () => {
    const bad = await raw("/api/recommend?t=coding:9", { "accept-encoding": "gzip" });
    expect(bad.status).toBe(422);
    expect(bad.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(bad.bytes).toString("utf8")).issues[0].path).toBe("tasks.coding");
    const refused = await raw(`/api/recommend?${QUERY}`, { "accept-encoding": "gzip;q=0, identity" });
    expect(refused.status).toBe(200);
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(refused.bytes.toString("utf8")).shareQuery).toBe(QUERY);
  });

  test("answers 304 to a client sending back its ETag, plain or gzip, and HEAD without a body", async () => {
    const path = `/api/recommend?${QUERY}`;
    const codings: Record<string, string>[] = [{}, { "accept-encoding": "gzip" }];
    for (const coding of codings) {
      const first = await raw(path, coding);
      const etag = String(first.headers["etag"]);
      expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
      const again = await raw(path, { ...coding, "if-none-match": etag });
      expect(again.status).toBe(304);
      expect(again.bytes.byteLength).toBe(0);
      expect(again.headers["etag"]).toBe(etag);
    }
    const head = await raw(path, {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.bytes.byteLength).toBe(0);
    expect(head.headers["etag"]).toMatch(/^W\//);
    expect(head.headers["content-type"]).toBe("application/json; charset=utf-8");
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
