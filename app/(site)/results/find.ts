import type { Recommendation } from "@/lib/schema/recommendation";
import type { FindResult } from "@/components/results/find-box";
import { resolveModel } from "./_lib/load.server";
import { PAGE, viewHref, type View } from "./_lib/view";
import type { Locale } from "@/lib/vocab";
import { localePath } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";

export type Resolved = { kind: "id"; id: string } | { kind: "unknown"; text: string } | { kind: "several"; text: string; matches: { id: string; name: string }[] };

/** The find box's text -> the catalog model it names, or why it names none. */
export function resolveFind(text: string): Resolved | undefined {
  if (!text) return undefined;
  const r = resolveModel(text);
  if (!r) return { kind: "unknown", text };
  if ("id" in r) return { kind: "id", id: r.id };
  return { kind: "several", text, matches: r.several.map((m) => ({ id: m.id, name: m.name })) };
}

/** What the page says about the model found: its best rank and a link to it (loading its page), or its exclusion reasons. */
export function describeFind(r: Resolved, rec: Recommendation, shownUpTo: number, q: string, view: View, locale: Locale = "en"): FindResult {
  const base = localePath(locale, "/results");
  if (r.kind === "unknown") return r;
  if (r.kind === "several") return { ...r, matches: r.matches.map((m) => ({ ...m, href: viewHref(q, { ...view, find: m.name, offset: 0, ways: "" }, "", base) })) };
  const find = rec.find ?? { modelId: r.id, known: false };
  if (find.rank === undefined) return { kind: "found", find, where: "" };
  const href = find.rank <= shownUpTo ? `#rank-${find.rank}` : viewHref(q, { ...view, offset: Math.floor((find.rank - 1) / PAGE) * PAGE }, `#rank-${find.rank}`, base);
  return { kind: "found", find, href, where: RESULTS.foundWhere[locale](rec.total, view.group === "model", find.offset !== undefined ? find.offset / PAGE + 1 : undefined) };
}
