import type { Model } from "../schema/catalog";
import { TASKS, type Task } from "../schema/common";
import type { QualityMapping, QualityMappingFile, QualitySource } from "../schema/quality";
import { mapperFor, sigmaOf } from "./scale";

/**
 * Quality evidence per model and task, from the sources in data/quality mapped to tasks by
 * data/quality/mapping.json.
 *
 * One scale per task. Pass rates of different benchmarks, and ratings mapped to 0-100, sit at
 * different levels (a model measured only by LMArena's coding board would otherwise read higher
 * than one measured by Aider and LiveBench). So each line of a task is put on the scale of the
 * task's reference line: among the independent, official lines that measure at least
 * REFERENCE_MIN_MODELS releases, the most precise one (the smallest typical sigma / sqrt(weight),
 * i.e. the smallest stated 1-SD uncertainty of mapping.json). Each other line is mapped by a
 * least-squares line fitted on the releases it shares with the lines already aligned; the fit
 * shrinks a loose proxy toward the middle, and its residual spread is added to the line's own
 * uncertainty. A line with too few releases in common keeps its own scale with UNALIGNED_SIGMA added.
 *
 * Then, per task, the measurements combine by inverse-variance weighting: a measurement's variance
 * is its own (sigma^2 / weight, the mapping's stated uncertainty) plus the alignment residual^2.
 * Adding a measurement only narrows the interval.
 * Vendor-reported figures (the source id "vendor": data/models benchmarks) are the second source:
 * they count (with the mapping's `vendorWeight`) only for a task that no independent evaluation
 * measures for that release.
 */

export type Measurement = {
  source: string;
  /** From a scraped copy of an official table: used only where no official row measures the same. */
  secondary: boolean;
  metric: string;
  /** On the task's common 0-100 scale. */
  value: number;
  sigma: number;
  weight: number;
  independent: boolean;
  /** The row as the source prints it, for the explanation. */
  as: string;
  setting?: string;
};

export type TaskEvidence = {
  score: number;
  sd: number;
  /** At least one independent evaluation measures it. */
  independent: boolean;
  measurements: Measurement[];
  /** Two measurements further apart than their effective sigmas allow. */
  disagree: boolean;
};

export type ModelEvidence = Partial<Record<Task, TaskEvidence>>;

/** A vendor table's stated spread: self-reported figures differ by harness and setting. */
export const VENDOR_SIGMA = 8;
/** A line aligns on another only through at least this many releases both measure. */
export const ALIGN_MIN_SHARED = 6;
/** The reference line of a task measures at least this many releases (else the most-covered line is). */
export const REFERENCE_MIN_MODELS = 20;
/** The spread added to a line that could not be put on the task's scale. */
export const UNALIGNED_SIGMA = 10;

type Raw = { value: number; sigma: number; as: string; setting?: string };
type Line = { mapping: QualityMapping; secondary: boolean; independent: boolean; values: Map<string, Raw>; fit?: { a: number; b: number; residual: number } };

export type EvidenceIndex = { lines: Line[] };

/** The row of a model an offering uses: the one marked default, else the only one, else the best-scoring. */
function pick(rows: QualitySource["rows"]) {
  return rows.find((r) => r.default) ?? (rows.length === 1 ? rows[0] : [...rows].sort((a, b) => b.score - a.score)[0]);
}

function rawValues(m: QualityMapping, source: QualitySource | undefined, models: readonly Model[]): Map<string, Raw> {
  const out = new Map<string, Raw>();
  if (m.source === "vendor") {
    for (const model of models) {
      const best = model.benchmarks.filter((b) => b.name === m.metric).sort((a, b) => b.score - a.score)[0];
      if (best) out.set(model.id, { value: best.score, sigma: VENDOR_SIGMA, as: model.name, ...(best.setting ? { setting: best.setting } : {}) });
    }
    return out;
  }
  if (!source) return out;
  const mapper = mapperFor(source.metrics[m.metric]?.scale ?? source.scale, source, m.metric);
  if (!mapper) return out;
  const byModel = new Map<string, QualitySource["rows"]>();
  for (const r of source.rows) if (r.metric === m.metric) byModel.set(r.model, [...(byModel.get(r.model) ?? []), r]);
  for (const [model, rows] of byModel) {
    const row = pick(rows);
    if (row) out.set(model, { value: mapper.map(row.score), sigma: sigmaOf(row, source, mapper), as: row.as, ...(row.setting ? { setting: row.setting } : {}) });
  }
  return out;
}

