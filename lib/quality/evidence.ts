import type { Model } from "../schema/catalog";
import { TASKS, type Task } from "../schema/common";
import type { QualityMapping, QualityMappingFile, QualitySource } from "../schema/quality";
import { mapperFor, sigmaOf, type Mapper } from "./scale";

/**
 * Quality evidence per model and task, from the sources in data/quality mapped to tasks by
 * data/quality/mapping.json. Per task, the measurements combine by inverse-variance weighting,
 * where a mapping line's weight scales a measurement's precision (a metric that measures the
 * task less directly counts as a noisier measurement of it): adding a measurement can only
 * narrow the interval. Vendor-reported figures (the source id "vendor": data/models benchmarks)
 * count with the mapping's `vendorWeight`.
 */

export type Measurement = {
  source: string;
  /** From a scraped copy of an official table: used only where no official row measures the same. */
  secondary: boolean;
  metric: string;
  /** On 0-100. */
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
  /** Two measurements more than two joint standard deviations apart. */
  disagree: boolean;
};

export type ModelEvidence = Partial<Record<Task, TaskEvidence>>;

/** A vendor table's stated spread: self-reported figures differ by harness and setting. */
export const VENDOR_SIGMA = 8;

type Prepared = { mapping: QualityMapping; source?: QualitySource; mapper?: Mapper };

export type EvidenceIndex = { lines: Prepared[]; vendorWeight: number; rowsByModel: Map<string, Map<string, QualitySource["rows"]>> };

export function evidenceIndex(sources: readonly QualitySource[], mapping: QualityMappingFile | undefined): EvidenceIndex {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const lines: Prepared[] = (mapping?.entries ?? []).map((m) => {
    const source = byId.get(m.source);
    if (!source) return { mapping: m };
    const scale = source.metrics[m.metric]?.scale ?? source.scale;
    return { mapping: m, source, mapper: mapperFor(scale, source, m.metric) };
  });
  // Rows by model, then by "source/metric": each model reads only its own rows.
  const rowsByModel = new Map<string, Map<string, QualitySource["rows"]>>();
  for (const s of sources) {
    for (const r of s.rows) {
      const byKey = rowsByModel.get(r.model) ?? new Map<string, QualitySource["rows"]>();
      const key = `${s.id}/${r.metric}`;
      byKey.set(key, [...(byKey.get(key) ?? []), r]);
      rowsByModel.set(r.model, byKey);
    }
  }
  return { lines, vendorWeight: mapping?.vendorWeight ?? 0.3, rowsByModel };
}

/** The row of a model an offering uses: the one marked default, else the only one, else the best-scoring. */
function pick(rows: QualitySource["rows"]) {
  return rows.find((r) => r.default) ?? (rows.length === 1 ? rows[0] : [...rows].sort((a, b) => b.score - a.score)[0]);
}

function combine(ms: Measurement[]): TaskEvidence {
  let num = 0;
  let den = 0;
  for (const m of ms) {
    const precision = m.weight / (m.sigma * m.sigma);
    num += precision * m.value;
    den += precision;
  }
  const score = num / den;
  let disagree = false;
  // Disagreement on the sigmas each line counts with (sigma / sqrt(weight)): a published interval
  // reflects sampling alone, and two metrics of one task are expected to differ by more than that.
  const eff = (m: Measurement) => m.sigma / Math.sqrt(m.weight);
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
  const rows = idx.rowsByModel.get(model.id);
  for (const { mapping, source, mapper } of idx.lines) {
    let m: Measurement | undefined;
    if (mapping.source === "vendor") {
      const own = model.benchmarks.filter((b) => b.name === mapping.metric);
      const best = own.sort((a, b) => b.score - a.score)[0];
      if (best) m = { source: "vendor", secondary: false, metric: mapping.metric, value: best.score, sigma: VENDOR_SIGMA, weight: mapping.weight * idx.vendorWeight, independent: false, as: model.name, ...(best.setting ? { setting: best.setting } : {}) };
    } else if (source && mapper && rows) {
      const row = pick(rows.get(`${source.id}/${mapping.metric}`) ?? []);
      if (row) {
        const independent = source.kind === "independent";
        m = { source: source.id, secondary: source.secondary, metric: mapping.metric, value: mapper.map(row.score), sigma: sigmaOf(row, source, mapper), weight: mapping.weight * (independent ? 1 : idx.vendorWeight), independent, as: row.as, ...(row.setting ? { setting: row.setting } : {}) };
      }
    }
    if (m) byTask.set(mapping.task, [...(byTask.get(mapping.task) ?? []), m]);
  }
  // A secondary copy counts only where no official source measures the same metric of the task.
  for (const [task, ms] of byTask) {
    const official = new Set(ms.filter((m) => !m.secondary).map((m) => m.metric));
    byTask.set(task, ms.filter((m) => !m.secondary || !official.has(m.metric)));
  }
  const out: ModelEvidence = {};
  for (const t of TASKS) {
    const ms = byTask.get(t);
    if (ms && ms.length > 0) out[t] = combine(ms);
  }
  return out;
}
