/**
 * PDF memo benchmark: ms per report (p50, p99) and size, each a new question (nothing cached), in-process (the route's steps) and over
 * HTTP on a production server; in the same run, the browser baseline: Chromium printing the
 * results page with Playwright's page.pdf(). In-process, the time is also split into recommend()
 * alone and the PDF rendering alone (same answers, recommendation made once). Prints figures;
 * asserts nothing.
 * Usage: npm run build && NODE_ENV=production npx tsx bench/report.ts [runs]   (loopback only)
 * BENCH_PORT sets the server's port (default 3291), NEXT_DIST_DIR the build directory it serves.
 * NODE_ENV=production: the server runs React's production build; without it the in-process
 * figures include React's development checks.
 */
import { loadavg } from "node:os";
import { chromium } from "@playwright/test";
import { answersFromQuery } from "../lib/answers";
import { catalog } from "../lib/catalog";
import { recommend } from "../lib/engine";
import { renderMemo, TOP_N } from "../report";
import { startServer } from "./server";

const RUNS = Number(process.argv[2] ?? 50);
const BROWSER_RUNS = Math.min(RUNS, Number(process.env.BROWSER_RUNS ?? 20));
const QUERY = "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=200M";
/**
 * A new question for every request (the budget moves by a dollar), so neither the result cache nor
 * the memo cache answers: the figures are for a memo made from scratch, as is the browser baseline.
 */
let asked = 0;
function freshQuery(): string {
  asked++;
  return QUERY.replace("b=2000", `b=${2000 + asked}`);
}
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// The flags of playwright.config.ts: without the background-networking ones Chromium floods the closed network.
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

type Stats = { p50: number; p99: number; kb: number };

/**
 * What the route does for a new question, without its caches: parse the answers, recommend the top
 * 5, render the memo. (The route module itself imports server-only modules, which load only in a
 * React server build; the HTTP figures below measure it as served.)
 */
async function memoFromQuery(query: string): Promise<Uint8Array> {
  const parsed = answersFromQuery(query, catalog);
  if (!parsed.ok) throw new Error("bench query does not parse");
  const now = new Date();
  const rec = recommend(parsed.answers, catalog, { now, limit: TOP_N });
  const origin = "http://127.0.0.1";
  return renderMemo(rec, { answers: parsed.answers, catalog, date: now.toISOString().slice(0, 10), origin, shareUrl: `${origin}/results?${rec.shareQuery}` });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function measure(runs: number, once: () => Promise<number>): Promise<Stats> {
  await once(); // warm-up: module load, JIT, font metrics
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    bytes = await once();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), kb: bytes / 1024 };
}

function line(name: string, s: Stats, runs: number): string {
  return `${name.padEnd(34)} p50 ${s.p50.toFixed(1).padStart(8)} ms   p99 ${s.p99.toFixed(1).padStart(8)} ms   ${s.kb.toFixed(1).padStart(7)} KB   (${runs} runs)`;
}

async function main(): Promise<void> {
  console.log(`NODE_ENV=${process.env.NODE_ENV ?? "(unset)"}; load average ${loadavg().map((n) => n.toFixed(1)).join(" ")}`);
  const inProcess = await measure(RUNS, async () => (await memoFromQuery(freshQuery())).byteLength);
  console.log(line("memo, in-process (route's steps)", inProcess, RUNS));

  const parsed = answersFromQuery(new URLSearchParams(QUERY), catalog);
  if (!parsed.ok) throw new Error("bench query does not parse");
  const answers = parsed.answers;
  const now = new Date();
  const recOnly = await measure(RUNS, async () => (recommend(answers, catalog, { now, limit: TOP_N }), 0));
  console.log(line("  of which recommend()", recOnly, RUNS));
  const recommendation = recommend(answers, catalog, { now, limit: TOP_N });
  const renderOnly = await measure(RUNS, async () => {
    const origin = "http://127.0.0.1";
    const pdf = await renderMemo(recommendation, { answers, catalog, date: now.toISOString().slice(0, 10), origin, shareUrl: `${origin}/results?${recommendation.shareQuery}` });
    return pdf.byteLength;
  });
  console.log(line("  of which the PDF (renderMemo)", renderOnly, RUNS));

  const server = await startServer({ port: Number(process.env.BENCH_PORT ?? 3291) });
  try {
    const http = await measure(RUNS, async () => {
      const res = await fetch(`${server.url}/api/report?${freshQuery()}`);
      if (res.status !== 200) throw new Error(`report over HTTP: ${res.status}`);
      return (await res.arrayBuffer()).byteLength;
    });
    console.log(line("memo, HTTP (next start)", http, RUNS));
    const repeated = await measure(RUNS, async () => (await (await fetch(`${server.url}/api/report?${QUERY}`)).arrayBuffer()).byteLength);
    console.log(line("memo, HTTP, same question again", repeated, RUNS));

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    try {
      const page = await browser.newPage();
      const printOnly: number[] = [];
      const total = await measure(BROWSER_RUNS, async () => {
        await page.goto(`${server.url}/results?${freshQuery()}`, { waitUntil: "networkidle" });
        const t = performance.now();
        const pdf = await page.pdf({ format: "A4", printBackground: true });
        printOnly.push(performance.now() - t);
        return pdf.byteLength;
      });
      printOnly.shift(); // the warm-up run
      printOnly.sort((a, b) => a - b);
      console.log(line("Chromium: load /results + page.pdf", total, BROWSER_RUNS));
      console.log(`${"Chromium: page.pdf() alone".padEnd(34)} p50 ${percentile(printOnly, 50).toFixed(1).padStart(8)} ms   p99 ${percentile(printOnly, 99).toFixed(1).padStart(8)} ms`);
      console.log(`ratio (browser load+print p50 / memo HTTP p50): ${(total.p50 / http.p50).toFixed(1)}x`);
      console.log(`ratio (browser print alone p50 / memo HTTP p50): ${(percentile(printOnly, 50) / http.p50).toFixed(1)}x`);
      console.log(`ratio (browser load+print p50 / memo in-process p50): ${(total.p50 / inProcess.p50).toFixed(1)}x`);
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
