/**
 * Page benchmarks: JavaScript a browser loads per page (bytes on the wire, gzip, counted by Chromium)
 * and Lighthouse mobile performance/accessibility, for flagless's pages and, in the same run, for a
 * near-empty Next.js page (bench/floor-app): the framework's floor.
 * Usage: npm run build && tsx bench/pages.ts   (loopback only)
 */
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { chromium, type Browser } from "@playwright/test";
import lighthouse from "lighthouse";
import { ROOT, startServer } from "./server";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const RESULTS_QUERY = "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=50M";

export const PAGES = [
  { name: "/", path: "/" },
  { name: "/wizard", path: "/wizard" },
  { name: "/results", path: `/results?${RESULTS_QUERY}` },
  { name: "/models", path: "/models" },
];

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

async function lighthouseScores(url: string, port: number): Promise<{ performance: number; accessibility: number }> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
  const cats = result?.lhr.categories;
  return { performance: Math.round((cats?.performance?.score ?? 0) * 100), accessibility: Math.round((cats?.accessibility?.score ?? 0) * 100) };
}

async function startFloor(port: number) {
  const dir = join(ROOT, "bench", "floor-app");
  const next = join(ROOT, "node_modules", "next", "dist", "bin", "next");
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
  const debugPort = 9333;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...FLAGS, `--remote-debugging-port=${debugPort}`] });
  const floor = await startFloor(3991);
  const app = await startServer({ port: 3992 });
  const lines: string[] = [];
  try {
    const floorJs = await jsBytes(browser, `${floor.url}/`);
    const floorLh = await lighthouseScores(`${floor.url}/`, debugPort);
    lines.push(`floor (near-empty Next page): JS ${(floorJs / 1024).toFixed(1)} KB, Lighthouse mobile perf ${floorLh.performance} / a11y ${floorLh.accessibility}`);
    for (const p of PAGES) {
      const js = await jsBytes(browser, `${app.url}${p.path}`);
      const lh = await lighthouseScores(`${app.url}${p.path}`, debugPort);
      const over = (js - floorJs) / 1024;
      lines.push(`${p.name.padEnd(9)} JS ${(js / 1024).toFixed(1)} KB (${over >= 0 ? "+" : ""}${over.toFixed(1)} KB over the floor, x${(js / floorJs).toFixed(2)}), Lighthouse mobile perf ${lh.performance} / a11y ${lh.accessibility}`);
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
