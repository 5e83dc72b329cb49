import { NextResponse, type NextRequest } from "next/server";
import { newNonce, pageCsp, RESOURCE_CSP } from "./app/_lib/csp";

/**
 * Everything that runs in front of the app, composed here in one place (issue 13): each step may
 * answer the request itself; the last one lets it through with the headers of its kind. The locale
 * handling of the Chinese interface is meant to be one more step in this list.
 * Static headers (nosniff, framing, COOP, CORP, CORS) are in next.config.ts, which Next also applies
 * to the answers given here.
 */
type Step = (request: NextRequest) => Response | undefined;

const isApi = (path: string) => path === "/api" || path.startsWith("/api/");
/** Files from public/ and Next's own; a model id may hold a dot ("qwen2.5-72b"), so extensions are listed. */
const FILE = /\.(?:js|mjs|css|map|json|txt|xml|svg|png|jpe?g|gif|webp|avif|ico|woff2?|ttf|webmanifest|pdf)$/i;

function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * A path that is not valid percent-encoding (`/models/%FF`, `%C0%AF`, `%ED%BF%BF`) made Next's router
 * throw: a bare text/plain 500 without security headers. It is a 404: the app's not-found page for a
 * page, the API's JSON error shape under /api.
 */
const rejectUndecodablePath: Step = (request) => {
  const path = request.nextUrl.pathname;
  if (decodable(path)) return undefined;
  if (isApi(path)) {
    return NextResponse.json({ error: "not found: the path is not valid percent-encoding" }, { status: 404, headers: { "Content-Security-Policy": RESOURCE_CSP, "Cache-Control": "no-store" } });
  }
  return withPageHeaders(request, (headers) => NextResponse.rewrite(new URL("/_invalid-path", request.url), { request: { headers } }));
};

/**
 * `/embed/` -> `/embed`, as Next's own trailing-slash redirect did, but with the security headers:
 * Next's redirect runs before next.config.ts headers (next.config.ts sets skipTrailingSlashRedirect).
 */
const dropTrailingSlash: Step = (request) => {
  const path = request.nextUrl.pathname;
  if (path.length <= 1 || !path.endsWith("/")) return undefined;
  const to = new URL(request.url);
  to.pathname = path.replace(/\/+$/, "") || "/";
  return withResourceHeaders(NextResponse.redirect(to, 308));
};

function withResourceHeaders(response: Response): Response {
  response.headers.set("Content-Security-Policy", RESOURCE_CSP);
  return response;
}

/** A page's answer with a fresh nonce in its CSP, handed to Next on the request so that it signs its scripts. */
function withPageHeaders(request: NextRequest, answer: (headers: Headers) => NextResponse): NextResponse {
  const csp = pageCsp(newNonce(), request.nextUrl.pathname === "/embed");
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  headers.set("x-nonce", /'nonce-([^']+)'/.exec(csp)?.[1] ?? "");
  // The page's own path and query, for its <html lang> and hreflang links (app/layout.tsx): the
  // locale is in the URL (/zh/...), never taken from Accept-Language.
  headers.set("x-page", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = answer(headers);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

const STEPS: Step[] = [rejectUndecodablePath, dropTrailingSlash];

export function proxy(request: NextRequest): Response {
  for (const step of STEPS) {
    const answered = step(request);
    if (answered) return answered;
  }
  const path = request.nextUrl.pathname;
  if (isApi(path) || FILE.test(path)) return withResourceHeaders(NextResponse.next());
  return withPageHeaders(request, (headers) => NextResponse.next({ request: { headers } }));
}

export const config = {
  // Next's hashed build files need no policy of their own and are the bulk of requests.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
