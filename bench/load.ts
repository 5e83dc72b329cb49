/**
 * Load and soak: autocannon at 50 connections against /api/recommend, /results and /api/report on
 * a production build, one route after the other, in one server run. Required: zero errors, zero
 * 5xx, zero other non-2xx, and server memory (RSS of the process tree) growing less than 20% from
 * after a warm-up to the end. Loopback only and bounded in time.
 * Usage: npm run build && tsx bench/load.ts [--seconds N] [--connections N] [--port P]
 */
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { startServer } from "./server";

/** The slice of autocannon's result this script reads (the package ships no types). */
type Percentiles = { average: number; p50: number; p90: number; p99: number };
type AutocannonResult = {
  errors: number;
  timeouts: number;
  non2xx: number;
  "5xx": number;
  latency: Percentiles;
  requests: Percentiles & { total: number };
};
type Autocannon = (opts: { url: string; connections: number; duration: number; timeout: number }) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

export const QUERY = "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=50M";
export const ROUTES = [`/api/recommend?${QUERY}`, `/results?${QUERY}`, `/api/report?${QUERY}`];
/** The framework's floor, measured in the same server run: a route answering a fixed small JSON. */
const BASELINE = "/api/health";
const WARMUP_SECONDS = 5;
/** A request not answered within this counts as a timeout, which fails the run like an error. */
const TIMEOUT_SECONDS = 10;
const MAX_RSS_GROWTH = 0.2;

export type LoadOptions = { seconds: number; connections: number; port: number };
export type RouteFigures = { route: string; reqPerSec: number; p50: number; p90: number; p99: number; total: number; errors: number; timeouts: number; non2xx: number; status5xx: number };
export type LoadReport = { routes: RouteFigures[]; rssBeforeBytes: number; rssAfterBytes: number; rssPeakBytes: number; ok: boolean; lines: string[] };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Wait until the server answers the floor route quickly again: a route that is slower than its
 * load leaves a backlog of abandoned requests, which must not be billed to the next route.
 */
async function settle(url: string, maxMs = 120_000): Promise<number> {
  const start = Date.now();
  let quick = 0;
  // Three quick answers a second apart: one can slip in between two blocking renders.
  while (Date.now() - start < maxMs && quick < 3) {
    const t = Date.now();
    try {
      await fetch(`${url}${BASELINE}`, { signal: AbortSignal.timeout(10_000) });
      quick = Date.now() - t < 200 ? quick + 1 : 0;
    } catch {
      quick = 0;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return Date.now() - start;
}

export async function benchLoad(opts: LoadOptions): Promise<LoadReport> {
  const server = await startServer({ port: opts.port });
  if (!new URL(server.url).hostname.startsWith("127.")) throw new Error(`refusing to load a non-loopback server: ${server.url}`);
  const routes: RouteFigures[] = [];
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, server.rssBytes())), 500);
  try {
    // Warm-up at the load's own concurrency: JIT, module caches, React's first renders and the heap
    // V8 sizes for that many requests in flight settle before memory is read, so that the growth
    // measured afterwards is what a longer run adds (a leak), not the heap growing to the concurrency.
    for (const route of ROUTES) await autocannon({ url: `${server.url}${route}`, connections: opts.connections, duration: WARMUP_SECONDS, timeout: TIMEOUT_SECONDS });
    const settled = [await settle(server.url)];
    const rssBefore = server.rssBytes();
    for (const route of [BASELINE, ...ROUTES]) {
      if (route !== BASELINE) settled.push(await settle(server.url));
      const r = await autocannon({ url: `${server.url}${route}`, connections: opts.connections, duration: opts.seconds, timeout: TIMEOUT_SECONDS });
      routes.push({
        route: route === BASELINE ? `${BASELINE} (floor)` : (route.split("?")[0] ?? route),
        reqPerSec: r.requests.average,
        p50: r.latency.p50,
        p90: r.latency.p90,
        p99: r.latency.p99,
        total: r.requests.total,
        errors: r.errors,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
        status5xx: r["5xx"],
      });
    }
    const rssAfter = server.rssBytes();
    const growth = (rssAfter - rssBefore) / rssBefore;
    const ok = growth < MAX_RSS_GROWTH && routes.every((r) => r.errors === 0 && r.timeouts === 0 && r.non2xx === 0 && r.status5xx === 0);
    const lines = [
      `load: ${opts.seconds} s per route at ${opts.connections} connections, loopback, production build (query ${QUERY})`,
      `machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} at the end; request timeout ${TIMEOUT_SECONDS} s`,
      ...routes.map(
        (r) =>
          `${r.route.padEnd(20)} ${r.reqPerSec.toFixed(1).padStart(8)} req/s  p50 ${r.p50} ms  p90 ${r.p90} ms  p99 ${r.p99} ms  ` +
          `requests ${r.total}  errors ${r.errors} (timeouts ${r.timeouts})  non-2xx ${r.non2xx}  5xx ${r.status5xx}`,
      ),
      `waited for the server to go idle before each route: ${settled.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(", ")}`,
      `RSS after warm-up ${mb(rssBefore)}, at the end ${mb(rssAfter)} (${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)}%, limit +${MAX_RSS_GROWTH * 100}%), peak ${mb(peak)}`,
      ok ? "load: PASS" : "load: FAIL",
    ];
    return { routes, rssBeforeBytes: rssBefore, rssAfterBytes: rssAfter, rssPeakBytes: peak, ok, lines };
  } finally {
    clearInterval(sampler);
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { seconds: { type: "string", default: "60" }, connections: { type: "string", default: "50" }, port: { type: "string", default: "3993" } } });
  const opts = { seconds: Number(values.seconds), connections: Number(values.connections), port: Number(values.port) };
  if (![opts.seconds, opts.connections, opts.port].every((n) => Number.isInteger(n) && n > 0)) {
    console.error("usage: tsx bench/load.ts [--seconds N] [--connections N] [--port P] (positive whole numbers)");
    process.exit(2);
  }
  benchLoad(opts).then(
    (report) => {
      console.log(report.lines.join("\n"));
      process.exitCode = report.ok ? 0 : 1;
    },
    (e: unknown) => {
      console.error(`load: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    },
  );
}