/** Least squares of reference ~ a + b x over the releases both lines measure. */
function fitLine(x: Map<string, Raw>, ref: Map<string, number>): { a: number; b: number; residual: number; n: number } | undefined {
  const pairs: [number, number][] = [];
  for (const [id, r] of x) {
    const y = ref.get(id);
    if (y !== undefined) pairs.push([r.value, y]);
  }
  const n = pairs.length;
  if (n < ALIGN_MIN_SHARED) return undefined;
  const mx = pairs.reduce((s, p) => s + p[0], 0) / n;
  const my = pairs.reduce((s, p) => s + p[1], 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const [xi, yi] of pairs) {
    sxy += (xi - mx) * (yi - my);
    sxx += (xi - mx) ** 2;
  }
  if (sxx <= 0 || sxy <= 0) return undefined;
  const b = sxy / sxx;
  const a = my - b * mx;
  let sse = 0;
  for (const [xi, yi] of pairs) sse += (yi - (a + b * xi)) ** 2;
  return { a, b, residual: Math.sqrt(sse / Math.max(1, n - 2)), n };
}

/** Put every line of one task on its reference line's scale (see the module comment). */
function align(lines: Line[]): void {
  if (lines.length === 0) return;
  const eligible = lines.filter((l) => l.mapping.source !== "vendor" && !l.secondary && l.values.size >= REFERENCE_MIN_MODELS);
  const pool = eligible.length > 0 ? eligible : lines;
  const spread = (l: Line) => {
    const sig = [...l.values.values()].map((r) => r.sigma).sort((x, y) => x - y);
    return (sig[Math.floor(sig.length / 2)] ?? Infinity) / Math.sqrt(l.mapping.weight);
  };
  const ref = [...pool].sort((p, q) => spread(p) - spread(q) || q.values.size - p.values.size)[0] as Line;
  ref.fit = { a: 0, b: 1, residual: 0 };
  // The common scale as it grows: each aligned line adds its releases (the reference's first).
  const scale = new Map<string, number>();
  for (const [id, r] of ref.values) scale.set(id, r.value);
  let pending = lines.filter((l) => l !== ref);
  // A scraped copy of an official table is the same measurement: it rides on the official line's
  // alignment, with the copies' disagreement on shared releases as its extra spread.
  const copies = pending.filter((l) => l.secondary && lines.some((o) => !o.secondary && o.mapping.source !== "vendor" && o.mapping.metric === l.mapping.metric));
  pending = pending.filter((l) => !copies.includes(l));
  for (let guard = 0; guard < lines.length && pending.length > 0; guard++) {
    const fitted = pending.map((l) => ({ l, f: fitLine(l.values, scale) })).filter((x) => x.f !== undefined).sort((p, q) => (q.f?.n ?? 0) - (p.f?.n ?? 0));
    if (fitted.length === 0) break;
    const { l, f } = fitted[0] as { l: Line; f: NonNullable<ReturnType<typeof fitLine>> };
    l.fit = { a: f.a, b: f.b, residual: f.residual };
    for (const [id, r] of l.values) if (!scale.has(id)) scale.set(id, f.a + f.b * r.value);
    pending = pending.filter((x) => x !== l);
  }
  for (const copy of copies) {
    const official = lines.find((o) => !o.secondary && o.mapping.source !== "vendor" && o.mapping.metric === copy.mapping.metric && o.fit);
    if (!official?.fit) continue;
    const diffs: number[] = [];
    for (const [id, r] of copy.values) {
      const o = official.values.get(id);
      if (o) diffs.push(r.value - o.value);
    }
    const rms = diffs.length > 0 ? Math.sqrt(diffs.reduce((t, d) => t + d * d, 0) / diffs.length) : UNALIGNED_SIGMA;
    copy.fit = { a: official.fit.a, b: official.fit.b, residual: Math.sqrt(official.fit.residual ** 2 + (official.fit.b * rms) ** 2) };
  }
}

