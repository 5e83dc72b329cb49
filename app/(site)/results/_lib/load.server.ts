import "server-only";
import { cachedRecommendation } from "@/app/_lib/recommendation-cache.server";
import { catalog } from "@/lib/catalog";
import type { Answers } from "@/lib/schema/answers";
import type { Option, Recommendation } from "@/lib/schema/recommendation";
import type { Locale } from "@/lib/vocab";
import { PAGE, type View } from "./view";

/**
 * The pages the view asks for, each from the cache the API, widget and memo share (one
 * computation per question and page): the first page (with the find and the exclusions as asked),
 * then each next page up to the view's offset. What-ifs are streamed separately.
 */
export function loadPages(a: Answers, v: View, now: Date, findId: string | undefined, locale: Locale = "en"): Recommendation[] {
  const first = cachedRecommendation(a, {
    now,
    locale,
    whatIf: false,
    limit: PAGE,
    offset: 0,
    group: v.group,
    excluded: v.excludedAll ? "all" : "summary",
    ...(findId ? { find: findId } : {}),
  });
  const pages = [first];
  for (let offset = PAGE; offset <= v.offset && offset < first.total; offset += PAGE) {
    pages.push(cachedRecommendation(a, { now, whatIf: false, limit: PAGE, offset, group: v.group, locale }));
  }
  return pages;
}

/**
 * With one row per model: the other ways to run one model, best first, walking the option
 * ranking page by page from the model's best option (found by `find`) until they are all in.
 */
export function otherWays(a: Answers, modelId: string, count: number, now: Date, locale: Locale = "en"): { option: Option; rank: number }[] {
  const at = cachedRecommendation(a, { now, whatIf: false, limit: PAGE, offset: 0, find: modelId, locale });
  if (at.find?.rank === undefined) return [];
  const out: { option: Option; rank: number }[] = [];
  for (let offset = at.find.offset ?? 0; offset < at.total && out.length < count + 1; offset += PAGE) {
    const page = offset === 0 ? at : cachedRecommendation(a, { now, whatIf: false, limit: PAGE, offset, locale });
    page.ranked.forEach((o, i) => {
      if (o.modelId === at.find?.modelId && out.length < count + 1) out.push({ option: o, rank: offset + i + 1 });
    });
  }
  return out.slice(1);
}

/** The what-ifs of these answers (the engine's pass re-ranks many times: the page streams it). */
export function loadWhatIfs(a: Answers, now: Date, locale: Locale = "en") {
  return cachedRecommendation(a, { now, limit: PAGE, offset: 0, locale }).whatIf;
}

export type ModelRef = { id: string; name: string; aliases: string[] };

/** Every catalog model by id and name, for the find box and for names of successors. */
export const MODELS: ModelRef[] = catalog.models.map((m) => ({ id: m.id, name: m.name, aliases: m.aliases ?? [] })).sort((x, y) => x.name.localeCompare(y.name));

/** What a person typed in the find box -> a catalog model: by id, former id, exact name, then a unique partial match. */
export function resolveModel(text: string): { id: string } | { several: ModelRef[] } | undefined {
  const t = text.trim().toLowerCase();
  if (!t) return undefined;
  const exact = MODELS.find((m) => m.id === t || m.name.toLowerCase() === t || m.aliases.includes(t));
  if (exact) return { id: exact.id };
  const partial = MODELS.filter((m) => m.id.includes(t) || m.name.toLowerCase().includes(t));
  if (partial.length === 1 && partial[0]) return { id: partial[0].id };
  if (partial.length > 1) return { several: partial.slice(0, 8) };
  return undefined;
}
