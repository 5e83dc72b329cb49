import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/recommend/route";
import { bytesStream } from "@/app/_lib/bytes-stream.server";
import { etagOf, matchesIfNoneMatch, recommendationBody } from "@/app/api/_lib/recommend.server";
import { DEFAULT_PAGE } from "@/app/api/_lib/page-query.server";
import { answersFromQuery } from "@/lib/answers";
import { catalog } from "@/lib/catalog";

vi.mock("server-only", () => ({}));

const BASE = "http://127.0.0.1:3107/api/recommend";
const QUERY = "t=coding:3&r=eu&h=api&b=500&tok=50M";

function answers(query: string) {
  const r = answersFromQuery(query, catalog);
  if (!r.ok) throw new Error(`test query invalid: ${JSON.stringify(r.issues)}`);
  return r.answers;
}

describe("the API body cache and its ETag", () => {
  it("tags a body with a digest of its bytes, so other bytes get another tag", () => {
    const a = etagOf(new TextEncoder().encode('{"ranked":[1]}'));
    expect(a).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    expect(etagOf(new TextEncoder().encode('{"ranked":[1]}'))).toBe(a);
    expect(etagOf(new TextEncoder().encode('{"ranked":[2]}'))).not.toBe(a);
  });

  it("gives the same bytes another tag in another language", () => {
    const bytes = new TextEncoder().encode('{"ranked":[1]}');
    expect(etagOf(bytes, "zh")).not.toBe(etagOf(bytes, "en"));
    expect(etagOf(bytes, "en")).toBe(etagOf(bytes));
  });

  it("sends the tag of the bytes it sends", async () => {
    const res = await GET(new Request(`${BASE}?${QUERY}`));
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(res.headers.get("etag")).toBe(etagOf(bytes));
    expect(recommendationBody(answers(QUERY), DEFAULT_PAGE, new Date()).etag).toBe(etagOf(bytes));
  });

  it("tags other answers differently", () => {
    const eu = recommendationBody(answers(QUERY), DEFAULT_PAGE, new Date());
    const us = recommendationBody(answers("t=coding:3&r=us&h=api&b=500&tok=50M"), DEFAULT_PAGE, new Date());
    expect(us.etag).not.toBe(eu.etag);
  });

  it("keeps the cached bytes whole after they were streamed to several responses", async () => {
    const kept = recommendationBody(answers(QUERY), DEFAULT_PAGE, new Date());
    const length = kept.bytes.byteLength;
    const bodies = await Promise.all([1, 2, 3].map(async () => new Uint8Array(await (await GET(new Request(`${BASE}?${QUERY}`))).arrayBuffer())));
    for (const b of bodies) expect(b).toEqual(kept.bytes);
    expect(kept.bytes.byteLength).toBe(length);
    expect(JSON.parse(new TextDecoder().decode(kept.bytes)).shareQuery).toBe(QUERY);
  });

  it("streams the bytes as one chunk without copying them", async () => {
    const bytes = new Uint8Array([123, 125]);
    const reader = bytesStream(bytes).getReader();
    const first = await reader.read();
    expect(first.value).toBe(bytes);
    expect((await reader.read()).done).toBe(true);
  });
});

describe("If-None-Match", () => {
  const tag = 'W/"abc"';
  it.each([
    ['W/"abc"', true],
    ['"abc"', true],
    ['W/"x", W/"abc"', true],
    ["*", true],
    ['W/"abd"', false],
    ['W/"abc-gzip"', false],
  ])("%s matches: %s", (header, expected) => {
    expect(matchesIfNoneMatch(header, tag)).toBe(expected);
  });

  it("does not match without the header", () => {
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });
});
