import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET, POST } from "@/app/api/recommend/route";
import { answersFromQuery } from "@/lib/answers";
import { catalog } from "@/lib/catalog";
import { DEFAULT_LIMIT } from "@/lib/engine";
import { ApiRecommendation } from "@/app/api/_lib/recommend.server";

vi.mock("server-only", () => ({}));

const BASE = "http://127.0.0.1:3107/api/recommend";
const ANSWERS = { tasks: { coding: 3, chat: 2 }, regions: ["eu"], hosting: ["api", "cloud-gpu"], budgetUsdPerMonth: 2000, tokensPerMonth: 300_000_000 };
/** The same answers as a share query, lists in another order than the canonical one. */
const QUERY = "t=chat:2,coding:3&r=eu&h=cloud-gpu,api&b=2000&tok=300M";
const CANONICAL = "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=300M";

const get = (query: string, headers: Record<string, string> = {}) => GET(new Request(`${BASE}?${query}`, { headers }));

let posted: Response;
let got: Response;
let postBody: unknown;
let getBody: unknown;

// The engine is the slow part: one POST and one GET serve every assertion below.
beforeAll(async () => {
  posted = await POST(new Request(BASE, { method: "POST", body: JSON.stringify(ANSWERS), headers: { "content-type": "application/json" } }));
  got = await get(QUERY);
  postBody = await posted.json();
  getBody = await got.json();
}, 120_000);

describe("POST /api/recommend", () => {
  it("answers valid Answers with 200 and the first page of the Recommendation", () => {
    expect(posted.status).toBe(200);
    const rec = ApiRecommendation.parse(postBody);
    expect(rec.ranked.length).toBe(Math.min(DEFAULT_LIMIT, rec.total));
    expect(rec).toMatchObject({ offset: 0, limit: DEFAULT_LIMIT, contractVersion: "2" });
    expect(rec.shareQuery).toBe(CANONICAL);
  });

  it("is open to any origin and not cached", () => {
    expect(posted.headers.get("access-control-allow-origin")).toBe("*");
    expect(posted.headers.get("cache-control")).toBe("no-store");
    expect(posted.headers.get("content-type")).toBe("application/json; charset=utf-8");
  });
});

describe("GET /api/recommend?<shareQuery>", () => {
  it("answers the same Recommendation as POST with the same answers", () => {
    expect(got.status).toBe(200);
    expect(getBody).toEqual(postBody);
  });

  it("may be cached by browsers for 5 minutes and by shared caches for an hour", () => {
    expect(got.headers.get("cache-control")).toBe("public, max-age=300, s-maxage=3600");
    expect(got.headers.get("access-control-allow-origin")).toBe("*");
    expect(got.headers.get("access-control-expose-headers")).toBe("ETag, Link");
    expect(got.headers.get("etag")).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
  });

  it("answers 304 without a body when If-None-Match names the ETag", async () => {
    const res = await get(QUERY, { "if-none-match": got.headers.get("etag") ?? "" });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe("");
    expect(res.headers.get("etag")).toBe(got.headers.get("etag"));
  });

  it("gives answers written in the canonical order the same ETag", async () => {
    const res = await get(CANONICAL, { "if-none-match": got.headers.get("etag") ?? "" });
    expect(res.status).toBe(304);
  });

  it("reads a query whose separators are percent-encoded, as URLSearchParams writes them", async () => {
    const encoded = new URLSearchParams(QUERY).toString();
    expect(encoded).toContain("%3A");
    const res = await get(encoded, { "if-none-match": got.headers.get("etag") ?? "" });
    expect(res.status).toBe(304);
  });

  it("reads the percent-encoded query string itself the same way", () => {
    const encoded = new URLSearchParams(QUERY).toString();
    const plain = answersFromQuery(QUERY, catalog);
    expect(answersFromQuery(encoded, catalog)).toEqual(plain);
    expect(answersFromQuery(`?${QUERY}`, catalog)).toEqual(plain);
    expect(plain.ok).toBe(true);
  });

  it.each([
    ["b=abc&tok=1M", "budgetUsdPerMonth"],
    ["b=100", "tokensPerMonth"],
    ["b=100&tok=1M&in=2", "inputShare"],
    ["b=100&tok=1M&hw=rtx-4090:x", "hardware.0.count"],
    ["b=100&tok=1M&hw=no-such-gpu:1", "hardware.0.gpu"],
  ])("answers an invalid query (%s) with 422 naming %s", async (rest, path) => {
    const res = await get(`t=coding:3&r=eu&h=api&${rest}`);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: string; issues: { path: string }[] };
    expect(body.error).toBe("invalid answers in the query string");
    expect(body.issues.map((i) => i.path)).toContain(path);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("answers an empty query with 422 naming each required field", async () => {
    const res = await get("");
    const body = (await res.json()) as { issues: { path: string }[] };
    expect(res.status).toBe(422);
    expect(body.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["tasks", "regions", "hosting", "budgetUsdPerMonth", "tokensPerMonth"]));
  });
});
