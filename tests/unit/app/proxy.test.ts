import { createHash } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { INLINE_SCRIPT_HASHES, RESOURCE_CSP, themeScriptSource } from "@/app/_lib/csp";
import { config, proxy } from "@/proxy";

/** proxy.ts (issue 13, items 3 and 8), called as Next calls it, on a NextRequest. */
const at = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) => proxy(new NextRequest(new URL(path, "http://127.0.0.1:3107"), init));
const csp = (res: Response) => res.headers.get("content-security-policy") ?? "";
/** The request headers the proxy hands on to Next (NextResponse.next({ request: { headers } })). */
const forwarded = (res: Response, name: string) => res.headers.get(`x-middleware-request-${name}`);

describe("the Content-Security-Policy of a page", () => {
  it("allows scripts by a fresh nonce per request, without 'unsafe-inline' or 'unsafe-eval'", () => {
    const [a, b] = [at("/"), at("/")];
    const script = /script-src ([^;]+)/.exec(csp(a))?.[1] ?? "";
    expect(script).toMatch(/^'self' 'nonce-[A-Za-z0-9+/]{22}==' /);
    expect(script).not.toContain("unsafe-inline");
    expect(script).not.toContain("unsafe-eval");
    expect(/'nonce-([^']+)'/.exec(csp(a))?.[1]).not.toBe(/'nonce-([^']+)'/.exec(csp(b))?.[1]);
  });

  it("hands the same policy and its nonce to Next, which puts the nonce on its scripts", () => {
    const res = at("/results?t=coding:3");
    expect(forwarded(res, "content-security-policy")).toBe(csp(res));
    expect(csp(res)).toContain(`'nonce-${forwarded(res, "x-nonce") ?? "?"}'`);
  });

  it("allows the root layout's theme script by the hash of its source", () => {
    const source = themeScriptSource();
    expect(source).toContain("flagless-theme");
    const hash = `'sha256-${createHash("sha256").update(source ?? "").digest("base64")}'`;
    expect(INLINE_SCRIPT_HASHES).toEqual([hash]);
    expect(csp(at("/wizard"))).toContain(hash);
  });

  it("lets any site frame /embed only", () => {
    expect(csp(at("/embed"))).toContain("frame-ancestors *");
    for (const path of ["/", "/results", "/embed/x", "/models/qwen2.5-72b-instruct"]) expect(csp(at(path))).toContain("frame-ancestors 'none'");
  });

  it("gives API answers and files a policy that allows nothing", () => {
    for (const path of ["/api/recommend", "/api/health", "/embed.js", "/icon.svg"]) {
      expect(csp(at(path))).toBe(RESOURCE_CSP);
      expect(forwarded(at(path), "x-nonce")).toBeNull();
    }
  });

  it("runs on every path but Next's hashed build files", () => {
    const [matcher] = config.matcher;
    const re = new RegExp(`^${matcher ?? ""}$`);
    for (const path of ["/", "/results", "/api/recommend", "/embed.js"]) expect(re.test(path)).toBe(true);
    for (const path of ["/_next/static/chunks/a.js", "/_next/image"]) expect(re.test(path)).toBe(false);
  });
});

describe("paths the router cannot decode", () => {
  it.each(["/models/%FF", "/models/%C0%AF", "/%ED%BF%BF", "/results/%E0%A4%A"])("shows the not-found page for %s, with the page headers", (path) => {
    const res = at(path);
    expect(res.headers.get("x-middleware-rewrite")).toMatch(/\/_invalid-path$/);
    expect(csp(res)).toMatch(/script-src 'self' 'nonce-/);
  });

  it("answers the API's 404 JSON under /api", async () => {
    const res = at("/api/%FF");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "not found: the path is not valid percent-encoding" });
    expect(csp(res)).toBe(RESOURCE_CSP);
  });

  it("leaves valid percent-encoding alone", () => {
    expect(at("/models/qwen%2E5").headers.get("x-middleware-rewrite")).toBeNull();
  });
});

describe("a trailing slash", () => {
  it.each([
    ["/embed/", "/embed"],
    ["/embed/?t=coding:3&top=2", "/embed?t=coding:3&top=2"],
    ["/results//", "/results"],
    ["/api/recommend/", "/api/recommend"],
  ])("redirects %s to %s with a policy", (from, to) => {
    const res = at(from);
    expect(res.status).toBe(308);
    const location = new URL(res.headers.get("location") ?? "", "http://127.0.0.1:3107");
    expect(`${location.pathname}${location.search}`).toBe(to);
    expect(csp(res)).toBe(RESOURCE_CSP);
  });

  it("leaves the root alone", () => {
    expect(at("/").status).toBe(200);
  });
});
