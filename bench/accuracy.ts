/**
 * `npm run bench -- accuracy`: replays data/calibration/decode.json through the time model with
 * the constants in lib/physics/constants.ts and prints, per measurement class, the median
 * |estimate / measured - 1| and the median ratio, on the held-out rows (never used for fitting),
 * on the fitting rows, and on the rows set apart (speculative decoding, multi-token prediction,
 * quantised KV, CPU offload). Then the weight bytes against published GGUF files. Figures only:
 * the targets are checked by tests/unit/physics/accuracy.test.ts.
 */
import { accuracyByClass, replay, SET_APART_TAGS, type ClassAccuracy, type Replayed } from "../lib/physics/calibration";
import { TIME_CONSTANTS } from "../lib/physics/constants";
import { bitsOf, physModel, weightBytes } from "../lib/physics";
import { loadCalibration, loadCatalog, loadGgufSizes, viewOf } from "../scripts/physics/load";

const catalog = loadCatalog();
const view = viewOf(catalog);
const { rows } = loadCalibration();
const setApart = (r: (typeof rows)[number]) => r.tags?.some((t) => (SET_APART_TAGS as readonly string[]).includes(t)) ?? false;

const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(0)} %` : "-");
const x = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : "-");

function table(title: string, replayed: readonly Replayed[], skipped: number): void {
  console.log(`\n${title} (${replayed.length} rows replayed, ${skipped} skipped)`);
  console.log(["class".padEnd(20), "rows".padStart(5), "median error".padStart(13), "median ratio".padStart(13), "p10-p90 ratio".padStart(14)].join(" "));
  for (const a of accuracyByClass(replayed) as ClassAccuracy[]) {
    console.log([a.class.padEnd(20), String(a.rows).padStart(5), pct(a.medianError).padStart(13), x(a.medianRatio).padStart(13), `${x(a.p10Ratio)}-${x(a.p90Ratio)}`.padStart(14)].join(" "));
  }
}

const groups = [
  { title: "held-out rows (chosen by whole source, never fitted)", rows: rows.filter((r) => r.holdout && !setApart(r)) },
  { title: "fitting rows", rows: rows.filter((r) => !r.holdout && !setApart(r)) },
  { title: `set apart (${SET_APART_TAGS.join(", ")})`, rows: rows.filter(setApart) },
];
console.log(`decode speed per request: estimate / measured, ${rows.length} measurements in data/calibration/decode.json`);
for (const g of groups) {
  const r = replay(g.rows, view, TIME_CONSTANTS);
  table(g.title, r.replayed, r.skipped.length);
}

console.log("\nweight bytes against published GGUF files (estimate / file size)");
const byId = new Map(catalog.models.map((m) => [m.id, m]));
for (const row of loadGgufSizes().rows) {
  const m = byId.get(row.model);
  const pm = m && physModel(m);
  const bits = bitsOf(row.format, "llama.cpp");
  if (!pm || !bits) continue;
  const extra = row.modelFacts ? row.modelFacts.totalB * 1e9 - pm.totalParams : 0;
  const est = weightBytes(pm, bits).total + (extra * bits.body) / 8;
  const note = pm.expertsAssumed ? " (expert counts not in the catalog: not checked)" : "";
  console.log(`${row.model.padEnd(28)} ${row.format.padEnd(8)} ${(row.fileBytes / 1e9).toFixed(2).padStart(8)} GB  ratio ${(est / row.fileBytes).toFixed(3)}${note}`);
}
