/**
 * API benchmark: autocannon against GET /api/recommend?<shareQuery> and, in the same server run,
 * GET /api/health (a fixed small JSON) as the framework's floor. Loopback only, 10 connections,
 * 10 s each. Prints req/s, p50/p99 latency, bytes per response and recommend's share of the
 * baseline's req/s, each route twice: without Accept-Encoding (what autocannon and curl send by
 * default: the identity body) and with `Accept-Encoding: gzip` (what browsers, Node's fetch and
 * Python requests send: Next compresses the body per request). The gzip rows are the ones real
 * clients see; both are printed.
 *
 *   npx tsx bench/api.ts                        # starts `next start` on 127.0.0.1:3109 (needs a build)
 *   BENCH_PORT=3141 npx tsx bench/api.ts        # on another port
 *   BENCH_URL=http://127.0.0.1:3000 npx tsx bench/api.ts   # against a server already running
 */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { ROOT, startServer } from "./server";

export const RECOMMEND_QUERY = "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=200M";
const CONNECTIONS = 10;
const SECONDS = 10;

// The fields of autocannon's --json report that the benchmark reads.
const Report = z.object({
  requests: z.object({ average: z.number(), total: z.number() }),
  throughput: z.object({ total: z.number() }),
  latency: z.object({ p50: z.number(), p99: z.number() }),
  non2xx: z.number(),
  errors: z.number(),
});
/** The request headers a run sends: none (identity) or what real HTTP clients send. */
export const CODINGS = { identity: [], gzip: ["-H", "accept-encoding=gzip"] } as const satisfies Record<string, readonly string[]>;
export type Coding = keyof typeof CODINGS;
export type RunFigures = {
  path: string;
  coding: Coding;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Bytes received per response, headers included: shows whether the body came compressed. */
  bytesPerResponse: number;
  non2xx: number;
  errors: number;
};

function assertLoopback(base: string): void {
  const host = new URL(base).hostname;
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "[::1]") throw new Error(`benchmarks talk to loopback only, not ${host}`);
}

/** One autocannon run through its CLI (no typings needed), parsed and checked. */
export function cannon(base: string, path: string, coding: Coding = "identity"): RunFigures {
  assertLoopback(base);
  const bin = join(ROOT, "node_modules", "autocannon", "autocannon.js");
  const args = [bin, "-c", String(CONNECTIONS), "-d", String(SECONDS), ...CODINGS[coding], "-j", `${base}${path}`];
  const r = spawnSync(process.execPath, args, {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`autocannon failed: ${r.stderr}`);
  const rep = Report.parse(JSON.parse(r.stdout));
  return {
    path,
    coding,
    reqPerSec: rep.requests.average,
    p50Ms: rep.latency.p50,
    p99Ms: rep.latency.p99,
    requests: rep.requests.total,
    bytesPerResponse: rep.requests.total > 0 ? rep.throughput.total / rep.requests.total : 0,
    non2xx: rep.non2xx,
    errors: rep.errors,
  };
}

/** Time to a first answer, before any cache: what one cold request costs. */
async function firstRequestMs(url: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - t;
}

export type Pair = { coding: Coding; baseline: RunFigures; recommend: RunFigures; ratio: number };

const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");

export async function benchApi(base: string): Promise<{ pairs: Pair[]; coldMs: number; loadBefore: string }> {
  const loadBefore = load();
  const recommendPath = `/api/recommend?${RECOMMEND_QUERY}`;
  const coldMs = await firstRequestMs(`${base}${recommendPath}`);
  await firstRequestMs(`${base}/api/health`);
  const pairs: Pair[] = [];
  for (const coding of Object.keys(CODINGS) as Coding[]) {
    const baseline = cannon(base, "/api/health", coding);
    const recommend = cannon(base, recommendPath, coding);
    pairs.push({ coding, baseline, recommend, ratio: recommend.reqPerSec / baseline.reqPerSec });
  }
  return { pairs, coldMs, loadBefore };
}

function print(r: Awaited<ReturnType<typeof benchApi>>): void {
  const row = (f: RunFigures) =>
    `${f.path.slice(0, 40).padEnd(40)} ${f.coding.padEnd(8)} ${f.reqPerSec.toFixed(0).padStart(6)} req/s  p50 ${String(f.p50Ms).padStart(4)} ms  ` +
    `p99 ${String(f.p99Ms).padStart(4)} ms  ${(f.bytesPerResponse / 1024).toFixed(1).padStart(6)} KB/response  (${f.requests} requests, ${f.non2xx} non-2xx, ${f.errors} errors)`;
  console.log(`autocannon -c ${CONNECTIONS} -d ${SECONDS}, loopback; load average ${r.loadBefore} before`);
  for (const p of r.pairs) {
    console.log(row(p.baseline));
    console.log(row(p.recommend));
    console.log(`  ${p.coding}: recommend / baseline req/s ${p.ratio.toFixed(2)}x`);
  }
  console.log(`first recommend request (cold): ${r.coldMs.toFixed(0)} ms; load average ${load()} after`);
}

async function main(): Promise<void> {
  const given = process.env.BENCH_URL;
  if (given) return print(await benchApi(given.replace(/\/$/, "")));
  const server = await startServer({ port: Number(process.env.BENCH_PORT ?? 3109) });
  try {
    print(await benchApi(server.url));
  } finally {
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
