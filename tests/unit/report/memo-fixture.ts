import { answersFromQuery } from "@/lib/answers";
import { catalog } from "@/lib/catalog";
import { displayFx, recommend } from "@/lib/engine";
import type { Answers } from "@/lib/schema/answers";
import type { Recommendation } from "@/lib/schema/recommendation";
import { words, type Locale, type Words } from "@/lib/vocab";
import { renderMemo, TOP_N } from "@/report";
import { pdfText } from "./pdf-tools";

export const NOW = new Date("2026-11-28T09:30:00Z");
export const DATE = "2026-11-28";
export const ORIGIN = "https://flagless.example";

/** The three people of issue 20: an EU bank, a hobbyist with one RTX 4090, a mainland-China company. */
export const PEOPLE = {
  euBank: "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=200M",
  hobbyist: "t=reasoning:3&r=any&h=own-hardware&hw=rtx-4090:1&b=0&tok=1M",
  chinaCompany: "t=chinese:3,chat:2&r=cn&h=api,cloud-gpu&b=5000&tok=500M",
} as const;

export function answersOf(query: string): Answers {
  const r = answersFromQuery(query, catalog);
  if (!r.ok) throw new Error(`fixture query does not parse: ${JSON.stringify(r.issues)}`);
  return r.answers;
}

export type Rendered = { answers: Answers; rec: Recommendation; pdf: Uint8Array; text: string; pages: string[]; W: Words };

/** A memo rendered as the route renders it (top 5, what-ifs on), with its text as pdftotext reads it, per page too. */
export async function memoOf(query: string, opts: { locale?: Locale; recommendation?: (r: Recommendation) => Recommendation; origin?: string | null } = {}): Promise<Rendered> {
  const answers = answersOf(query);
  const locale = opts.locale ?? "en";
  const made = recommend(answers, catalog, { now: NOW, limit: TOP_N, locale });
  const rec = opts.recommendation ? opts.recommendation(made) : made;
  const origin = opts.origin === null ? undefined : (opts.origin ?? ORIGIN);
  const links = origin === undefined ? {} : { origin, shareUrl: `${origin}/results?${rec.shareQuery}` };
  const pdf = await renderMemo(rec, { answers, catalog, date: DATE, locale, ...links });
  const text = pdfText(pdf);
  return { answers, rec, pdf, text, pages: text.split("\f"), W: words(locale, { currency: answers.currency, fx: displayFx(catalog) }) };
}

/** The 1-based page numbers on which `marker` starts, one per occurrence, in order. */
export function pagesOf(pages: readonly string[], marker: string): number[] {
  const out: number[] = [];
  pages.forEach((page, i) => {
    for (let at = page.indexOf(marker); at >= 0; at = page.indexOf(marker, at + marker.length)) out.push(i + 1);
  });
  return out;
}

/** Text without whitespace: table cells and long labels are set across lines. */
export const squash = (s: string) => s.replace(/\s+/g, "");
