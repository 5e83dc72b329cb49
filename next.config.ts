import type { NextConfig } from "next";
import { GZIP_ACCEPTED } from "./app/api/_lib/accept-gzip";

const isDev = process.env.NODE_ENV !== "production";

/**
 * Content-Security-Policy. Next inlines small bootstrap scripts, hence 'unsafe-inline' for scripts;
 * 'unsafe-eval' only in development (React's dev tooling needs it), never in production.
 * Fonts, images and scripts come from this origin only: nothing is fetched from a CDN.
 */
function csp(frameAncestors: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=()" },
  ...(isDev ? [] : [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]),
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
  async headers() {
    return [
      {
        // Every page but the embeddable widget: no framing by other sites.
        source: "/((?!embed$|embed/|embed\\?).*)",
        headers: [...common, { key: "X-Frame-Options", value: "DENY" }, { key: "Content-Security-Policy", value: csp("'none'") }],
      },
      {
        // /api/recommend sends gzip-accepting clients a body compressed once per cached result
        // (app/api/_lib/encoded.server.ts). Next drops Content-Encoding from a handler's Response
        // and would compress ~300 KB again on every request, so the header is set here, on the
        // same Accept-Encoding test the handler uses, and Next then leaves the bytes alone.
        source: "/api/recommend",
        has: [{ type: "header", key: "accept-encoding", value: GZIP_ACCEPTED }],
        headers: [{ key: "Content-Encoding", value: "gzip" }],
      },
      {
        // The widget is meant to be framed by any site.
        source: "/embed",
        headers: [...common, { key: "Content-Security-Policy", value: csp("*") }],
      },
    ];
  },
};

export default nextConfig;
