import { catalog } from "@/lib/catalog";
import { capIssues } from "@/lib/answers";
import { estimateFromCatalog } from "@/lib/engine";
import { guarded, json, jsonError, methodNotAllowed, preflight } from "../_lib/http.server";
import { asQueryIssue, estimateInputFromQuery } from "../_lib/estimate-query.server";
import { GET_CACHE_CONTROL } from "../_lib/recommend.server";

/**
 * GET /api/estimate?model=&gpu=&count=&quant=&kvDtype=&context=&concurrency=&runtime=&promptTokens=
 * -> fit, memory, speed and time to first token of one model on count GPUs: the same JSON as
 * `npm run -s cli -- estimate ... --json`. A pure function of the catalog and the query, so it is
 * cached like a recommendation. Unknown model or GPU, impossible values: 422 naming the parameter.
 */
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const ALLOW = ["GET", "HEAD", "OPTIONS"] as const;

export function GET(request: Request): Promise<Response> {
  return guarded("GET /api/estimate", () => {
    const { input, issues } = estimateInputFromQuery(new URL(request.url).searchParams);
    const result = estimateFromCatalog(input, catalog);
    if (!result.ok || issues.length > 0) {
      const all = capIssues([...issues, ...(result.ok ? [] : result.issues)]).map(asQueryIssue);
      return jsonError(422, "invalid estimate parameters in the query string", all);
    }
    return json(result.value, { headers: { "Cache-Control": GET_CACHE_CONTROL } });
  });
}

export function OPTIONS(): Response {
  return preflight(ALLOW);
}

const notAllowed = (): Response => methodNotAllowed(ALLOW);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
