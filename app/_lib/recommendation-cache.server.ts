import "server-only";
import { catalog } from "@/lib/catalog";
import { recommend, type RecommendOptions } from "@/lib/engine";
import type { Answers } from "@/lib/schema/answers";
import type { Recommendation } from "@/lib/schema/recommendation";
import { encodeAnswers } from "@/lib/share/query";
import { LruCache } from "./lru.server";

/**
 * One result per canonical share query and page, shared by every surface of this process: the
 * results page, the widget, the JSON API and the PDF memo. A result is a pure function of the
 * catalog (fixed for the life of the process) and the answers, so the same question asked on any
 * surface is answered once. The hour matches the API's s-maxage.
 */
export type PageOptions = Omit<RecommendOptions, "now">;

const HOUR_MS = 3_600_000;
/** A page of 20 explained options is ~50-70 KB as JSON: 256 entries bound the heap to a few tens of MB. */
const entries = new LruCache<Recommendation>(256, HOUR_MS);

/** The cache key of a page: the answers' query and every option that changes the output. */
export function pageKey(answers: Answers, opts: PageOptions): string {
  return [encodeAnswers(answers), opts.limit ?? "", opts.offset ?? "", opts.excluded ?? "", opts.group ?? "", opts.find ?? "", opts.locale ?? "en", opts.whatIf === false ? "nowi" : ""].join("|");
}

/** The Recommendation page for these answers (`now` dates lifecycles; the first request's day is kept for the hour). */
export function cachedRecommendation(answers: Answers, opts: PageOptions & { now: Date }): Recommendation {
  const key = pageKey(answers, opts);
  const hit = entries.get(key);
  if (hit !== undefined) return hit;
  const r = recommend(answers, catalog, opts);
  entries.set(key, r);
  return r;
}

/** How many results are kept: for tests and the load bench. */
export function cachedRecommendationCount(): number {
  return entries.size;
}
