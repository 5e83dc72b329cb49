import { publicOrigin } from "@/app/_lib/public-origin.server";
import { cachedRecommendation } from "@/app/_lib/recommendation-cache.server";
import { answersFromQuery, type AnswerIssue } from "@/lib/answers";
import { catalog } from "@/lib/catalog";
import type { Locale } from "@/lib/vocab";
import { paperOf, renderMemo, TOP_N, type Paper } from "@/report";
import { guarded, jsonError } from "../_lib/http.server";
import { cachedMemo } from "./memo-cache.server";

/**
 * GET /api/report?<shareQuery>[&paper=a4|letter][&lang=en|zh] -> the decision memo as a PDF, drawn by
 * report/ (pdfkit, no browser): the top 5 options and the exclusion summary. Invalid answers, paper or
 * lang: 422 naming the field. With lang=zh and no `cur`, amounts are in yuan (the locale's default
 * currency applies only when `cur` is absent, issue 21). The link and QR code use the public origin
 * (PUBLIC_ORIGIN, else an allowed request host); with none, the memo prints the result's path only.
 */
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Locales by their query value; a Map, so "constructor" or "__proto__" is not a locale. */
const LANGS = new Map<string, Locale>([
  ["en", "en"],
  ["zh", "zh"],
]);

/** The results page in the memo's language: English at today's URLs, Chinese under /zh (issue 21). */
const resultsPath = (locale: Locale) => (locale === "en" ? "/results" : `/${locale}/results`);

type Surface = { paper: Paper; locale: Locale; issues: AnswerIssue[] };

function surfaceOf(params: URLSearchParams): Surface {
  const issues: AnswerIssue[] = [];
  const paper = paperOf(params.get("paper") ?? "a4");
  if (!paper) issues.push({ path: "paper", message: 'query parameter "paper" must be "a4" (the default) or "letter"' });
  const locale = LANGS.get((params.get("lang") ?? "en").toLowerCase());
  if (!locale) issues.push({ path: "lang", message: 'query parameter "lang" must be "en" (the default) or "zh"' });
  return { paper: paper ?? "a4", locale: locale ?? "en", issues };
}

export function GET(request: Request): Promise<Response> {
  return guarded("GET /api/report", async () => {
    const url = new URL(request.url);
    // Decoded parameters, not the raw search string: in the production server the query reached
    // this handler with ":" and "," percent-encoded, which the raw share splitter keeps as text.
    const result = answersFromQuery(url.searchParams, catalog);
    const surface = surfaceOf(url.searchParams);
    const issues = [...(result.ok ? [] : result.issues), ...surface.issues];
    if (!result.ok || issues.length > 0) return jsonError(422, "invalid answers in the query string", issues);
    const { paper, locale } = surface;
    const answers = locale === "zh" && !url.searchParams.has("cur") ? { ...result.answers, currency: "CNY" as const } : result.answers;
    const now = new Date();
    const date = now.toISOString().slice(0, 10);
    const origin = publicOrigin(request);
    const recommendation = cachedRecommendation(answers, { now, whatIf: true, limit: TOP_N, locale });
    // Without a trusted origin the memo carries the result's path and query, and no absolute link.
    const links = origin === undefined ? {} : { origin, shareUrl: `${origin}${resultsPath(locale)}?${recommendation.shareQuery}` };
    const pdf = await cachedMemo(`${recommendation.shareQuery}|${paper}|${locale}|${date}|${origin ?? ""}`, () =>
      renderMemo(recommendation, { answers, catalog, date, paper, locale, ...links }),
    );
    return new Response(pdf.slice(), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="flagless-recommendation-${date}.pdf"`,
        // The memo carries the date it was made: a copy may be kept by the browser, briefly, not by shared caches.
        "Cache-Control": "private, max-age=300",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
