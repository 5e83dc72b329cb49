import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { expect, test, type APIResponse } from "@playwright/test";

/** Security headers and hostile URLs over HTTP, against the production build (issue 13, items 1, 3, 6, 8, 10). */
const PORT = Number(process.env.E2E_PORT ?? 3107);
const DIST = join(process.cwd(), process.env.NEXT_DIST_DIR || ".next");
const QUERY = "t=coding:3&r=eu&h=api&b=500&tok=50M";
const NONCE = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/;

function expectPageHeaders(res: APIResponse, framable = false): void {
  const h = res.headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["content-security-policy"]).toMatch(NONCE);
  expect(h["content-security-policy"]).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(h["content-security-policy"]).toContain(framable ? "frame-ancestors *" : "frame-ancestors 'none'");
  expect(h["x-frame-options"]).toBe(framable ? undefined : "DENY");
  expect(h["cross-origin-opener-policy"]).toBe("same-origin");
  expect(h["x-powered-by"]).toBeUndefined();
}

test.describe("security headers", () => {
  test("a page forbids framing, sniffing and other origins, and allows its scripts by a nonce", async ({ request }) => {
    for (const path of ["/", `/results?${QUERY}`, "/wizard", "/methodology"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expectPageHeaders(res);
      expect(res.headers()["cross-origin-resource-policy"]).toBe("same-origin");
    }
  });

  test("every script of a page carries the nonce of its policy, a fresh one per request", async ({ request }) => {
    const [a, b] = [await request.get("/"), await request.get("/")];
    const nonce = NONCE.exec(a.headers()["content-security-policy"] ?? "")?.[1] ?? "?";
    expect(NONCE.exec(b.headers()["content-security-policy"] ?? "")?.[1]).not.toBe(nonce);
    const scripts = [...(await a.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(2);
    // The theme script is allowed by its hash; every other one carries the nonce.
    expect(scripts.filter((s) => !s.includes(`nonce="${nonce}"`)).length).toBeLessThanOrEqual(1);
  });

  test("a page loads and runs with no CSP violation", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    for (const path of ["/", `/results?${QUERY}`, `/embed?${QUERY}`, "/wizard"]) await page.goto(path, { waitUntil: "load" });
    expect(violations).toEqual([]);
  });

  test("the widget may be framed and read by any site, and nothing else under /embed may", async ({ request }) => {
    const embed = await request.get(`/embed?${QUERY}`);
    expectPageHeaders(embed, true);
    expect(embed.headers()["cross-origin-resource-policy"]).toBe("cross-origin");
    const other = await request.get("/embed/x");
    expect(other.status()).toBe(404);
    expectPageHeaders(other);
    const script = await request.get("/embed.js");
    expect(script.headers()).toMatchObject({ "cross-origin-resource-policy": "cross-origin", "access-control-allow-origin": "*", "x-content-type-options": "nosniff" });
  });

  test("/embed/ redirects to /embed with the security headers", async ({ request }) => {
    const res = await request.get(`/embed/?${QUERY}`, { maxRedirects: 0 });
    expect(res.status()).toBe(308);
    const to = new URL(res.headers()["location"] ?? "", "http://x");
    expect(to.pathname).toBe("/embed");
    expect(decodeURIComponent(to.search)).toBe(`?${QUERY}`);
    expect(res.headers()).toMatchObject({ "x-content-type-options": "nosniff", "x-frame-options": "DENY", "content-security-policy": "default-src 'none'; frame-ancestors 'none'" });
  });

  test("every API answer, the PDF, the health check and errors alike, may be read by any site", async ({ request }) => {
    for (const path of ["/api/health", `/api/report?${QUERY}`, "/api/report?t=coding:9", `/api/recommend?${QUERY}`, "/api/catalog", "/api/estimate?model=qwen3-32b&gpu=rtx-4090", "/api/nothing"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBeLessThan(500);
      expect(res.headers(), path).toMatchObject({
        "access-control-allow-origin": "*",
        "cross-origin-resource-policy": "cross-origin",
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
      });
    }
  });

  test("the home page names the product", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(/flagless/);
  });
});

test.describe("hostile URLs", () => {
  test("a path that is not valid percent-encoding is the not-found page, with the usual headers", async ({ page, request }) => {
    for (const path of ["/models/%FF", "/models/%C0%AF", "/models/%ED%BF%BF", "/%E0%A4%A"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      expectPageHeaders(res);
    }
    const api = await request.get("/api/%FF");
    expect(api.status()).toBe(404);
    expect(await api.json()).toEqual({ error: expect.stringContaining("percent-encoding") });
    await page.goto("/models/%FF");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/not found/i);
  });

  test("unknown model ids are 404s that write nothing to disk", async ({ request }) => {
    const files = (dir: string): number => (existsSync(dir) ? readdirSync(dir).reduce((n, f) => n + (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : 1), 0) : 0);
    const before = files(join(DIST, "server"));
    for (let i = 0; i < 30; i++) {
      const res = await request.get(`/models/no-such-model-${i}-${"x".repeat(i * 7)}`);
      expect(res.status()).toBe(404);
      expect(res.headers()["content-security-policy"]).toMatch(NONCE);
    }
    expect(files(join(DIST, "server"))).toBe(before);
  });
});

/**
 * The server as `npm start` runs it (scripts/start.mjs, with scripts/server-hardening.cjs preloaded),
 * on the next port, from the build under test.
 */
test.describe("the server npm start runs", () => {
  const port = PORT + 1;
  let server: ChildProcess | undefined;
  let log = "";

  test.beforeAll(async () => {
    server = spawn(process.execPath, ["scripts/start.mjs"], {
      env: { ...process.env, PORT: String(port), START_SKIP_BUILD: "1", FLAGLESS_LOG_TIMEOUTS: "1", NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stderr?.on("data", (d: Buffer) => (log += d.toString()));
    server.stdout?.on("data", (d: Buffer) => (log += d.toString()));
    server.once("exit", (code) => (log += `\n(npm start exited with ${code})`));
    for (let i = 0; i < 120; i++) {
      if (server.exitCode !== null) break;
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`npm start did not answer on ${port}: ${log}`);
  });

  test.afterAll(async () => {
    // scripts/start.mjs passes the signal on to the server it runs, and exits when it has stopped.
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server?.once("exit", r));
      server.kill("SIGTERM");
      await exited;
    }
  });

  test("drops slow clients: the timeouts it applies", () => {
    expect(log).toContain("flagless server: headersTimeout 10000 ms, requestTimeout 30000 ms, keepAliveTimeout 5000 ms");
  });

  test("answers TRACE on the API and on pages with 405, not 500", async () => {
    for (const path of ["/api/recommend", "/api/health", "/"]) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest({ host: "127.0.0.1", port, path, method: "TRACE" }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on("error", reject);
        req.end();
      });
      expect(status, path).toBe(405);
    }
  });
});
