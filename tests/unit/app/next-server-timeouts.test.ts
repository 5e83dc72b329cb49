import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * Issue 13, item 10, on Next's own server: `next start` (what scripts/start.mjs runs) and the
 * standalone server.js both create their HTTP server in next/dist/server/lib/start-server.js and may
 * set keepAliveTimeout on it afterwards. This starts that very function with
 * scripts/server-hardening.cjs preloaded and reads the timeouts off the server once it listens,
 * before any app is loaded (so no build is needed), and sends it a TRACE. Values are read, never timed.
 */
const ROOT = join(import.meta.dirname, "..", "..", "..");
const PRELOAD = join(ROOT, "scripts", "server-hardening.cjs");
const EMPTY = mkdtempSync(join(tmpdir(), "flagless-next-server-"));
afterAll(() => rmSync(EMPTY, { recursive: true, force: true }));

const PROBE = `
const http = require("node:http");
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (...args) {
  this.once("listening", () => {
    const { headersTimeout, requestTimeout, keepAliveTimeout } = this;
    if (!process.env.PROBE_METHOD) {
      process.stdout.write(JSON.stringify({ headersTimeout, requestTimeout, keepAliveTimeout }) + "\\n");
      process.exit(0);
    }
    const req = http.request({ host: "127.0.0.1", port: this.address().port, path: "/api/health", method: process.env.PROBE_METHOD }, (res) => {
      res.resume();
      process.stdout.write(JSON.stringify({ status: res.statusCode, allow: res.headers.allow, nosniff: res.headers["x-content-type-options"] }) + "\\n");
      process.exit(0);
    });
    req.on("error", () => process.exit(4));
    req.end();
  });
  return listen.apply(this, args);
};
const keepAliveTimeout = process.env.PROBE_NEXT_KEEP_ALIVE ? Number(process.env.PROBE_NEXT_KEEP_ALIVE) : undefined;
require("next/dist/server/lib/start-server")
  .startServer({ dir: ${JSON.stringify(EMPTY)}, port: 0, hostname: "127.0.0.1", isDev: false, allowRetry: false, keepAliveTimeout })
  .catch(() => {});
setTimeout(() => process.exit(3), 20000);
`;

function nextServer(env: Record<string, string> = {}, preload = true): Record<string, number> {
  const args = [...(preload ? ["--require", PRELOAD] : []), "-e", PROBE];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env } });
  const line = r.stdout.split("\n").find((l) => l.startsWith("{"));
  if (!line) throw new Error(`no server values (exit ${r.status}): ${r.stderr}`);
  return JSON.parse(line) as Record<string, number>;
}

describe("the server Next's start-server creates", () => {
  it("keeps the 10 s headers, 30 s request and 5 s keep-alive timeouts of the preload", () => {
    expect(nextServer()).toEqual({ headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 5_000 });
  });

  it("takes HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS and KEEP_ALIVE_TIMEOUT_MS", () => {
    expect(nextServer({ HEADERS_TIMEOUT_MS: "7000", REQUEST_TIMEOUT_MS: "20000", KEEP_ALIVE_TIMEOUT_MS: "3000" })).toEqual({ headersTimeout: 7000, requestTimeout: 20_000, keepAliveTimeout: 3000 });
  });

  it("lets Next's own keep-alive setting (next start --keepAliveTimeout, KEEP_ALIVE_TIMEOUT for server.js) win", () => {
    expect(nextServer({ PROBE_NEXT_KEEP_ALIVE: "61000" })).toMatchObject({ headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 61_000 });
  });

  it("answers TRACE with 405 before Next's request listener can turn it into a 500 (item 6)", () => {
    expect(nextServer({ PROBE_METHOD: "TRACE" })).toEqual({ status: 405, allow: "GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS", nosniff: "nosniff" });
  });

  it("has Node's defaults without the preload", () => {
    expect(nextServer({}, false)).toMatchObject({ headersTimeout: 60_000, requestTimeout: 300_000 });
  });
});
