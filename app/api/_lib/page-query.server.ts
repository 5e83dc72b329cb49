import "server-only";
import { DEFAULT_LIMIT, MAX_LIMIT } from "@/lib/engine";
import type { AnswerIssue } from "@/lib/answers";
import type { Locale } from "@/lib/vocab";

/**
 * The surface parameters of /api/recommend (docs/decisions/008-paged-recommendation.md): which page of the
 * ranking, how exclusions are listed, one row per option or per model, a model to locate, and the
 * language of the worded fields. They sit in the query string of GET and of POST (whose body stays
 * the Answers); the share query never holds them (DESIGN.md reserves their names).
 */
export type PageQuery = {
  limit: number;
  offset: number;
  excluded: "summary" | "all";
  group: "option" | "model";
  find?: string;
  locale: Locale;
};

export const DEFAULT_PAGE: PageQuery = { limit: DEFAULT_LIMIT, offset: 0, excluded: "summary", group: "option", locale: "en" };

/** Offsets past any catalog this size are refused rather than carried as huge numbers. */
export const MAX_OFFSET = 1_000_000;

type Parsed = { ok: true; page: PageQuery } | { ok: false; issues: AnswerIssue[] };

const WHOLE = /^\d{1,9}$/;
const MODEL_ID = /^[a-z0-9][a-z0-9._-]{0,119}$/;

/** What a parameter got, quoted and cut short: a 15 KB value must not come back whole in the error. */
const quoted = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v);

/** Read the paging parameters; each bad one is an issue whose path is the parameter's name. */
export function pageFromQuery(params: URLSearchParams): Parsed {
  const issues: AnswerIssue[] = [];
  const page: PageQuery = { ...DEFAULT_PAGE };
  const bad = (path: string, message: string) => issues.push({ path, message: `query parameter "${path}": ${message}` });

  const limit = params.get("limit");
  if (limit !== null) {
    const n = Number(limit);
    if (!WHOLE.test(limit) || n < 1 || n > MAX_LIMIT) bad("limit", `${quoted(limit)} must be a whole number from 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT})`);
    else page.limit = n;
  }
  const offset = params.get("offset");
  if (offset !== null) {
    const n = Number(offset);
    if (!WHOLE.test(offset) || n > MAX_OFFSET) bad("offset", `${quoted(offset)} must be a whole number from 0 to ${MAX_OFFSET} (default 0)`);
    else page.offset = n;
  }
  const excluded = params.get("excluded");
  if (excluded !== null) {
    if (excluded === "all" || excluded === "summary") page.excluded = excluded;
    else bad("excluded", `${quoted(excluded)} must be "all" (every exclusion) or "summary" (a few examples per reason, the default)`);
  }
  const group = params.get("group");
  if (group !== null) {
    if (group === "model" || group === "option") page.group = group;
    else bad("group", `${quoted(group)} must be "model" (one row per model) or "option" (one row per deployment, the default)`);
  }
  const find = params.get("find");
  if (find !== null) {
    if (MODEL_ID.test(find)) page.find = find;
    else bad("find", `${quoted(find)} must be a model id from the catalog, e.g. find=deepseek-v3`);
  }
  const lang = params.get("lang");
  if (lang !== null) {
    // Only an explicit lang=zh words the fields in Chinese; Accept-Language is never read (issue 21).
    if (lang === "en" || lang === "zh") page.locale = lang;
    else bad("lang", `${quoted(lang)} must be "en" (the default) or "zh"`);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, page };
}

/** The page parameters that differ from the defaults, in a fixed order, for links to other pages. */
export function pageParams(page: PageQuery): string {
  const parts: string[] = [];
  if (page.limit !== DEFAULT_PAGE.limit) parts.push(`limit=${page.limit}`);
  if (page.offset !== 0) parts.push(`offset=${page.offset}`);
  if (page.excluded !== "summary") parts.push(`excluded=${page.excluded}`);
  if (page.group !== "option") parts.push(`group=${page.group}`);
  if (page.find !== undefined) parts.push(`find=${encodeURIComponent(page.find)}`);
  if (page.locale !== "en") parts.push(`lang=${page.locale}`);
  return parts.join("&");
}

/**
 * The GET URL of the page after this one, or null on the last page. Relative to the API's origin
 * (RFC 8288 resolves a relative Link target against the request), so it holds behind any proxy.
 */
export function nextPageUrl(shareQuery: string, page: PageQuery, total: number): string | null {
  const offset = page.offset + page.limit;
  if (offset >= total) return null;
  const rest = pageParams({ ...page, offset });
  return `/api/recommend?${shareQuery}${rest ? `&${rest}` : ""}`;
}
