/**
 * Soak over distinct queries (issue 13, item 11): autocannon at 50 connections, each request the
 * next of 200 distinct answers (budgets, volumes, regions and tasks varied), so that the server's
 * result caches cannot answer most of them from memory; /api/recommend and /results in the same
 * server run, two passes each, beside /api/health as the framework's floor. Prints req/s, p50/p99,
 * timeouts (no answer within 10 s) and the server's RSS after each pass. Targets: 0 timeouts, p99
 * under 1 s, RSS of the last pass within 10 % of the one before. Loopback only, bounded in time.
 * Usage: npm run build && tsx bench/soak.ts [--seconds N<=120] [--port P]
 */
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { startServer } from "./server";

type Percentiles = { average: number; p50: number; p90: number; p99: number };
type Result = { errors: number; timeouts: number; non2xx: number; latency: Percentiles; requests: Percentiles & { total: number } };
type Req = { path?: string; method?: string };
type Autocannon = (opts: { url: string; connections: number; duration: number; timeout: number; requests?: { setupRequest: (r: Req) => Req }[] }) => Promise<Result>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const CONNECTIONS = 50;
const TIMEOUT_SECONDS = 10;
const DISTINCT = 200;

/** 200 distinct share queries a real audience would send: an EU company's answers, varied. */
export function distinctQueries(n = DISTINCT): string[] {
  const tasks = ["coding:3,chat:2", "chat:3", "reasoning:3,coding:1", "writing:3,chat:1", "agents:3,coding:2"];
  const regions = ["eu", "eu,us", "any", "us", "cn"];
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    const t = tasks[i % tasks.length];
    const r = regions[Math.floor(i / tasks.length) % regions.length];
    const b = 500 + 250 * (i % 8);
    const tok = `${20 + 10 * Math.floor(i / 25)}M`;
    out.push(`t=${t}&r=${r}&h=api,cloud-gpu&b=${b}&tok=${tok}`);
  }
  return [...new Set(out)];
}

async function run(url: string, paths: readonly string[], seconds: number): Promise<Result> {
  let next = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: TIMEOUT_SECONDS,
    requests: [{ setupRequest: (r) => ({ ...r, path: paths[next++ % paths.length] }) }],
  });
}

const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { seconds: { type: "string", default: "60" }, port: { type: "string", default: process.env.BENCH_PORT ?? "3994" } } });
  const seconds = Number(values.seconds);
  if (!Number.isInteger(seconds) || seconds <= 0 || seconds > 120) {
    console.error("usage: tsx bench/soak.ts [--seconds N<=120] [--port P]");
    process.exit(2);
  }
  const queries = distinctQueries();
  const server = await startServer({ port: Number(values.port) });
  if (!new URL(server.url).hostname.startsWith("127.")) throw new Error(`refusing to load a non-loopback server: ${server.url}`);
  const routes = [
    { name: "/api/health (floor)", paths: ["/api/health"] },
    { name: "/api/recommend?<distinct>", paths: queries.map((q) => `/api/recommend?${q}`) },
    { name: "/results?<distinct>", paths: queries.map((q) => `/results?${q}`) },
  ];
  let ok = true;
  try {
    console.log(`soak: ${queries.length} distinct queries, ${CONNECTIONS} connections, ${seconds} s per route and pass, 2 passes, loopback, production build`);
    console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} at the start`);
    const rss = [server.rssBytes()];
    for (const pass of [1, 2]) {
      for (const route of routes) {
        const r = await run(server.url, route.paths, seconds);
        const fails = r.timeouts > 0 || r.errors > 0 || r.non2xx > 0 || (route.paths.length > 1 && r.latency.p99 >= 1000);
        if (route.paths.length > 1 && fails) ok = false;
        console.log(
          `pass ${pass}  ${route.name.padEnd(28)} ${r.requests.average.toFixed(1).padStart(7)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  requests ${r.requests.total}  timeouts ${r.timeouts}  errors ${r.errors}  non-2xx ${r.non2xx}`,
        );
      }
      rss.push(server.rssBytes());
    }
    const last = rss[2] ?? 0;
    const before = rss[1] ?? 1;
    const growth = (last - before) / before;
    if (growth > 0.1) ok = false;
    console.log(`RSS at start ${mb(rss[0] ?? 0)}, after pass 1 ${mb(before)}, after pass 2 ${mb(last)} (${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)} %, limit +10 %)`);
    console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} at the end`);
    console.log(ok ? "soak: PASS" : "soak: FAIL");
  } finally {
    await server.stop();
  }
  process.exitCode = ok ? 0 : 1;
}
