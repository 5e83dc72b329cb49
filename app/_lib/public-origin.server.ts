import "server-only";

/**
 * The origin links to this site are written with (the PDF memo's link and QR code, issue 13 item 9):
 *
 * 1. PUBLIC_ORIGIN, when set (e.g. `https://flagless.example.org`): what people reach the site at,
 *    whatever the proxy in front forwards;
 * 2. else the request's own host (X-Forwarded-Host from a proxy, else Host), but only when it is listed
 *    in ALLOWED_HOSTS (comma-separated `host` or `host:port`; a host without a port allows any port).
 *    Unset, ALLOWED_HOSTS is `localhost,127.0.0.1,[::1]`, so a local run links to itself;
 * 3. else undefined: no origin can be trusted, and the caller writes no absolute link. A Host header is
 *    whatever the client sent; echoing it into a memo would let anyone mint documents linking elsewhere.
 */
export type OriginEnv = { PUBLIC_ORIGIN?: string | undefined; ALLOWED_HOSTS?: string | undefined };

const DEFAULT_ALLOWED = "localhost,127.0.0.1,[::1]";
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/** PUBLIC_ORIGIN as an origin (scheme, host, port), or undefined when unset or not an http(s) origin. */
export function configuredOrigin(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  try {
    const u = new URL(value.trim());
    if ((u.protocol !== "https:" && u.protocol !== "http:") || u.username || u.password || u.search || u.hash || (u.pathname !== "/" && u.pathname !== "")) return undefined;
    return u.origin;
  } catch {
    return undefined;
  }
}

function allowed(host: string, list: string): boolean {
  const bare = host.replace(/:\d+$/, "");
  return list
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean)
    .some((entry) => entry === host || (!/:\d+$/.test(entry) && entry === bare));
}

const first = (header: string | null) => header?.split(",")[0]?.trim().toLowerCase() || undefined;

export function publicOrigin(request: Request, env: OriginEnv = process.env as OriginEnv): string | undefined {
  const configured = configuredOrigin(env.PUBLIC_ORIGIN);
  if (configured) return configured;
  const url = new URL(request.url);
  const host = first(request.headers.get("x-forwarded-host")) ?? first(request.headers.get("host")) ?? url.host;
  if (!HOST.test(host) || !allowed(host, env.ALLOWED_HOSTS ?? DEFAULT_ALLOWED)) return undefined;
  const proto = first(request.headers.get("x-forwarded-proto"));
  const scheme = proto === "https" || proto === "http" ? proto : url.protocol.replace(/:$/, "");
  return `${scheme}://${host}`;
}
