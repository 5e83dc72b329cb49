import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";

/**
 * The static headers of next.config.ts (issue 13, item 8), matched the way Next matches a rule's
 * `source` (its own path-to-regexp matcher); when two rules set one key, the later one wins.
 */
type Rule = { source: string; has?: unknown[]; headers: { key: string; value: string }[] };
const require_ = createRequire(import.meta.url);
const { getPathMatch } = require_("next/dist/shared/lib/router/utils/path-match") as { getPathMatch: (source: string, opts: object) => (path: string) => unknown };
const rules = ((await nextConfig.headers?.()) ?? []) as Rule[];

function headersFor(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (rule.has || !getPathMatch(rule.source, { strict: true, removeUnnamedParams: true })(path)) continue;
    for (const h of rule.headers) out[h.key.toLowerCase()] = h.value;
  }
  return out;
}

const PAGES = ["/", "/results", "/wizard", "/models/qwen2.5-72b-instruct", "/_invalid-path", "/embedded", "/icon.svg", "/_next/static/chunks/a.js"];

describe("static security headers", () => {
  it.each([...PAGES, "/embed", "/embed/x", "/embed.js", "/api/recommend", "/api/health", "/api/report"])("sends nosniff, a referrer policy and a permissions policy on %s", (path) => {
    expect(headersFor(path)).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "permissions-policy": expect.stringContaining("camera=()"),
    });
  });

  it.each(PAGES)("keeps %s to this origin: no framing, its own browsing context group, same-origin resources", (path) => {
    expect(headersFor(path)).toMatchObject({ "x-frame-options": "DENY", "cross-origin-opener-policy": "same-origin", "cross-origin-resource-policy": "same-origin" });
  });

  it("lets any site frame the widget and load it cross-origin", () => {
    const h = headersFor("/embed");
    expect(h["x-frame-options"]).toBeUndefined();
    expect(h).toMatchObject({ "cross-origin-resource-policy": "cross-origin", "cross-origin-opener-policy": "same-origin" });
  });

  it("refuses framing of anything under /embed/ but the widget itself", () => {
    expect(headersFor("/embed/x")).toMatchObject({ "x-frame-options": "DENY", "cross-origin-resource-policy": "cross-origin" });
  });

  it("lets any site load the widget's script", () => {
    expect(headersFor("/embed.js")).toMatchObject({ "cross-origin-resource-policy": "cross-origin", "access-control-allow-origin": "*" });
  });

  it.each(["/api/recommend", "/api/report", "/api/health", "/api/catalog", "/api/estimate", "/api/openapi.json", "/api/nothing"])(
    "opens %s to every origin, the PDF and the health check included, and exposes ETag and Link",
    (path) => {
      expect(headersFor(path)).toMatchObject({
        "access-control-allow-origin": "*",
        "access-control-expose-headers": "ETag, Link",
        "cross-origin-resource-policy": "cross-origin",
        "x-frame-options": "DENY",
      });
    },
  );

  it("leaves the redirect of /path/ to proxy.ts, which answers it with the headers", () => {
    expect(nextConfig.skipTrailingSlashRedirect).toBe(true);
  });
});
