import { gunzipSync } from "node:zlib";
import { describe, expect, it, vi } from "vitest";
import { GET, POST } from "@/app/api/recommend/route";
import type { ApiRecommendation } from "@/app/api/_lib/recommend.server";
import { MAX_LIMIT } from "@/lib/engine";

vi.mock("server-only", () => ({}));

/** Paged results (issue 14, docs/decisions/008-paged-recommendation.md) over the route handlers. */
const BASE = "http://127.0.0.1:3107/api/recommend";
const SHARE = "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=200M";
const ANSWERS = { tasks: { coding: 3, chat: 2 }, regions: ["eu"], hosting: ["api", "cloud-gpu"], budgetUsdPerMonth: 2000, tokensPerMonth: 200_000_000 };

const get = (query: string, headers: Record<string, string> = {}) => GET(new Request(`${BASE}?${query}`, { headers }));
const post = (query: string, body: unknown = ANSWERS) => POST(new Request(`${BASE}${query ? `?${query}` : ""}`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }));
const page = async (query: string) => (await (await get(query)).json()) as ApiRecommendation;
type ErrorBody = { error: string; issues: { path: string; message: string }[] };

describe("a page at a time", () => {
  it("walks the whole ranking by following next, each option once, in order", async () => {
    const all = await page(`${SHARE}&limit=${MAX_LIMIT}`);
    expect(all.total).toBeGreaterThan(10);
    expect(all.next).toBeNull();
    const seen: string[] = [];
    let url: string | null = `/api/recommend?${SHARE}&limit=7`;
    for (let hops = 0; url !== null && hops < 100; hops++) {
      const res = await GET(new Request(`http://127.0.0.1:3107${url}`));
      const body = (await res.json()) as ApiRecommendation;
      expect(body.limit).toBe(7);
      expect(body.total).toBe(all.total);
      seen.push(...body.ranked.map((o) => o.id));
      expect(res.headers.get("link")).toBe(body.next === null ? null : `<${body.next}>; rel="next"`);
      url = body.next;
    }
    expect(seen).toEqual(all.ranked.map((o) => o.id));
  });

  it("links the next page with the same options and the offset moved by the limit", async () => {
    const first = await page(`${SHARE}&limit=5&group=model&excluded=all&lang=zh`);
    expect(first.next).toBe(`/api/recommend?${SHARE}&limit=5&offset=5&excluded=all&group=model&lang=zh`);
  });

  it("answers an offset at or past the total with an empty page and no next link", async () => {
    const { total } = await page(SHARE);
    const past = await get(`${SHARE}&offset=${total}`);
    const body = (await past.json()) as ApiRecommendation;
    expect(past.status).toBe(200);
    expect(body.ranked).toEqual([]);
    expect(body.next).toBeNull();
    expect(past.headers.get("link")).toBeNull();
  });

  it("lists every exclusion with excluded=all, and a few per reason by default", async () => {
    const summary = await page(SHARE);
    const all = await page(`${SHARE}&excluded=all`);
    const counted = all.excludedSummary.reduce((n, s) => n + s.count, 0);
    expect(new Set(all.excluded.map((e) => e.id)).size).toBe(all.excluded.length);
    expect(all.excluded.length).toBeGreaterThan(summary.excluded.length);
    expect(counted).toBeGreaterThanOrEqual(all.excluded.length);
    expect(all.excludedSummary).toEqual(summary.excludedSummary);
  });

  it("gives one row per model with group=model", async () => {
    const body = await page(`${SHARE}&group=model&limit=${MAX_LIMIT}`);
    const models = body.ranked.map((o) => o.modelId);
    expect(body.group).toBe("model");
    expect(new Set(models).size).toBe(models.length);
    expect(body.total).toBe(models.length);
  });

  it("locates a model with find", async () => {
    const top = (await page(SHARE)).ranked[3];
    const body = await page(`${SHARE}&limit=2&find=${top?.modelId ?? ""}`);
    expect(body.find).toMatchObject({ modelId: top?.modelId, known: true, offset: 2 });
  });

  it("answers POST with the page asked for in its query string, and a GET link to the next", async () => {
    const res = await post("limit=3&offset=3");
    const body = (await res.json()) as ApiRecommendation;
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ limit: 3, offset: 3 });
    expect(body.ranked.map((o) => o.id)).toEqual((await page(`${SHARE}&limit=3&offset=3`)).ranked.map((o) => o.id));
    expect(res.headers.get("link")).toBe(`<${body.next}>; rel="next"`);
  });
});

