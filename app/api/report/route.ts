import { catalog } from "@/lib/catalog";
import { cachedRecommendation } from "@/app/_lib/recommendation-cache.server";
import { answersFromQuery } from "../_lib/answers.server";
import { guarded, jsonError } from "../_lib/http.server";
import { renderMemo } from "./_pdf/render";
import { cachedMemo } from "./memo-cache.server";
import { PAPER, type Paper } from "./_pdf/types";

/**
 * GET /api/report?<shareQuery>[&paper=a4|letter] -> the decision memo as a PDF, made on the
 * server by pdfkit (no browser). Invalid answers or paper: 422 naming the field.
 */
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

function paperOf(params: URLSearchParams): Paper | undefined {
  const value = (params.get("paper") ?? "a4").toLowerCase();
  return value in PAPER ? (value as Paper) : undefined;
}

export function GET(request: Request): Promise<Response> {
  return guarded("GET /api/report", async () => {
    const url = new URL(request.url);
    // Decoded parameters, not the raw search string: in the production server the query reached
    // this handler with ":" and "," percent-encoded, which the raw share splitter keeps as text.
    const result = answersFromQuery(url.searchParams, catalog);
    const paper = paperOf(url.searchParams);
    const issues = [
      ...(result.ok ? [] : result.issues),
      ...(paper ? [] : [{ path: "paper", message: 'query parameter "paper" must be "a4" (the default) or "letter"' }]),
    ];
    if (!result.ok || paper === undefined) return jsonError(422, "invalid answers in the query string", issues);
    const now = new Date();
    const date = now.toISOString().slice(0, 10);
    const recommendation = cachedRecommendation(result.answers, { now, whatIf: true });
    const shareUrl = `${url.origin}/results?${recommendation.shareQuery}`;
    const pdf = await cachedMemo(`${recommendation.shareQuery}|${paper}|${date}|${url.origin}`, async () =>
      new Uint8Array(await renderMemo({ answers: result.answers, recommendation, catalog, date, shareUrl, origin: url.origin, paper })),
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
