import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import type { Answers } from "@/lib/schema/answers";
import { Recommendation } from "@/lib/schema/recommendation";
import { cachedRecommendation, pageKey, type PageOptions } from "@/app/_lib/recommendation-cache.server";
import { LruCache } from "@/app/_lib/lru.server";
import { gzipBytes } from "./encoded.server";
import { nextPageUrl, type PageQuery } from "./page-query.server";

/**
 * A GET result is a pure function of the catalog, the answers and the page asked for, so shared
 * caches may keep it for an hour and browsers for five minutes. https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2
 */
export const GET_CACHE_CONTROL = "public, max-age=300, s-maxage=3600";

/**
 * What /api/recommend answers: the engine's Recommendation page plus `next`, the GET URL of the
 * following page (null on the last one). The link is the API's, not the engine's: the engine gives
 * total, offset and limit, the route knows its own address.
 */
export const ApiRecommendation = Recommendation.extend({
  next: z.string().nullable().meta({
    description: "GET URL of the next page of the same answers and options (relative to the API origin), null on the last page; also sent as `Link: <...>; rel=\"next\"`",
  }),
});
export type ApiRecommendation = z.infer<typeof ApiRecommendation>;

/** A serialised page, its entity tag, its next link, and its gzip form once a client has asked for it. */
export type ApiBody = { bytes: Uint8Array<ArrayBuffer>; etag: string; next: string | null; gzip?: Uint8Array<ArrayBuffer> };

/**
 * The body gzip-compressed, once per cached body. Next would otherwise compress it again on every
 * request (decision 007), see accept-gzip.ts.
 */
export function gzipOf(body: ApiBody): Uint8Array<ArrayBuffer> {
  return (body.gzip ??= gzipBytes(body.bytes));
}

/**
 * The ETag of a body: a digest of its bytes, and of the language its words are in (issue 21: `lang`
 * is part of the tag even while both languages word a page alike). Equal answers written
 * differently give equal bytes, so they share a tag; a new engine or catalog that changes the answer
 * changes the tag. Weak: one tag names both the plain and the gzip form of the body, which are not
 * the same bytes (https://www.rfc-editor.org/rfc/rfc9110#section-8.8.1).
 */
export function etagOf(bytes: Uint8Array, locale = "en"): string {
  const h = createHash("sha256");
  if (locale !== "en") h.update(`lang=${locale}\n`);
  return `W/"${h.update(bytes).digest("base64url").slice(0, 27)}"`;
}

/** True when If-None-Match names this tag (weak comparison, as RFC 9110 asks for GET). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === "*") return true;
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => bare(t) === bare(etag));
}

/** The engine's options for a page of the API: what-ifs always, as every surface shows them. */
export function pageOptions(page: PageQuery): PageOptions {
  return {
    whatIf: true,
    limit: page.limit,
    offset: page.offset,
    excluded: page.excluded,
    group: page.group,
    locale: page.locale,
    ...(page.find !== undefined ? { find: page.find } : {}),
  };
}

/**
 * API bodies by canonical answers and page, on top of the shared result cache (app/_lib): the
 * serialised JSON is kept too, with its tag, so a hit sends bytes without encoding or hashing again.
 * A page of 20 options is ~70 KB: 128 bodies bound the memory to ~10 MB, whatever the number of
 * distinct URLs asked. The hour matches s-maxage, as the shared cache's does.
 */
const HOUR_MS = 3_600_000;
const apiBodies = new LruCache<ApiBody>(128, HOUR_MS);

/** The page of the Recommendation as UTF-8 JSON with its next link; `now` dates offering lifecycles. */
export function recommendationBody(answers: Answers, page: PageQuery, now: Date): ApiBody {
  const opts = pageOptions(page);
  const key = pageKey(answers, opts);
  const hit = apiBodies.get(key);
  if (hit !== undefined) return hit;
  const rec = cachedRecommendation(answers, { ...opts, now });
  const next = nextPageUrl(rec.shareQuery, page, rec.total);
  const out: ApiRecommendation = { ...rec, next };
  const bytes = new TextEncoder().encode(JSON.stringify(out));
  const body = { bytes, etag: etagOf(bytes, page.locale), next };
  apiBodies.set(key, body);
  return body;
}

