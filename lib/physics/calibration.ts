import type { CalibrationClass, CalibrationRow } from "../schema/calibration";
import type { Architecture, Gpu, Model } from "../schema/catalog";
import type { Parallelism, Runtime } from "../schema/common";
import { GIB, physGpu, type PhysGpu } from "./hardware";
import { expertParamsOf, physModel, type PhysModel } from "./model";
import { decodeStepSeconds, prepare, type Prepared, type TimeConstants } from "./time-model";

/**
 * Replays published measurements through the time model: each row becomes a setup (model,
 * format, GPUs, runtime, parallelism, batch, context) and the model's decode speed is compared
 * with the measured one. Rows the model cannot represent (speculative decoding, CPU offload, an
 * unknown runtime or format, a batch not stated) are set apart with the reason.
 */

export type Replayed = { row: CalibrationRow; estimate: number; measured: number; ratio: number };
export type Skipped = { row: CalibrationRow; why: string };

/** Rows kept apart: they measure something the time model does not model. */
export const SET_APART_TAGS = ["speculative", "mtp", "quantized-kv", "cpu-offload"] as const;

const RUNTIMES: Record<string, Runtime> = { "llama.cpp": "llama.cpp", ollama: "llama.cpp", mlx: "mlx", vllm: "vllm", sglang: "sglang", "tensorrt-llm": "tensorrt-llm" };
const PARALLELISM: Record<string, Parallelism> = { single: "single", tensor: "tensor", "layer-split": "layer-split", "tensor+pipeline": "tensor-multi-node", "tensor+expert": "tensor" };

function factsModel(row: CalibrationRow): PhysModel | undefined {
  const f = row.modelFacts;
  if (!f) return undefined;
  const arch: Architecture | undefined =
    f.attention === undefined
      ? undefined
      : ({ layers: f.layers, attention: f.attention, kvHeads: f.kvHeads, headDim: f.headDim, kvLoraRank: f.kvLoraRank, qkRopeHeadDim: f.qkRopeHeadDim, experts: f.experts, expertsPerToken: f.expertsPerToken, hiddenSize: f.hiddenSize, vocabSize: f.vocabSize, source: f.source, asOf: f.asOf } as Architecture);
  const embed = f.vocabSize && f.hiddenSize ? f.vocabSize * f.hiddenSize : 0;
  const E = f.experts ?? 0;
  const k = f.expertsPerToken ?? 0;
  return {
    id: row.model,
    totalParams: f.totalB * 1e9,
    activeParams: f.activeB * 1e9,
    layers: f.layers,
    ...(arch ? { arch } : {}),
    embedParams: embed,
    headParams: embed,
    expertParams: E > 0 ? expertParamsOf(f.totalB * 1e9, f.activeB * 1e9, E, k, embed) : 0,
    experts: E,
    expertsPerToken: k,
  };
}

function factsGpu(row: CalibrationRow, runtime: Runtime): PhysGpu | undefined {
  const g = row.gpuFacts;
  if (!g) return undefined;
  const apple = row.class === "apple" || row.gpu.startsWith("apple");
  const interconnect = row.interconnect === "nvlink" ? "nvlink" : apple ? "unified" : "pcie";
  return { id: row.gpu, memoryBytes: g.memoryGB * GIB, bandwidth: g.bandwidthGBs * 1e9, interconnect, nodeSize: 8, apple, vendor: apple ? "Apple" : "NVIDIA", runtime };
}

export type CatalogView = { models: ReadonlyMap<string, Model>; gpus: ReadonlyMap<string, Gpu> };

