/**
 * `npm run bench`: every figure in BENCHMARKS.md, in one run on this machine.
 * Builds the production app, then runs each benchmark script in turn; each prints its figures
 * with the baseline it measured in the same run. Loopback only, bounded in time.
 * `npm run bench -- engine api` runs only the named ones.
 */
import { spawnSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { ROOT } from "./server";

const BENCHES = [
  { name: "accuracy", file: "accuracy.ts", needsBuild: false, what: "the time model replayed on data/calibration (error per class, held out and fitted)" },
  { name: "engine", file: "engine.ts", needsBuild: false, what: "recommend() on the shipped and synthetic catalogs" },
  { name: "api", file: "api.ts", needsBuild: true, what: "GET /api/recommend vs a fixed JSON route, autocannon" },
  { name: "report", file: "report.ts", needsBuild: true, what: "PDF memo vs Chromium printing the results page" },
  { name: "pages", file: "pages.ts", needsBuild: true, what: "JS per page and Lighthouse mobile vs a near-empty Next page" },
  // Two passes: RSS is judged from the end of the first to the end of the second, once V8 has sized its heap to
  // 50 concurrent requests (bench/load.ts; a single pass cannot tell that growth from a leak).
  { name: "soak", file: "soak.ts", needsBuild: true, what: "two passes of 60 s at 50 connections over 200 distinct queries, /api/recommend and /results" },
  { name: "load", file: "load.ts", needsBuild: true, what: "two passes of 60 s at 50 connections per route, errors and RSS growth", args: ["--passes", "2"] },
] as const;

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const selected = BENCHES.filter((b) => wanted.length === 0 || wanted.includes(b.name));
// Production React and Next everywhere: the figures are for what users get.
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };

console.log(`flagless benchmarks, ${new Date().toISOString()}`);
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);

if (selected.some((b) => b.needsBuild)) {
  console.log("\n== build (npm run build)");
  const r = spawnSync("npm", ["run", "-s", "build"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

let failed = 0;
for (const b of selected) {
  console.log(`\n== ${b.name}: ${b.what} (tsx bench/${b.file})`);
  const args: readonly string[] = "args" in b ? b.args : [];
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(ROOT, "bench", b.file), ...args], { cwd: ROOT, env, stdio: "inherit" });
  if (r.status !== 0) {
    failed++;
    console.log(`(${b.name} exited with ${r.status})`);
  }
}
process.exit(failed ? 1 : 0);
