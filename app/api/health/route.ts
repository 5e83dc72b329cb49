import { CORS_HEADERS, methodNotAllowed, preflight } from "../_lib/http.server";

/**
 * GET /api/health: a fixed small JSON for load balancers, and the baseline the API benchmark
 * (bench/api.ts) compares /api/recommend with. Run per request, never prerendered, so that
 * it proves the server answers.
 */
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const HEADERS = { ...CORS_HEADERS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" } as const;
const ALLOW = ["GET", "HEAD", "OPTIONS"] as const;

export function GET(): Response {
  return new Response('{"ok":true}', { headers: HEADERS });
}

export function OPTIONS(): Response {
  return preflight(ALLOW);
}

const notAllowed = (): Response => methodNotAllowed(ALLOW);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