describe("page parameters that are not valid get 422 naming them", () => {
  it.each([
    [`limit=${MAX_LIMIT + 1}`, "limit"],
    ["limit=0", "limit"],
    ["limit=2.5", "limit"],
    ["limit=ten", "limit"],
    ["offset=-1", "offset"],
    ["offset=1.5", "offset"],
    ["offset=", "offset"],
    ["excluded=some", "excluded"],
    ["group=lab", "group"],
    ["find=<script>", "find"],
    ["lang=fr", "lang"],
  ])("GET with %s names %s", async (param, path) => {
    const res = await get(`${SHARE}&${param}`);
    expect(res.status).toBe(422);
    const body = (await res.json()) as ErrorBody;
    expect(body.issues).toEqual([{ path, message: expect.stringContaining(`query parameter "${path}"`) }]);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("says the maximum when the limit is above it", async () => {
    const body = (await (await get(`${SHARE}&limit=201`)).json()) as ErrorBody;
    expect(body.issues[0]?.message).toContain(`1 to ${MAX_LIMIT}`);
  });

  it("names bad answers and a bad page together", async () => {
    const body = (await (await get("t=coding:3&r=eu&h=api&b=-5&tok=1M&offset=-2")).json()) as ErrorBody;
    expect(body.issues.map((i) => i.path)).toEqual(["budgetUsdPerMonth", "offset"]);
  });

  it("answers a POST with a bad limit with 422 naming it", async () => {
    const res = await post("limit=1000");
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorBody).issues.map((i) => i.path)).toEqual(["limit"]);
  });
});

describe("ETag, gzip and language per page", () => {
  it("tags each page by its own body, and revalidates each with its own tag", async () => {
    const one = await get(`${SHARE}&limit=5`);
    const two = await get(`${SHARE}&limit=5&offset=5`);
    const [a, b] = [one.headers.get("etag") ?? "", two.headers.get("etag") ?? ""];
    expect(a).not.toBe(b);
    expect((await get(`${SHARE}&limit=5`, { "if-none-match": a })).status).toBe(304);
    expect((await get(`${SHARE}&limit=5&offset=5`, { "if-none-match": a })).status).toBe(200);
  });

  it("sends a page gzip-compressed to a gzip client, the same bytes as the plain page", async () => {
    const plain = new Uint8Array(await (await get(`${SHARE}&offset=20`)).arrayBuffer());
    const zipped = new Uint8Array(await (await get(`${SHARE}&offset=20`, { "accept-encoding": "gzip" })).arrayBuffer());
    expect(Buffer.from(gunzipSync(zipped)).equals(Buffer.from(plain))).toBe(true);
  });

  it("words a page in the language of lang, which is part of the cache key and the tag", async () => {
    const en = await get(SHARE);
    const zh = await get(`${SHARE}&lang=zh`);
    expect(zh.status).toBe(200);
    expect(zh.headers.get("content-language")).toBe("zh");
    expect(en.headers.get("content-language")).toBe("en");
    expect(zh.headers.get("etag")).not.toBe(en.headers.get("etag"));
    expect((await get(`${SHARE}&lang=zh`, { "if-none-match": en.headers.get("etag") ?? "" })).status).toBe(200);
  });

  it("ignores Accept-Language: only lang=zh changes the language", async () => {
    const plain = await get(SHARE);
    const asked = await get(SHARE, { "accept-language": "zh-CN,zh;q=0.9" });
    expect(asked.headers.get("content-language")).toBe("en");
    expect(asked.headers.get("etag")).toBe(plain.headers.get("etag"));
  });
});
