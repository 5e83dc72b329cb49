import { spawn, spawnSync } from "node:child_process";
import { connect } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * scripts/server-hardening.cjs, preloaded by `npm start` and the image's CMD (issue 13, items 6 and 10).
 * A child Node process loads it and creates a server as Next does (http.createServer(listener));
 * the values are read from the server, never timed.
 */
const ROOT = join(import.meta.dirname, "..", "..", "..");
const PRELOAD = join(ROOT, "scripts", "server-hardening.cjs");
const SERVER = `
const http = require("node:http");
const server = http.createServer((req, res) => { res.end("reached " + req.method); });
server.listen(0, "127.0.0.1", () => {
  const { headersTimeout, requestTimeout, keepAliveTimeout } = server;
  process.stdout.write(JSON.stringify({ port: server.address().port, headersTimeout, requestTimeout, keepAliveTimeout }) + "\\n");
});`;

function readServer(env: Record<string, string> = {}): Record<string, number> {
  const r = spawnSync(process.execPath, ["--require", PRELOAD, "-e", `${SERVER}; setTimeout(() => process.exit(0), 200)`], { encoding: "utf8", env: { ...process.env, ...env } });
  return JSON.parse(r.stdout.split("\n")[0] ?? "{}") as Record<string, number>;
}

describe("server timeouts", () => {
  it("applies a 10 s headers timeout, a 30 s request timeout and a 5 s keep-alive to every server", () => {
    expect(readServer()).toMatchObject({ headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 5_000 });
  });

  it("takes other values from the environment", () => {
    expect(readServer({ HEADERS_TIMEOUT_MS: "4000", REQUEST_TIMEOUT_MS: "8000", KEEP_ALIVE_TIMEOUT_MS: "2000" })).toMatchObject({ headersTimeout: 4000, requestTimeout: 8000, keepAliveTimeout: 2000 });
  });

  it("keeps Node's defaults without the preload, which is why it is needed", () => {
    const r = spawnSync(process.execPath, ["-e", `${SERVER}; setTimeout(() => process.exit(0), 200)`], { encoding: "utf8" });
    expect(JSON.parse(r.stdout.split("\n")[0] ?? "{}")).toMatchObject({ headersTimeout: 60_000, requestTimeout: 300_000 });
  });

  it("is what scripts/start.mjs runs Next with", async () => {
    const start = "../../../scripts/start.mjs";
    const { serverArgs } = (await import(start)) as { serverArgs: (port: string) => string[] };
    const args = serverArgs("3000");
    expect(args.slice(0, 2)).toEqual(["--require", PRELOAD]);
    expect(args.slice(-3)).toEqual(["start", "-p", "3000"]);
  });
});

describe("methods Next cannot handle", () => {
  let child: ReturnType<typeof spawn>;
  let port = 0;
  beforeAll(async () => {
    child = spawn(process.execPath, ["--require", PRELOAD, "-e", SERVER], { stdio: ["ignore", "pipe", "inherit"] });
    port = await new Promise<number>((resolve) => child.stdout?.once("data", (d: Buffer) => resolve((JSON.parse(d.toString()) as { port: number }).port)));
  });
  afterAll(() => {
    child.kill();
  });

  /** One raw request; the answer as text, once the server closes the connection or answers. */
  function raw(method: string, path = "/api/recommend"): Promise<string> {
    return new Promise((resolve, reject) => {
      const s = connect(port, "127.0.0.1");
      let text = "";
      s.on("data", (d) => {
        text += d.toString();
        if (/\r\n\r\n/.test(text) && (/Connection: close/i.test(text) ? false : text.includes("reached"))) s.end();
      });
      s.on("close", () => resolve(text));
      s.on("error", reject);
      s.write(`${method} ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    });
  }

  it.each(["TRACE", "PROPFIND", "MKCOL", "PURGE"])("answers %s with 405, an Allow header and the security headers, without reaching Next", async (method) => {
    const text = await raw(method);
    expect(text).toMatch(/^HTTP\/1\.1 405 /);
    expect(text).toMatch(/\r\nAllow: GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS\r\n/);
    expect(text).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/);
    expect(text).toMatch(/\r\nContent-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n/);
    expect(text).not.toContain("reached");
    expect(text).toContain('{"error":"method not allowed');
  });

  it("never hands CONNECT or a method Node's parser does not know to the application", async () => {
    // CONNECT is a "connect" event, not a request: with no listener Node closes the socket.
    expect(await raw("CONNECT", "localhost:80")).toBe("");
    expect(await raw("TRACK")).toMatch(/^HTTP\/1\.1 400 /);
  });

  it.each(["GET", "POST", "OPTIONS", "DELETE"])("passes %s on to the application", async (method) => {
    expect(await raw(method)).toContain(`reached ${method}`);
  });
});
