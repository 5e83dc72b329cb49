/**
 * API benchmark: autocannon against GET /api/recommend?<shareQuery> and, in the same server run,
 * GET /api/health (a fixed small JSON) as the framework's floor. Loopback only, 10 connections,
 * 10 s each. Prints req/s, p50/p99 latency and recommend's share of the baseline's req/s.
 *
 *   npx tsx bench/api.ts                        # starts `next start` on 127.0.0.1:3109 (needs a build)
 *   BENCH_URL=http://127.0.0.1:3000 npx tsx bench/api.ts   # against a server already running
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { ROOT, startServer } from "./server";

export const RECOMMEND_QUERY = "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=300M";
const CONNECTIONS = 10;
const SECONDS = 10;

// The fields of autocannon's --json report that the benchmark reads.
const Report = z.object({
  requests: z.object({ average: z.number(), total: z.number() }),
  latency: z.object({ p50: z.number(), p99: z.number() }),
  non2xx: z.number(),
  errors: z.number(),
});
export type RunFigures = { path: string; reqPerSec: number; p50Ms: number; p99Ms: number; requests: number; non2xx: number; errors: number };

function assertLoopback(base: string): void {
  const host = new URL(base).hostname;
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "[::1]") throw new Error(`benchmarks talk to loopback only, not ${host}`);
}

/** One autocannon run through its CLI (no typings needed), parsed and checked. */
export function cannon(base: string, path: string): RunFigures {
  assertLoopback(base);
  const bin = join(ROOT, "node_modules", "autocannon", "autocannon.js");
  const r = spawnSync(process.execPath, [bin, "-c", String(CONNECTIONS), "-d", String(SECONDS), "-j", `${base}${path}`], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`autocannon failed: ${r.stderr}`);
  const rep = Report.parse(JSON.parse(r.stdout));
  return {
    path,
    reqPerSec: rep.requests.average,
    p50Ms: rep.latency.p50,
    p99Ms: rep.latency.p99,
    requests: rep.requests.total,
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

export async function benchApi(base: string): Promise<{ baseline: RunFigures; recommend: RunFigures; ratio: number; coldMs: number }> {
  const recommendPath = `/api/recommend?${RECOMMEND_QUERY}`;
  const coldMs = await firstRequestMs(`${base}${recommendPath}`);
  await firstRequestMs(`${base}/api/health`);
  const baseline = cannon(base, "/api/health");
  const recommend = cannon(base, recommendPath);
  return { baseline, recommend, ratio: recommend.reqPerSec / baseline.reqPerSec, coldMs };
}

function print(r: Awaited<ReturnType<typeof benchApi>>): void {
  const row = (f: RunFigures) =>
    `${f.path.padEnd(60)} ${f.reqPerSec.toFixed(0).padStart(8)} req/s  p50 ${String(f.p50Ms).padStart(4)} ms  p99 ${String(f.p99Ms).padStart(4)} ms  (${f.requests} requests, ${f.non2xx} non-2xx, ${f.errors} errors)`;
  console.log(`autocannon -c ${CONNECTIONS} -d ${SECONDS}, loopback`);
  console.log(row(r.baseline));
  console.log(row(r.recommend));
  console.log(`recommend / baseline req/s: ${r.ratio.toFixed(2)}x   first recommend request (cold): ${r.coldMs.toFixed(0)} ms`);
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
