import { CORS_HEADERS, methodNotAllowed, preflight } from "../_lib/http.server";
import { openApiDocument } from "../_lib/openapi.server";

/** GET /api/openapi.json: the OpenAPI 3.1 document, built once per server from the zod schemas. */
export const runtime = "nodejs";

const body = JSON.stringify(openApiDocument(), null, 2);
const ALLOW = ["GET", "HEAD", "OPTIONS"] as const;

export function GET(): Response {
  return new Response(body, {
    headers: { ...CORS_HEADERS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}

export function OPTIONS(): Response {
  return preflight(ALLOW);
}

const notAllowed = (): Response => methodNotAllowed(ALLOW);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
