import type { Locale } from "../format";

/**
 * The interface's own words (headings, labels, buttons, hints), beside the code tables and the
 * engine's messages: every entry holds its English and its Chinese together, so an entry without
 * Chinese fails to compile, and tests/unit/vocab/ui.test.ts checks that every Chinese entry is
 * Chinese. Pages and components read one locale's side with `inLocale`.
 */
export type Pair<T> = { en: T; zh: T };
export type Dict = Record<string, Pair<unknown>>;
export type InLocale<D extends Dict> = { [K in keyof D]: D[K]["en"] };

/** One entry in both languages; the Chinese side takes the English side's type. */
export const p = <T>(en: T, zh: NoInfer<T>): Pair<T> => ({ en, zh });

export function inLocale<D extends Dict>(d: D, locale: Locale): InLocale<D> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(d)) out[k] = (d[k] as Pair<unknown>)[locale === "zh" ? "zh" : "en"];
  return out as InLocale<D>;
}

/** A path of this site in a locale: English at today's URLs, Chinese under /zh ("/" -> "/zh"). */
export function localePath(locale: Locale, href: string): string {
  if (locale === "en" || !href.startsWith("/") || href.startsWith("/api/") || href.startsWith("/zh/") || href === "/zh") return href;
  return href === "/" ? "/zh" : href.startsWith("/?") ? `/zh${href.slice(1)}` : `/zh${href}`;
}

/** A query as the share format writes it: ":" and "," literal (URLSearchParams encodes them). */
export const literalQuery = (query: string) => query.replace(/%3A/gi, ":").replace(/%2C/gi, ",");

/** The same page in the other locale, query kept: "/zh/results?x" <-> "/results?x". */
export function otherLocalePath(pathAndQuery: string): { locale: Locale; href: string } {
  const [raw = "/", ...rest] = pathAndQuery.split("?");
  // One leading slash: "//host" would be a link to another site.
  const path = `/${raw.replace(/^\/+/, "")}`.replace(/^\/zh\/+/, "/zh/");
  const query = rest.length ? literalQuery(`?${rest.join("?")}`) : "";
  if (path === "/zh" || path.startsWith("/zh/")) return { locale: "en", href: `/${path.slice(3).replace(/^\/+/, "")}${query}` };
  return { locale: "zh", href: `${localePath("zh", path)}${query}` };
}

/** The locale of a path. */
export const localeOfPath = (path: string): Locale => (path === "/zh" || path.startsWith("/zh/") || path.startsWith("/zh?") ? "zh" : "en");
