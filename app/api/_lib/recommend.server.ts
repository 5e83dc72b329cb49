import { createHash } from "node:crypto";
import type { Answers } from "@/lib/schema/answers";
import { cachedRecommendation } from "@/app/_lib/recommendation-cache.server";
import { encodeAnswers } from "@/lib/share/query";
import { LruCache } from "@/app/_lib/lru.server";
import { gzipBytes } from "./encoded.server";

/**
 * A GET result is a pure function of the catalog and the answers, so shared caches may keep it
 * for an hour and browsers for five minutes. https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2
 */
export const GET_CACHE_CONTROL = "public, max-age=300, s-maxage=3600";

/** A serialised Recommendation, its entity tag, and its gzip form once a client has asked for it. */
export type ApiBody = { bytes: Uint8Array<ArrayBuffer>; etag: string; gzip?: Uint8Array<ArrayBuffer> };

/**
 * The body gzip-compressed, once per cached body: ~300 KB of JSON becomes ~30 KB. Next would
 * otherwise compress it again on every request (~11 ms of CPU each, measured), see accept-gzip.ts.
 */
export function gzipOf(body: ApiBody): Uint8Array<ArrayBuffer> {
  return (body.gzip ??= gzipBytes(body.bytes));
}



/**
 * The ETag of a body: a digest of its bytes. Equal answers written differently give equal bytes,
 * so they share a tag; a new engine or catalog that changes the answer changes the tag (a tag of
 * the catalog version and the query alone kept answering 304 after a deploy of a new engine with
 * the same catalog). Weak: one tag names both the plain and the gzip form of the body, which are
 * not the same bytes (https://www.rfc-editor.org/rfc/rfc9110#section-8.8.1).
 */
export function etagOf(bytes: Uint8Array): string {
  return `W/"${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}"`;
}

/** True when If-None-Match names this tag (weak comparison, as RFC 9110 asks for GET). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === "*") return true;
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => bare(t) === bare(etag));
}

/**
 * API bodies by canonical answers, on top of the shared result cache (app/_lib): the serialised
 * JSON is kept too, with its tag, so a hit sends bytes without encoding or hashing again. 64 bodies
 * of ~300 KB bound the memory to ~20 MB; the hour matches s-maxage, as the shared cache's does.
 */
const HOUR_MS = 3_600_000;
const apiBodies = new LruCache<ApiBody>(64, HOUR_MS);

/**
 * The Recommendation as UTF-8 JSON, for the API; `now` only feeds display fields, never the
 * ranking. Kept as bytes: encoding a ~300 KB body again on every hit costs ~0.6 ms.
 */
export function recommendationBody(answers: Answers, now: Date): ApiBody {
  const key = encodeAnswers(answers);
  const hit = apiBodies.get(key);
  if (hit !== undefined) return hit;
  const bytes = new TextEncoder().encode(JSON.stringify(cachedRecommendation(answers, { now, whatIf: true })));
  const body = { bytes, etag: etagOf(bytes) };
  apiBodies.set(key, body);
  return body;
}
