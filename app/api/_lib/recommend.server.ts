import { createHash } from "node:crypto";
import { catalog } from "@/lib/catalog";
import { recommend } from "@/lib/engine";
import type { Answers } from "@/lib/schema/answers";
import type { Recommendation } from "@/lib/schema/recommendation";
import { encodeAnswers } from "@/lib/share/query";

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

/** The engine on the shipped catalog; `now` only feeds display fields, never the ranking. */
export function recommendFor(answers: Answers, now: Date): Recommendation {
  return recommend(answers, catalog, { now });
}
