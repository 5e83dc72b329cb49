import { catalog } from "@/lib/catalog";
import { toCatalogExport } from "@/lib/catalog/export";
import { bytesStream } from "@/app/_lib/bytes-stream.server";
import { CORS_HEADERS, methodNotAllowed, preflight } from "../_lib/http.server";

/**
 * GET /api/catalog: the catalog export (DESIGN.md "Catalog export"), the same JSON as
 * `npm run -s cli -- models --json`. The catalog changes only with a deploy, so the body is
 * built once per server and may be cached for an hour by anyone; any site may read it.
 * Not `force-static`: a prerendered handler would let Next set its own Cache-Control.
 */
const body = new TextEncoder().encode(JSON.stringify(toCatalogExport(catalog)));

const HEADERS = {
  ...CORS_HEADERS,
  "Content-Type": "application/json; charset=utf-8",
  "Cache-Control": "public, max-age=3600",
} as const;

const ALLOW = ["GET", "HEAD", "OPTIONS"] as const;

export function GET(): Response {
  // UTF-8 once; each answer streams the same bytes (a string body is encoded again per request).
  return new Response(bytesStream(body), { headers: HEADERS });
}

export function OPTIONS(): Response {
  return preflight(ALLOW);
}

const notAllowed = (): Response => methodNotAllowed(ALLOW);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