export function evidenceIndex(sources: readonly QualitySource[], mapping: QualityMappingFile | undefined, models: readonly Model[] = []): EvidenceIndex {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const vendorWeight = mapping?.vendorWeight ?? 0.3;
  const lines: Line[] = (mapping?.entries ?? []).map((m) => {
    const source = byId.get(m.source);
    const independent = m.source !== "vendor" && source?.kind === "independent";
    return { mapping: { ...m, weight: m.weight * (independent ? 1 : vendorWeight) }, secondary: source?.secondary ?? false, independent, values: rawValues(m, source, models) };
  });
  for (const t of TASKS) align(lines.filter((l) => l.mapping.task === t));
  return { lines };
}

const clamp = (v: number) => Math.min(100, Math.max(0, v));

function combine(ms: Measurement[]): TaskEvidence {
  let num = 0;
  let den = 0;
  for (const m of ms) {
    const precision = m.weight / (m.sigma * m.sigma);
    num += precision * m.value;
    den += precision;
  }
  const score = num / den;
  // Disagreement on the sigmas each line counts with (sigma / sqrt(weight)).
  const eff = (m: Measurement) => m.sigma / Math.sqrt(m.weight);
  let disagree = false;
  for (let i = 0; i < ms.length; i++)
    for (let j = i + 1; j < ms.length; j++) {
      const a = ms[i] as Measurement;
      const b = ms[j] as Measurement;
      if (Math.abs(a.value - b.value) > 2 * Math.sqrt(eff(a) ** 2 + eff(b) ** 2)) disagree = true;
    }
  return { score, sd: Math.sqrt(1 / den), independent: ms.some((m) => m.independent), measurements: ms, disagree };
}

export function modelEvidence(model: Model, idx: EvidenceIndex): ModelEvidence {
  const byTask = new Map<Task, Measurement[]>();
  for (const l of idx.lines) {
    const r = l.values.get(model.id);
    if (!r) continue;
    const f = l.fit;
    const value = f ? clamp(f.a + f.b * r.value) : r.value;
    // The line's own uncertainty as mapping.json states it (sigma / sqrt(weight)), on the common scale, plus the alignment's residual.
    const own = ((f?.b ?? 1) * r.sigma) ** 2 / l.mapping.weight;
    const sd = Math.sqrt(own + (f ? f.residual ** 2 : UNALIGNED_SIGMA ** 2));
    const m: Measurement = { source: l.mapping.source, secondary: l.secondary, metric: l.mapping.metric, value, sigma: Math.max(0.5, sd), weight: 1, independent: l.independent, as: r.as, ...(r.setting ? { setting: r.setting } : {}) };
    byTask.set(l.mapping.task, [...(byTask.get(l.mapping.task) ?? []), m]);
  }
  const out: ModelEvidence = {};
  for (const t of TASKS) {
    const all = byTask.get(t);
    if (!all || all.length === 0) continue;
    // A secondary copy counts only where no official source measures the same metric of the task.
    const official = new Set(all.filter((m) => !m.secondary).map((m) => m.metric));
    const kept = all.filter((m) => !m.secondary || !official.has(m.metric));
    // Vendor-reported figures are the second source: they speak for a task only where no
    // independent evaluation measures it for this release.
    const independent = kept.filter((m) => m.independent);
    out[t] = combine(independent.length > 0 ? independent : kept);
  }
  return out;
}
