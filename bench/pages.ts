/**
 * Page benchmarks: JavaScript a browser loads per page (bytes on the wire, gzip, counted by Chromium)
 * and Lighthouse mobile performance/accessibility, for flagless's pages and, in the same run, for a
 * near-empty Next.js page (bench/floor-app): the framework's floor.
 * Lighthouse varies from run to run, so each page (and the floor) runs LH_RUNS times (default 3) and
 * the median is reported, as Lighthouse's docs advise; every run is printed with its metrics.
 * https://github.com/GoogleChrome/lighthouse/blob/main/docs/variability.md
 * Usage: npm run build && tsx bench/pages.ts   (loopback only)
 * Ports: BENCH_PORT (app, 3992), FLOOR_PORT (floor app, 3991), CDP_PORT (Chromium debugging, 9333).
 */
import { spawn, spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "@playwright/test";
import lighthouse from "lighthouse";
import { ROOT, startServer } from "./server";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const RESULTS_QUERY = "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=50M";
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 3));

export const PAGES = [
  { name: "/", path: "/" },
  { name: "/wizard", path: "/wizard" },
  { name: "/results", path: `/results?${RESULTS_QUERY}` },
  { name: "/models", path: "/models" },
];

type Run = { performance: number; accessibility: number; fcp: number; lcp: number; tbt: number; cls: number; si: number };

async function jsBytes(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage();
  const requests: Promise<number>[] = [];
  page.on("requestfinished", (req) => {
    if (req.resourceType() === "script") requests.push(req.sizes().then((s) => s.responseBodySize));
  });
  await page.goto(url, { waitUntil: "networkidle" });
  const sizes = await Promise.all(requests);
  await page.close();
  return sizes.reduce((a, b) => a + b, 0);
}

/** One Lighthouse run with its default mobile settings (simulated throttling, 4x CPU slowdown). */
async function lighthouseRun(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
  const lhr = result?.lhr;
  const num = (id: string) => lhr?.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: Math.round((lhr?.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr?.categories.accessibility?.score ?? 0) * 100),
    fcp: num("first-contentful-paint"),
    lcp: num("largest-contentful-paint"),
    tbt: num("total-blocking-time"),
    cls: num("cumulative-layout-shift"),
    si: num("speed-index"),
  };
}

/** The run with the median performance score (Lighthouse's own computeMedianRun picks a whole run too). */
function medianRun(runs: Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!mid) throw new Error("no Lighthouse run");
  return mid;
}

const runText = (r: Run) =>
  `perf ${r.performance} (FCP ${(r.fcp / 1000).toFixed(1)} s, LCP ${(r.lcp / 1000).toFixed(1)} s, TBT ${Math.round(r.tbt)} ms, CLS ${r.cls.toFixed(3)}, SI ${(r.si / 1000).toFixed(1)} s) a11y ${r.accessibility}`;

async function lighthouseMedian(url: string, port: number, label: string, lines: string[]): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await lighthouseRun(url, port);
    runs.push(r);
    const line = `  ${label} run ${i + 1}: ${runText(r)}; load ${loadavg()[0]?.toFixed(1)}`;
    lines.push(line);
    console.error(line); // progress while the runs go on; the summary prints at the end
  }
  return medianRun(runs);
}

async function startFloor(port: number) {
  const dir = join(ROOT, "bench", "floor-app");
  const next = join(ROOT, "node_modules", "next", "dist", "bin", "next");
  // NEXT_DIST_DIR passes through: the floor builds into bench/floor-app/<same dir> (its next.config.mjs).
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const built = spawnSync(process.execPath, [next, "build"], { cwd: dir, env, stdio: "ignore" });
  if (built.status !== 0) throw new Error("could not build bench/floor-app");
  const child = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: dir, env, stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { url, stop: () => child.kill("SIGTERM") };
}

export async function benchPages(): Promise<string[]> {
  const debugPort = Number(process.env.CDP_PORT ?? 9333);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...FLAGS, `--remote-debugging-port=${debugPort}`] });
  const floor = await startFloor(Number(process.env.FLOOR_PORT ?? 3991));
  const app = await startServer({ port: Number(process.env.BENCH_PORT ?? 3992) });
  const lines: string[] = [`Lighthouse mobile defaults, median of ${RUNS} run(s) per page; load average at start ${loadavg().map((n) => n.toFixed(1)).join(" ")}`];
  try {
    const floorJs = await jsBytes(browser, `${floor.url}/`);
    const floorLh = await lighthouseMedian(`${floor.url}/`, debugPort, "floor", lines);
    lines.push(`floor (near-empty Next page): JS ${(floorJs / 1024).toFixed(1)} KB, median ${runText(floorLh)}`);
    for (const p of PAGES) {
      const js = await jsBytes(browser, `${app.url}${p.path}`);
      const lh = await lighthouseMedian(`${app.url}${p.path}`, debugPort, p.name, lines);
      const over = (js - floorJs) / 1024;
      lines.push(`${p.name.padEnd(9)} JS ${(js / 1024).toFixed(1)} KB (${over >= 0 ? "+" : ""}${over.toFixed(1)} KB over the floor, x${(js / floorJs).toFixed(2)}), median ${runText(lh)}`);
    }
  } finally {
    floor.stop();
    await app.stop();
    await browser.close();
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchPages().then((lines) => console.log(lines.join("\n")));
}