/** The setup a row describes, or why it cannot be replayed. */
export function rowSetup(row: CalibrationRow, view: CatalogView): Prepared | string {
  const setApart = row.tags.find((t) => (SET_APART_TAGS as readonly string[]).includes(t));
  if (setApart) return `tagged ${setApart}`;
  const runtime = Object.hasOwn(RUNTIMES, row.runtime) ? RUNTIMES[row.runtime] : undefined;
  if (!runtime) return `runtime ${row.runtime} not modelled`;
  const parallelism = Object.hasOwn(PARALLELISM, row.parallelism) ? PARALLELISM[row.parallelism] : undefined;
  if (!parallelism) return `parallelism ${row.parallelism} not modelled`;
  const catModel = view.models.get(row.model);
  const model = catModel ? physModel(catModel) : factsModel(row);
  if (!model) return `no parameters or architecture for ${row.model}`;
  const catGpu = view.gpus.get(row.gpu);
  const base = catGpu ? physGpu(catGpu) : factsGpu(row, runtime);
  if (!base) return `no bandwidth for ${row.gpu}`;
  const gpu: PhysGpu = row.interconnect === "pcie" || row.interconnect === "nvlink" ? { ...base, interconnect: row.interconnect } : base;
  const count = row.gpuCount;
  const par: Parallelism = count === 1 ? "single" : parallelism === "tensor" && (row.nodes ?? 1) > 1 ? "tensor-multi-node" : parallelism;
  const p = prepare({ model, format: row.format, runtime, gpu: par === "tensor-multi-node" ? { ...gpu, nodeSize: Math.ceil(count / (row.nodes ?? 1)) } : gpu, count, parallelism: par, kvDtype: "bf16" });
  return p ?? `format ${row.format} not modelled`;
}

/** The context a decode measurement ran at on average: the prompt plus half the tokens generated. */
export function meanContext(row: CalibrationRow): number {
  return (row.promptTokens ?? 0) + (row.outputTokens ?? 128) / 2;
}

/** A row's measured per-request decode speed: as stated, or the aggregate over a stated batch. */
export function measuredPerRequest(row: CalibrationRow): number | undefined {
  if (row.batch === null) return undefined;
  if (row.decodeTokensPerSecond !== undefined) return row.decodeTokensPerSecond;
  if (row.aggregateTokensPerSecond !== undefined && row.batch !== undefined) return row.aggregateTokensPerSecond / row.batch;
  return undefined;
}

/** Per-request decode speed the model predicts for a row. */
export function estimateRow(c: TimeConstants, p: Prepared, row: CalibrationRow): number {
  return 1 / decodeStepSeconds(c, p, row.batch ?? 1, meanContext(row));
}

export function replay(rows: readonly CalibrationRow[], view: CatalogView, c: TimeConstants): { replayed: Replayed[]; skipped: Skipped[] } {
  const replayed: Replayed[] = [];
  const skipped: Skipped[] = [];
  for (const row of rows) {
    const measured = measuredPerRequest(row);
    if (measured === undefined) {
      skipped.push({ row, why: row.batch === null ? "batch not stated" : "no decode speed" });
      continue;
    }
    const p = rowSetup(row, view);
    if (typeof p === "string") {
      skipped.push({ row, why: p });
      continue;
    }
    const estimate = estimateRow(c, p, row);
    replayed.push({ row, estimate, measured, ratio: estimate / measured });
  }
  return { replayed, skipped };
}

const median = (xs: readonly number[]) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

export type ClassAccuracy = { class: CalibrationClass | "all"; rows: number; medianError: number; medianRatio: number; p10Ratio: number; p90Ratio: number };

const quantile = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))));
  return s[i] as number;
};

/** Median |estimate / measured - 1|, median ratio and its 10th/90th percentiles, per class and overall. */
export function accuracyByClass(replayed: readonly Replayed[]): ClassAccuracy[] {
  const classes = [...new Set(replayed.map((r) => r.row.class))].sort();
  const one = (cls: ClassAccuracy["class"], rs: readonly Replayed[]): ClassAccuracy => ({
    class: cls,
    rows: rs.length,
    medianError: median(rs.map((r) => Math.abs(r.ratio - 1))),
    medianRatio: median(rs.map((r) => r.ratio)),
    p10Ratio: quantile(rs.map((r) => r.ratio), 0.1),
    p90Ratio: quantile(rs.map((r) => r.ratio), 0.9),
  });
  return [...classes.map((c) => one(c, replayed.filter((r) => r.row.class === c))), one("all", replayed)];
}
