import { gunzipSync } from "node:zlib";
import { describe, expect, it, vi } from "vitest";
import { acceptsGzip, GZIP_ACCEPTED } from "@/app/api/_lib/accept-gzip";
import { GET, OPTIONS, POST, PUT } from "@/app/api/recommend/route";
import nextConfig from "@/next.config";

// Server modules import "server-only", which throws outside a React server build.
vi.mock("server-only", () => ({}));

const BASE = "http://127.0.0.1:3107/api/recommend";
const QUERY = "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=300M";
const GZIP = { "accept-encoding": "gzip, deflate, br" };

const text = async (res: Response) => new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()));
const gunzipped = async (res: Response) => new TextDecoder().decode(gunzipSync(new Uint8Array(await res.arrayBuffer())));

describe("acceptsGzip", () => {
  it.each([
    ["gzip", true],
    ["gzip, deflate, br", true],
    ["br, gzip", true],
    ["deflate, gzip;q=0.5", true],
    ["GZIP", true],
    ["br, gzip ;q=0.8", true],
    ["gzip;q=0.01", true],
    ["gzip;q=0", false],
    ["gzip; q=0.000, br", false],
    ["br;q=1, gzip;q=0", false],
    ["x-gzip", false],
    ["gzipx", false],
    ["identity", false],
    ["*", false],
    ["", false],
  ])("reads Accept-Encoding %j as %s", (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });

  it("is false without the header", () => {
    expect(acceptsGzip(null)).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe("next.config.ts marks /api/recommend gzip on the handler's own test", () => {
  it("has one rule for the route, on Accept-Encoding with the same expression", async () => {
    const rules = (await nextConfig.headers?.()) ?? [];
    const rule = rules.find((r) => r.source === "/api/recommend");
    expect(rule?.has).toEqual([{ type: "header", key: "accept-encoding", value: GZIP_ACCEPTED }]);
    expect(rule?.headers).toEqual([{ key: "Content-Encoding", value: "gzip" }]);
  });
});

describe("/api/recommend answers in the encoding the client accepts", () => {
  it("sends the same JSON gzip-compressed to a gzip client, and plain to others", async () => {
    const plain = await GET(new Request(`${BASE}?${QUERY}`));
    const zipped = await GET(new Request(`${BASE}?${QUERY}`, { headers: GZIP }));
    expect(plain.status).toBe(200);
    expect(zipped.status).toBe(200);
    const body = await text(plain);
    expect(JSON.parse(body)).toHaveProperty("ranked");
    expect(await gunzipped(zipped)).toBe(body);
    for (const res of [plain, zipped]) expect(res.headers.get("vary")).toContain("Accept-Encoding");
    expect(zipped.headers.get("etag")).toBe(plain.headers.get("etag"));
  });

  it("compresses error answers too, since the route is marked gzip for that client", async () => {
    const bad = await GET(new Request(`${BASE}?t=coding:9`, { headers: GZIP }));
    expect(bad.status).toBe(422);
    expect(JSON.parse(await gunzipped(bad))).toMatchObject({ error: expect.any(String), issues: expect.any(Array) });
    const put = await PUT(new Request(BASE, { method: "PUT", headers: GZIP }));
    expect(put.status).toBe(405);
    expect(JSON.parse(await gunzipped(put)).error).toContain("method not allowed");
    const malformed = await POST(new Request(BASE, { method: "POST", body: "{", headers: { ...GZIP, "content-type": "application/json" } }));
    expect(malformed.status).toBe(400);
    expect(JSON.parse(await gunzipped(malformed)).error).toEqual(expect.any(String));
  });

  it("leaves bodiless answers without a body", async () => {
    const pre = await OPTIONS(new Request(BASE, { method: "OPTIONS", headers: GZIP }));
    expect(pre.status).toBe(204);
    expect(pre.body).toBeNull();
    const first = await GET(new Request(`${BASE}?${QUERY}`));
    const etag = first.headers.get("etag") ?? "";
    const again = await GET(new Request(`${BASE}?${QUERY}`, { headers: { ...GZIP, "if-none-match": etag } }));
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
  });
});
