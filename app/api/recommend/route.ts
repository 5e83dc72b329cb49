import { catalog } from "@/lib/catalog";
import { answersFromJson, answersFromQuery } from "../_lib/answers.server";
import { CORS_HEADERS, guarded, jsonError, jsonText, methodNotAllowed, NO_STORE, preflight } from "../_lib/http.server";
import { readJsonBody } from "../_lib/read-body.server";
import { bytesStream } from "@/app/_lib/bytes-stream.server";
import { GET_CACHE_CONTROL, gzipOf, matchesIfNoneMatch, recommendationBody } from "../_lib/recommend.server";
import { encodedFor, precompressed } from "../_lib/encoded.server";

/**
 * POST /api/recommend (body: Answers JSON) and GET /api/recommend?<shareQuery> -> Recommendation.
 * See docs/api.md and GET /api/openapi.json for the contract and its error answers.
 */
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const ALLOW = ["GET", "HEAD", "POST", "OPTIONS"] as const;

export async function GET(request: Request): Promise<Response> {
  return encodedFor(request, await guarded("GET /api/recommend", () => {
    // searchParams, not the raw search string: Next hands handlers a URL whose query may be
    // re-serialised with "," and ":" percent-encoded, which the decoded form reads the same.
    const result = answersFromQuery(new URL(request.url).searchParams, catalog);
    if (!result.ok) return jsonError(422, "invalid answers in the query string", result.issues);
    // The tag is the body's digest, so a 304 needs the body: a cache hit in the common case.
    const body = recommendationBody(result.answers, new Date());
    const cache = { "Cache-Control": GET_CACHE_CONTROL, ETag: body.etag };
    if (matchesIfNoneMatch(request.headers.get("if-none-match"), body.etag)) {
      return new Response(null, { status: 304, headers: { ...CORS_HEADERS, ...cache } });
    }
    return precompressed(jsonText(bytesStream(body.bytes), { headers: cache }), () => gzipOf(body));
  }));
}

export async function POST(request: Request): Promise<Response> {
  return encodedFor(request, await guarded("POST /api/recommend", async () => {
    const body = await readJsonBody(request);
    if (!body.ok) return jsonError(body.status, body.error, body.issues);
    const result = answersFromJson(body.value, catalog);
    if (!result.ok) return jsonError(422, "invalid answers", result.issues);
    const out = recommendationBody(result.answers, new Date());
    return precompressed(jsonText(bytesStream(out.bytes), { headers: NO_STORE }), () => gzipOf(out));
  }));
}

export function OPTIONS(request: Request): Promise<Response> {
  return encodedFor(request, preflight(ALLOW));
}

const notAllowed = (request: Request): Promise<Response> => encodedFor(request, methodNotAllowed(ALLOW));
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
