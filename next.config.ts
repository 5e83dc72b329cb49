import type { NextConfig } from "next";
import { GZIP_ACCEPTED } from "./app/api/_lib/accept-gzip";

const isDev = process.env.NODE_ENV !== "production";

/**
 * Static security headers (OWASP Secure Headers Project), on every answer Next gives, 404s,
 * redirects and errors included; the Content-Security-Policy, which carries a per-request nonce on
 * pages, is composed in proxy.ts. Where the same header comes from a route handler too, this value
 * wins, so the two are kept equal (app/api/_lib/http.server.ts).
 */
const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=()" },
  ...(isDev ? [] : [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]),
];

/** What other sites may use: the widget (framed), its script, and the API (read through CORS). */
const SHARED = ["/embed", "/embed/:path*", "/embed.js", "/api/:path*"] as const;

const HEADER_RULES = [
  { source: "/(.*)", headers: common },
  // Every answer but the widget page refuses to be framed (the CSP's frame-ancestors says the same).
  { source: "/((?!embed$).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
  // Pages and files of this site: own browsing context group, readable by this origin only.
  {
    source: "/((?!api(?:/|$)|embed(?:/|$|\\.js$)).*)",
    headers: [
      { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
      { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
    ],
  },
  ...["/embed", "/embed/:path*"].map((source) => ({ source, headers: [{ key: "Cross-Origin-Opener-Policy", value: "same-origin" }] })),
  ...SHARED.map((source) => ({ source, headers: [{ key: "Cross-Origin-Resource-Policy", value: "cross-origin" }] })),
  // Any site may read the API and the widget's script; the API exposes its ETag and Link headers.
  {
    source: "/api/:path*",
    headers: [
      { key: "Access-Control-Allow-Origin", value: "*" },
      { key: "Access-Control-Expose-Headers", value: "ETag, Link" },
    ],
  },
  { source: "/embed.js", headers: [{ key: "Access-Control-Allow-Origin", value: "*" }] },
  {
    // /api/recommend sends gzip-accepting clients a body compressed once per cached result
    // (app/api/_lib/encoded.server.ts). Next drops Content-Encoding from a handler's Response
    // and would compress it again on every request, so the header is set here, on the
    // same Accept-Encoding test the handler uses, and Next then leaves the bytes alone.
    source: "/api/recommend",
    has: [{ type: "header" as const, key: "accept-encoding", value: GZIP_ACCEPTED }],
    headers: [{ key: "Content-Encoding", value: "gzip" }],
  },
];

const nextConfig: NextConfig = {
  // The Docker image builds with NEXT_OUTPUT=standalone (a self-contained server.js); `npm start`
  // serves the ordinary build with `next start`, which does not run a standalone build.
  ...(process.env.NEXT_OUTPUT === "standalone" ? { output: "standalone" as const } : {}),
  // Several builds side by side on one machine (e.g. a benchmark next to the e2e tests) each take
  // their own directory: NEXT_DIST_DIR=.next-bench. Both `next build` and `next start` read it.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // proxy.ts redirects /path/ to /path itself: Next's own redirect runs before the headers above.
  skipTrailingSlashRedirect: true,
  async headers() {
    return HEADER_RULES;
  },
};

export default nextConfig;
