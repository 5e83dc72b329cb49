/**
 * recommend() timings: the shipped catalog with and without what-if, and synthetic catalogs of
 * 1,000 and 10,000 models (copies of the shipped models and their offerings under new ids), to
 * show that time grows linearly. A script that prints figures, never a timed test.
 * Run: npx tsx bench/engine.ts
 */
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { catalog } from "../lib/catalog";
import { recommend } from "../lib/engine";
import { Answers } from "../lib/schema/answers";
import type { Catalog } from "../lib/schema/catalog";

const now = new Date("2026-11-28T00:00:00Z");

const answers = Answers.parse({
  tasks: { coding: 3, chat: 2, reasoning: 1 },
  regions: ["eu", "us"],
  hosting: ["api", "cloud-gpu", "own-hardware"],
  hardware: catalog.gpus.slice(0, 1).map((g) => ({ gpu: g.id, count: 2 })),
  budgetUsdPerMonth: 2000,
  tokensPerMonth: 300e6,
});

function synthetic(n: number): Catalog {
  const models: Catalog["models"] = [];
  const offerings: Catalog["offerings"] = [];
  for (let i = 0; models.length < n; i++) {
    for (const m of catalog.models) {
      if (models.length >= n) break;
      const id = `${m.id}-s${i}`;
      models.push({ ...m, id });
      for (const o of catalog.offerings) if (o.modelId === m.id) offerings.push({ ...o, id: `${o.id}-s${i}`, modelId: id });
    }
  }
  return { ...catalog, models, offerings };
}

/** The same person allowing APIs only: the engine builds no GPU setup (one excluded entry per model and way instead). */
const apiOnly: Answers = { ...answers, hosting: ["api"] };

function measure(label: string, c: Catalog, whatIf: boolean, runs: number, a: Answers = answers): void {
  for (let i = 0; i < Math.min(20, runs); i++) recommend(a, c, { now, whatIf });
  const times: number[] = [];
  let ranked = 0;
  let excluded = 0;
  let bytes = 0;
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = recommend(a, c, { now, whatIf });
    times.push(performance.now() - t0);
    ranked = r.ranked.length;
    excluded = r.excluded.length;
    if (i === 0) bytes = JSON.stringify(r).length;
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000 / runs;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  console.log(`${label.padEnd(44)} median ${at(0.5).toFixed(2).padStart(8)} ms   p99 ${at(0.99).toFixed(2).padStart(8)} ms   cpu/run ${cpuMs.toFixed(2).padStart(8)} ms   (${runs} runs, ${ranked} ranked, ${excluded} excluded, ${Math.round(bytes / 1000)} KB JSON)`);
  if (!whatIf) outputReference(c, a, runs, at(0.5));
}

/**
 * A same-run reference for the size of the output: building the Recommendation's objects and
 * strings from its own JSON (JSON.parse), with no ranking at all. Not a strict floor (recommend()
 * shares strings between options, which a parse cannot), but it shows what an output of that size
 * costs on this machine: at 10,000 models the contract's output alone takes several times 100 ms.
 */
function outputReference(c: Catalog, a: Answers, runs: number, engineMedian: number): void {
  const json = JSON.stringify(recommend(a, c, { now, whatIf: false }));
  const times: number[] = [];
  for (let i = 0; i < Math.min(20, runs); i++) JSON.parse(json);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    JSON.parse(json);
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  const median = times[times.length >> 1] ?? 0;
  console.log(`${"  reference: JSON.parse of that output".padEnd(44)} median ${median.toFixed(2).padStart(8)} ms   recommend() / JSON.parse ${(engineMedian / median).toFixed(2)}x`);
}

/**
 * The first call on a catalog also indexes it (buildContext) and fills the per-catalog caches
 * (memory per quantization, catalog sentences); every later call reuses them. A fresh copy of the
 * catalog object each run shows that one-off cost.
 */
function measureCold(runs: number): void {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const fresh: Catalog = { ...catalog, models: catalog.models.map((m) => ({ ...m })), offerings: catalog.offerings.map((o) => ({ ...o })), gpus: catalog.gpus.map((g) => ({ ...g })) };
    const t0 = performance.now();
    recommend(answers, fresh, { now, whatIf: false });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${"shipped, first call on a catalog (cold)".padEnd(44)} median ${(times[times.length >> 1] ?? 0).toFixed(2).padStart(8)} ms   (${runs} runs)`);
}

/**
 * A fixed integer loop (1e8 additions), timed in the same run: about 70-100 ms on an idle modern
 * x86 core. On a shared machine it shows how much of a core this process really got, so the
 * figures below can be read against it.
 */
function calibrate(): number {
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < 1e8; i++) x += i & 7;
  if (x < 0) console.log(x);
  return performance.now() - t0;
}

/** Allocation calibration: 1e6 small objects with a string and an array, as the engine's options are built. */
function calibrateAlloc(): number {
  const t0 = performance.now();
  const keep: { a: number; b: string; c: number[] }[] = [];
  for (let i = 0; i < 1e6; i++) keep.push({ a: i, b: `s${i}`, c: [i] });
  if (keep.length < 0) console.log(keep);
  return performance.now() - t0;
}

// On a shared machine wall time includes waiting for a core; CPU time per run is printed beside it.
console.log(`calibration loop (1e8 additions): ${calibrate().toFixed(0)} ms; 1e6 small objects: ${calibrateAlloc().toFixed(0)} ms`);
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(" ")} on ${cpus().length} cores`);
console.log(`shipped catalog: ${catalog.models.length} models, ${catalog.offerings.length} offerings, ${catalog.gpus.length} GPUs (version ${catalog.version})`);
measure("shipped, without what-if", catalog, false, 500);
measure("shipped, with what-if", catalog, true, 200);
measure("shipped, APIs only, without what-if", catalog, false, 500, apiOnly);
measureCold(50);
const k1 = synthetic(1000);
measure(`1,000 models (${k1.offerings.length} offerings), without what-if`, k1, false, 50);
const k10 = synthetic(10_000);
measure(`10,000 models (${k10.offerings.length} offerings), without what-if`, k10, false, 15);
console.log(`calibration loop again: ${calibrate().toFixed(0)} ms; 1e6 small objects: ${calibrateAlloc().toFixed(0)} ms`);
