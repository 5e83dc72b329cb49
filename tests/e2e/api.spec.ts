import { createServer, get as httpGet, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import { connect } from "node:net";
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

  test("gets the paper size of the memo only from its own table: paper=constructor is a 422, not a 500", async ({ request }) => {
    for (const paper of ["constructor", "__proto__", "toString", "CONSTRUCTOR"]) {
      const res = await request.get(`/api/report?${QUERY}&paper=${paper}`);
      expect(res.status(), paper).toBe(422);
      expect((await res.json()).issues.map((i: { path: string }) => i.path)).toContain("paper");
    }
  });
});

test.describe("/api/recommend a page at a time", () => {
  const SHARE = "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=200M";

  test("links the next page in the body and in a Link header, and the pages do not overlap", async ({ request }) => {
    const first = await request.get(`/api/recommend?${SHARE}&limit=5`);
    const body = await first.json();
    expect(body).toMatchObject({ limit: 5, offset: 0, next: `/api/recommend?${SHARE}&limit=5&offset=5` });
    expect(first.headers()["link"]).toBe(`<${body.next}>; rel="next"`);
    const second = await (await request.get(body.next)).json();
    expect(second.offset).toBe(5);
    const ids = new Set(body.ranked.map((o: { id: string }) => o.id));
    for (const o of second.ranked) expect(ids.has(o.id)).toBe(false);
  });

  test("refuses a limit above 200 and a negative offset, naming each", async ({ request }) => {
    const res = await request.get(`/api/recommend?${SHARE}&limit=201&offset=-1`);
    expect(res.status()).toBe(422);
    expect((await res.json()).issues.map((i: { path: string }) => i.path)).toEqual(["limit", "offset"]);
  });

  test("keeps ETag and gzip-once per page, and lang in the tag", async () => {
    const one = await raw(`/api/recommend?${SHARE}&limit=5`, { "accept-encoding": "gzip" });
    const two = await raw(`/api/recommend?${SHARE}&limit=5&offset=5`, { "accept-encoding": "gzip" });
    const zh = await raw(`/api/recommend?${SHARE}&limit=5&lang=zh`, { "accept-encoding": "gzip" });
    for (const r of [one, two, zh]) expect(r.headers["content-encoding"]).toBe("gzip");
    expect(new Set([one, two, zh].map((r) => r.headers["etag"])).size).toBe(3);
    expect(zh.headers["content-language"]).toBe("zh");
    const again = await raw(`/api/recommend?${SHARE}&limit=5&offset=5`, { "accept-encoding": "gzip", "if-none-match": String(two.headers["etag"]) });
    expect(again.status).toBe(304);
    expect(JSON.parse(gunzipSync(two.bytes).toString("utf8")).offset).toBe(5);
  });
});

test.describe("/api/estimate over HTTP", () => {
  test("estimates a model on GPUs, and names an unknown GPU", async ({ request }) => {
    const ok = await request.get("/api/estimate?model=qwen3-32b&gpu=rtx-4090&quant=q4_k_m&context=8192");
    expect(ok.status()).toBe(200);
    expect(await ok.json()).toMatchObject({ model: "qwen3-32b", gpu: "rtx-4090", fits: true, decodeTokensPerSecond: { value: expect.any(Number) } });
    const bad = await request.get("/api/estimate?model=qwen3-32b&gpu=no-such-gpu");
    expect(bad.status()).toBe(422);
    expect((await bad.json()).issues).toEqual([{ path: "gpu", message: expect.stringContaining("not a GPU in the catalog") }]);
  });
});

test.describe("a 413 does not poison the connection", () => {
  test("the server closes the connection after a chunked body over 64 KB, and the next one answers", async () => {
    const port = Number(new URL(APP).port);
    const closed = await new Promise<string>((resolve, reject) => {
      const s = connect(port, "127.0.0.1");
      let text = "";
      s.on("data", (d) => (text += d.toString("latin1")));
      s.on("close", () => resolve(text));
      s.on("error", reject);
      s.write("POST /api/recommend HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
      const chunk = " ".repeat(16_384);
      // ~160 KB, more than the server reads: it answers, then closes instead of keeping the rest queued.
      for (let i = 0; i < 10; i++) s.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
      s.write("0\r\n\r\nGET /api/health HTTP/1.1\r\nHost: x\r\n\r\n");
    });
    expect(closed).toMatch(/^HTTP\/1\.1 413 /);
    expect(closed).toMatch(/\r\nconnection: close\r\n/i);
    expect((await fetch(`${APP}/api/health`)).status).toBe(200);
  });
});
