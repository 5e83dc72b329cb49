import { catalog } from "@/lib/catalog";
import { answersFromJson, answersFromQuery, type AnswerIssue } from "@/lib/answers";
import { bytesStream } from "@/app/_lib/bytes-stream.server";
import { CORS_HEADERS, guarded, jsonError, jsonText, methodNotAllowed, NO_STORE, preflight } from "../_lib/http.server";
import { bodyError, readJsonBody } from "../_lib/read-body.server";
import { pageFromQuery, type PageQuery } from "../_lib/page-query.server";
import { GET_CACHE_CONTROL, gzipOf, matchesIfNoneMatch, recommendationBody, type ApiBody } from "../_lib/recommend.server";
import { encodedFor, precompressed } from "../_lib/encoded.server";

/**
 * POST /api/recommend (body: Answers JSON) and GET /api/recommend?<shareQuery> -> a page of the
 * Recommendation. Both take the page in the query string: limit, offset, excluded, group, find, lang.
 * See docs/api.md and GET /api/openapi.json for the contract and its error answers.
 */
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const ALLOW = ["GET", "HEAD", "POST", "OPTIONS"] as const;

/** Headers of a page: its tag, the language of its words, and the next page as a Link (RFC 8288). */
function pageHeaders(body: ApiBody, page: PageQuery, cache: Record<string, string>): Record<string, string> {
  return {
    ...cache,
    ETag: body.etag,
    "Content-Language": page.locale,
    ...(body.next ? { Link: `<${body.next}>; rel="next"` } : {}),
  };
}

/** Issues of the answers (already capped per field by lib/answers) and of the page parameters. */
function invalid(error: string, issues: AnswerIssue[]): Response {
  return jsonError(422, error, issues);
}

export async function GET(request: Request): Promise<Response> {
  return encodedFor(request, await guarded("GET /api/recommend", () => {
    // searchParams, not the raw search string: Next hands handlers a URL whose query may be
    // re-serialised with "," and ":" percent-encoded, which the decoded form reads the same.
    const params = new URL(request.url).searchParams;
    const result = answersFromQuery(params, catalog);
    const page = pageFromQuery(params);
    if (!result.ok || !page.ok) {
      const error = result.ok ? "invalid paging parameters in the query string" : "invalid answers in the query string";
      return invalid(error, [...(result.ok ? [] : result.issues), ...(page.ok ? [] : page.issues)]);
    }
    // The tag is the body's digest, so a 304 needs the body: a cache hit in the common case.
    const body = recommendationBody(result.answers, page.page, new Date());
    const headers = pageHeaders(body, page.page, { "Cache-Control": GET_CACHE_CONTROL });
    if (matchesIfNoneMatch(request.headers.get("if-none-match"), body.etag)) {
      return new Response(null, { status: 304, headers: { ...CORS_HEADERS, ...headers } });
    }
    return precompressed(jsonText(bytesStream(body.bytes), { headers }), () => gzipOf(body));
  }));
}

export async function POST(request: Request): Promise<Response> {
  return encodedFor(request, await guarded("POST /api/recommend", async () => {
    const page = pageFromQuery(new URL(request.url).searchParams);
    const body = await readJsonBody(request);
    if (!body.ok) return bodyError(body);
    const result = answersFromJson(body.value, catalog);
    if (!result.ok || !page.ok) {
      const error = result.ok ? "invalid paging parameters in the query string" : "invalid answers";
      return invalid(error, [...(result.ok ? [] : result.issues), ...(page.ok ? [] : page.issues)]);
    }
    const out = recommendationBody(result.answers, page.page, new Date());
    return precompressed(jsonText(bytesStream(out.bytes), { headers: pageHeaders(out, page.page, NO_STORE) }), () => gzipOf(out));
  }));
}

export function OPTIONS(request: Request): Promise<Response> {
  return encodedFor(request, preflight(ALLOW));
}

const notAllowed = (request: Request): Promise<Response> => encodedFor(request, methodNotAllowed(ALLOW));
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
