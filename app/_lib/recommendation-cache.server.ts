import { catalog } from "@/lib/catalog";
import { recommendParts } from "@/lib/engine";
import type { Answers } from "@/lib/schema/answers";
import type { Recommendation, WhatIf } from "@/lib/schema/recommendation";
import { encodeAnswers } from "@/lib/share/query";
import { LruCache } from "./lru.server";

/**
 * One ranking per canonical share query, shared by every surface of this process: the results
 * page, the widget, the JSON API and the PDF memo. A result is a pure function of the catalog
 * (fixed for the life of the process: it changes only with a deploy) and the answers, so the same
 * question asked on any surface is ranked once. The what-ifs re-rank many times and only the API
 * and the memo need them at once: they are worked out on first demand and kept beside the ranking.
 * The hour matches the API's s-maxage, so display fields that use the date stay as fresh as CDN copies.
 */
type Entry = {
  ranking: Recommendation;
  whatIf?: WhatIf[];
  /** Works the what-ifs out from the ranking's own candidates; dropped once used, to free them. */
  later?: () => WhatIf[];
};

const HOUR_MS = 3_600_000;
/** A ranking of the whole catalog is ~300 KB as JSON (~1-2 MB as objects): 128 bound the heap. */
const MAX_ENTRIES = 128;
const entries = new LruCache<Entry>(MAX_ENTRIES, HOUR_MS);

export type CachedOptions = { now: Date; whatIf: boolean };

function entryFor(answers: Answers, key: string, opts: CachedOptions): Entry {
  const hit = entries.get(key);
  if (hit !== undefined) return hit;
  // `now` only feeds display fields, never the ranking, so the first request's date is kept.
  const { recommendation, whatIfs } = recommendParts(answers, catalog, { now: opts.now });
  const entry: Entry = { ranking: recommendation, later: whatIfs };
  entries.set(key, entry);
  return entry;
}

function whatIfsOf(entry: Entry): WhatIf[] {
  if (entry.whatIf === undefined) {
    entry.whatIf = entry.later?.() ?? [];
    entry.later = undefined;
  }
  return entry.whatIf;
}

/**
 * The Recommendation for these answers; with `whatIf: false` its what-if list is empty (the
 * results page streams it separately, the widget shows none).
 */
export function cachedRecommendation(answers: Answers, opts: CachedOptions): Recommendation {
  const entry = entryFor(answers, encodeAnswers(answers), opts);
  return opts.whatIf ? { ...entry.ranking, whatIf: whatIfsOf(entry) } : entry.ranking;
}

/** The single-answer changes that would change the top pick, for the page's streamed section. */
export function cachedWhatIfs(answers: Answers, now: Date): WhatIf[] {
  return whatIfsOf(entryFor(answers, encodeAnswers(answers), { now, whatIf: false }));
}

/** How many results are kept: for tests and the load bench. */
export function cachedRecommendationCount(): number {
  return entries.size;
}
