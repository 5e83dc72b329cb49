import "server-only";
import { z } from "zod";
import { publicIssue, type AnswerIssue } from "@/lib/answers";

/**
 * JSON responses shared by the API route handlers: one error shape everywhere, `{ error, issues? }`,
 * with the issue shape of lib/answers, and CORS headers so that any site may call the API.
 */

/** One bad field: the issue shape of lib/answers, described for the OpenAPI document. */
export const ApiIssue = z.object({
  path: z.string().meta({
    description:
      'The Answers path of the bad field ("budgetUsdPerMonth", "tasks.coding", "hardware.0.gpu"; "" for the whole body), ' +
      'or the query parameter of the surface ("limit", "offset", "lang", "model", "gpu", ...)',
  }),
  message: z.string().meta({ description: "What is wrong and what is expected; on URL surfaces it names the query parameter" }),
}) satisfies z.ZodType<AnswerIssue>;
export type ApiIssue = AnswerIssue;

/** Every error answer of the API; `issues` is present on 422. */
export const ApiError = z.object({ error: z.string(), issues: z.array(ApiIssue).optional() });
export type ApiError = z.infer<typeof ApiError>;

/**
 * Any origin may read the API: it holds no cookies, no accounts, nothing private. next.config.ts
 * sends the same headers on every /api answer (errors and the PDF included); they are set here too
 * so that a handler's answer is complete on its own. ETag and Link are exposed because they are not
 * CORS-safelisted response headers. https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name
 */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Link",
} as const;

export const NO_STORE = { "Cache-Control": "no-store" } as const;

type Init = { status?: number; headers?: HeadersInit };

/** A JSON answer from text, UTF-8 bytes or a stream of them (a cached body), with CORS headers. */
export function jsonText(text: string | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>, init: Init = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/json; charset=utf-8");
  for (const [k, v] of Object.entries(CORS_HEADERS)) if (!headers.has(k)) headers.set(k, v);
  return new Response(text, { status: init.status ?? 200, headers });
}

export function json(body: unknown, init: Init = {}): Response {
  return jsonText(JSON.stringify(body), init);
}

/**
 * An error answer; never cached, so a fixed request is not stuck behind an old error. Issues keep
 * their public shape, `{ path, message }`: the kind the boundary adds for the pages' vocabulary stays out.
 */
export function jsonError(status: number, error: string, issues?: readonly ApiIssue[], headers?: HeadersInit): Response {
  const body: ApiError = issues ? { error, issues: issues.map(publicIssue) } : { error };
  const h = new Headers(headers);
  if (!h.has("Cache-Control")) h.set("Cache-Control", NO_STORE["Cache-Control"]);
  return json(body, { status, headers: h });
}

/** 405 with the methods the route does offer (RFC 9110 section 15.5.6 requires `Allow`). */
export function methodNotAllowed(allow: readonly string[]): Response {
  return jsonError(405, `method not allowed: use ${allow.join(" or ")}`, undefined, { Allow: allow.join(", ") });
}

/** CORS preflight answer for a route offering `allow`; a JSON body needs Content-Type allowed. */
export function preflight(allow: readonly string[]): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      Allow: allow.join(", "),
      "Access-Control-Allow-Methods": allow.join(", "),
      "Access-Control-Allow-Headers": "Content-Type, If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  });
}

/**
 * Run a handler; an exception that escapes is a server fault (client input is answered
 * before it can throw), so it is logged and answered with a generic 500 without details.
 */
export async function guarded(route: string, handler: () => Promise<Response> | Response): Promise<Response> {
  try {
    return await handler();
  } catch (err) {
    console.error(`[${route}] unexpected error`, err);
    return jsonError(500, "internal error: the server failed to answer this request; please report it");
  }
}
