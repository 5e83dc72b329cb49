import { createHash } from "node:crypto";
import { catalog } from "@/lib/catalog";
import type { Answers } from "@/lib/schema/answers";
import { cachedRecommendation } from "@/app/_lib/recommendation-cache.server";
import { encodeAnswers } from "@/lib/share/query";
import { LruCache } from "@/app/_lib/lru.server";

/**
 * A GET result is a pure function of the catalog and the answers, so shared caches may keep it
 * for an hour and browsers for five minutes. https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2
 */
export const GET_CACHE_CONTROL = "public, max-age=300, s-maxage=3600";

/**
 * The ETag of a GET result: the catalog version and the canonical query, so equal answers
 * written differently share one tag. Weak, because display fields that use the request time
 * may differ while the ranking is the same. https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3
 */
export function etagFor(answers: Answers, version = catalog.version): string {
  const digest = createHash("sha256").update(`${version}\n${encodeAnswers(answers)}`).digest("base64url");
  return `W/"${digest.slice(0, 27)}"`;
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
 * JSON is kept too, so a hit sends bytes without encoding again. 64 bodies of ~300 KB bound the
 * memory to ~20 MB; the hour matches s-maxage, as the shared cache's does.
 */
const HOUR_MS = 3_600_000;
const apiBodies = new LruCache<Uint8Array<ArrayBuffer>>(64, HOUR_MS);

/**
 * The Recommendation as UTF-8 JSON, for the API; `now` only feeds display fields, never the
 * ranking. Kept as bytes: encoding a ~300 KB body again on every hit costs ~0.6 ms.
 */
export function recommendationJson(answers: Answers, now: Date): Uint8Array<ArrayBuffer> {
  const key = encodeAnswers(answers);
  const hit = apiBodies.get(key);
  if (hit !== undefined) return hit;
  const body = new TextEncoder().encode(JSON.stringify(cachedRecommendation(answers, { now, whatIf: true })));
  apiBodies.set(key, body);
  return body;
}
