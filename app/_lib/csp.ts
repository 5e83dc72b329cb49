import { createHash, randomBytes } from "node:crypto";
import { ThemeScript } from "@/components/theme-script";

/**
 * Content-Security-Policy of the site (issue 13, item 8), composed per request by proxy.ts.
 *
 * Pages get `script-src 'self' 'nonce-<random>'`, no 'unsafe-inline': Next reads the nonce from the
 * request's CSP header and puts it on every script it writes (its bootstrap and the inline RSC
 * payload), so an injected inline script or event handler does not run. A nonce needs the page to be
 * rendered per request (app/layout.tsx forces it); the figures before and after are in BENCHMARKS.md.
 * The one inline script the app writes itself, the theme script of the root layout, is allowed by its
 * hash, computed here from the component so that the two cannot drift.
 * https://nextjs.org/docs/app/guides/content-security-policy
 *
 * Everything else the proxy sees (API answers, files) gets a policy that allows nothing: a JSON or SVG
 * answer opened as a document runs nothing and cannot be framed.
 */
const isDev = process.env.NODE_ENV === "development";

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The source text of the theme script, read from its element; undefined if the component changed shape. */
export function themeScriptSource(): string | undefined {
  const el = ThemeScript() as unknown as { props?: { dangerouslySetInnerHTML?: { __html?: unknown } } };
  const html = el.props?.dangerouslySetInnerHTML?.__html;
  return typeof html === "string" ? html : undefined;
}

/** Hashes of the inline scripts the app's own components write (not Next's: those carry the nonce). */
export const INLINE_SCRIPT_HASHES: readonly string[] = [themeScriptSource()].filter((s): s is string => s !== undefined).map(sha256);

/** The policy of an HTML page; `framable` only for the widget, which any site may frame. */
export function pageCsp(nonce: string, framable: boolean): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval' only in development (React's dev tooling needs it), never in production.
    `script-src 'self' 'nonce-${nonce}' ${INLINE_SCRIPT_HASHES.join(" ")}${isDev ? " 'unsafe-eval'" : ""}`.replace(/ +/g, " ").trim(),
    // Styles keep 'unsafe-inline': React writes style attributes, which a nonce cannot cover.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${framable ? "*" : "'none'"}`,
  ].join("; ");
}

/** The policy of everything that is not a page: nothing may load or run, nothing may frame it. */
export const RESOURCE_CSP = "default-src 'none'; frame-ancestors 'none'";
