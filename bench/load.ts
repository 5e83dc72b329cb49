/**
 * Load and soak: autocannon at 50 connections against /api/recommend, /results and /api/report on
 * a production build, one route after the other, in one server run. Required: zero errors, zero
 * 5xx, zero other non-2xx, and server memory (RSS of the process tree) growing less than 20% from
 * after a warm-up to the end. Loopback only and bounded in time (at most 3 passes of 120 s a route).
 * Usage: npm run build && tsx bench/load.ts [--seconds N] [--connections N] [--port P] [--passes N] [--max-old-space MB]
 *   --passes 2   a soak: the same routes twice; the RSS growth from the end of pass 1 to the end of
 *                pass 2 is the leak indicator (~9 min at 60 s; `--passes 2 --seconds 30` ~5 min).
 *                Default 1 (~5 min), judged on the growth from the warm-up to the end.
 *   --port P     default $BENCH_PORT, else 3993.
 *   --max-old-space MB   start the server with a bounded V8 heap (diagnostic; not how it is deployed).
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

/** Bounds that keep any invocation within about 20 minutes. */
const MAX_PASSES = 3;
const MAX_SECONDS = 120;

export type LoadOptions = { seconds: number; connections: number; port: number; passes: number; maxOldSpaceMb?: number };
export type RouteFigures = { pass: number; route: string; reqPerSec: number; p50: number; p90: number; p99: number; total: number; errors: number; timeouts: number; non2xx: number; status5xx: number };
/** `rssBytes[0]` after the warm-up, `rssBytes[i]` at the end of pass i. */
export type LoadReport = { routes: RouteFigures[]; rssBytes: number[]; rssPeakBytes: number; growth: number; ok: boolean; lines: string[] };

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

async function pass(url: string, n: number, opts: LoadOptions, settled: number[]): Promise<RouteFigures[]> {
  const out: RouteFigures[] = [];
  for (const route of [BASELINE, ...ROUTES]) {
    if (route !== BASELINE || n > 1) settled.push(await settle(url));
    const r = await autocannon({ url: `${url}${route}`, connections: opts.connections, duration: opts.seconds, timeout: TIMEOUT_SECONDS });
    out.push({
      pass: n,
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
  return out;
}

const pct = (from: number, to: number) => {
  const g = (to - from) / from;
  return `${g >= 0 ? "+" : ""}${(g * 100).toFixed(1)}%`;
};

const requestsIn = (routes: RouteFigures[], n: number) => routes.filter((r) => r.pass === n).reduce((sum, r) => sum + r.total, 0);

/** Rough wall time: warm-up, each route of each pass, and a few seconds of settling per route. */
export function estimatedSeconds(opts: Pick<LoadOptions, "seconds" | "passes">): number {
  return WARMUP_SECONDS * ROUTES.length + opts.passes * (ROUTES.length + 1) * (opts.seconds + 4);
}

export async function benchLoad(opts: LoadOptions): Promise<LoadReport> {
  // A bounded old space only for the server under test (NODE_OPTIONS is read when it starts), to
  // tell V8 growing its heap up to the limit from memory that grows without one.
  if (opts.maxOldSpaceMb !== undefined) process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=${opts.maxOldSpaceMb}`.trim();
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
    const rss = [server.rssBytes()];
    for (let n = 1; n <= opts.passes; n++) {
      routes.push(...(await pass(server.url, n, opts, settled)));
      rss.push(server.rssBytes());
    }
    // One pass cannot tell a leak from V8 growing its heap to the load: with two or more, the growth
    // from the end of pass 1 to the end of the last pass is the leak indicator; with one, the growth
    // from the warm-up to the end, as before.
    const [from = 0, to = 0] = opts.passes > 1 ? [rss[1], rss[rss.length - 1]] : [rss[0], rss[1]];
    const growth = (to - from) / from;
    const ok = growth < MAX_RSS_GROWTH && routes.every((r) => r.errors === 0 && r.timeouts === 0 && r.non2xx === 0 && r.status5xx === 0);
    const heap = opts.maxOldSpaceMb === undefined ? "default V8 heap limit" : `--max-old-space-size=${opts.maxOldSpaceMb}`;
    const lines = [
      `load: ${opts.passes} pass(es) of ${opts.seconds} s per route at ${opts.connections} connections, loopback, production build, ${heap} (query ${QUERY})`,
      `machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} at the end; request timeout ${TIMEOUT_SECONDS} s`,
      ...routes.map(
        (r) =>
          `${opts.passes > 1 ? `pass ${r.pass}  ` : ""}${r.route.padEnd(20)} ${r.reqPerSec.toFixed(1).padStart(8)} req/s  p50 ${r.p50} ms  p90 ${r.p90} ms  p99 ${r.p99} ms  ` +
          `requests ${r.total}  errors ${r.errors} (timeouts ${r.timeouts})  non-2xx ${r.non2xx}  5xx ${r.status5xx}`,
      ),
      `waited for the server to go idle before each route: ${settled.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(", ")}`,
      // Requests per pass beside the memory: a pass starved by a busy machine does less work, and
      // heap growth then lands in a later pass (judge the leak on passes of comparable work).
      `RSS after warm-up ${mb(rss[0] ?? 0)}; ${rss
        .slice(1)
        .map((b, i) => `after pass ${i + 1} ${mb(b)} (${pct(rss[i] ?? b, b)}, ${requestsIn(routes, i + 1)} requests)`)
        .join("; ")}; peak ${mb(peak)}`,
      opts.passes > 1
        ? `leak indicator: RSS pass 1 -> pass ${opts.passes} ${pct(from, to)} (limit +${MAX_RSS_GROWTH * 100}%); warm-up -> pass 1 ${pct(rss[0] ?? 0, rss[1] ?? 0)} (V8 sizing its heap to the load, not judged)`
        : `RSS growth warm-up -> end ${pct(from, to)} (limit +${MAX_RSS_GROWTH * 100}%); run --passes 2 to tell a leak from heap growth`,
      ok ? "load: PASS" : "load: FAIL",
    ];
    return { routes, rssBytes: rss, rssPeakBytes: peak, growth, ok, lines };
  } finally {
    clearInterval(sampler);
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      seconds: { type: "string", default: "60" },
      connections: { type: "string", default: "50" },
      port: { type: "string", default: process.env.BENCH_PORT ?? "3993" },
      passes: { type: "string", default: "1" },
      "max-old-space": { type: "string" },
    },
  });
  const heap = values["max-old-space"];
  const opts: LoadOptions = {
    seconds: Number(values.seconds),
    connections: Number(values.connections),
    port: Number(values.port),
    passes: Number(values.passes),
    ...(heap === undefined ? {} : { maxOldSpaceMb: Number(heap) }),
  };
  const whole = [opts.seconds, opts.connections, opts.port, opts.passes, opts.maxOldSpaceMb ?? 1].every((n) => Number.isInteger(n) && n > 0);
  if (!whole || opts.passes > MAX_PASSES || opts.seconds > MAX_SECONDS) {
    console.error(
      `usage: tsx bench/load.ts [--seconds N<=${MAX_SECONDS}] [--connections N] [--port P] [--passes N<=${MAX_PASSES}] [--max-old-space MB] (positive whole numbers)`,
    );
    process.exit(2);
  }
  console.log(`load: about ${Math.round(estimatedSeconds(opts) / 60)} min`);
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
