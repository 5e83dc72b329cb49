import type { AnswerIssue } from "../answers/issues";
import { pathOf } from "../answers/issues";
import { bitsOf, estimate, formatChoices, kvBytesForSequence, kvLayout, physGpu, physModel, runtimeFor, runtimeReads, weightBytes } from "../physics";
import type { Catalog } from "../schema/catalog";
import { EstimateRequest, EstimateResult, MemoryRequest } from "../schema/estimate";
import { buildContext } from "./context";

type Result<T> = { ok: true; value: T } | { ok: false; issues: AnswerIssue[] };

const r2 = (v: number) => Math.round(v * 100) / 100;

function parse<T>(schema: { safeParse: (x: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown): Result<T> {
  const p = schema.safeParse(input);
  if (p.success) return { ok: true, value: p.data };
  return { ok: false, issues: p.error.issues.map((i) => ({ path: pathOf(i.path), message: i.message })) };
}

function findModel(catalog: Catalog, id: string) {
  const ctx = buildContext(catalog);
  return ctx.modelById.get(id) ?? ctx.modelById.get(ctx.aliases.get(id) ?? "");
}

/** `estimate`: memory, fit, speed and time to first token of a catalog model on catalog GPUs, or the issues by field. */
export function estimateFromCatalog(input: unknown, catalog: Catalog): Result<EstimateResult> {
  const req = parse(EstimateRequest, input);
  if (!req.ok) return req;
  const q = req.value;
  const issues: AnswerIssue[] = [];
  const facts = findModel(catalog, q.model);
  const gpu = catalog.gpus.find((g) => g.id === q.gpu);
  if (!facts) issues.push({ path: "model", message: `"${q.model}" is not a model in the catalog` });
  else if (!facts.model.openWeights) issues.push({ path: "model", message: `${facts.model.name} has no open weights: it runs only as an API` });
  else if (!facts.phys) issues.push({ path: "model", message: `the catalog lacks the parameter count or architecture of ${facts.model.name}` });
  if (!gpu) issues.push({ path: "gpu", message: `"${q.gpu}" is not a GPU in the catalog` });
  const pg = gpu && physGpu(gpu);
  if (gpu && !pg) issues.push({ path: "gpu", message: `the catalog has no memory bandwidth for ${gpu.name}, so it cannot be timed` });
  if (issues.length > 0 || !facts?.phys || !pg || !gpu) return { ok: false, issues };
  if (gpu.kind === "apple" && q.count > 1) return { ok: false, issues: [{ path: "count", message: "an Apple machine is one GPU: count must be 1" }] };
  const quant = q.quant ?? formatChoices(facts.phys).find((f) => runtimeFor(pg, f, q.runtime) !== undefined) ?? "bf16";
  if (q.runtime && !runtimeReads(q.runtime, quant)) return { ok: false, issues: [{ path: q.quant ? "quant" : "runtime", message: `${q.runtime} does not run ${quant} weights` }] };
  if (quant === "mxfp4" && facts.phys.nativeFormat !== "mxfp4") return { ok: false, issues: [{ path: "quant", message: `mxfp4 is the native format of gpt-oss; ${facts.model.name} does not ship in it` }] };
  const e = estimate({ model: facts.phys, gpu: pg, count: q.count, quant, ...(q.runtime ? { runtime: q.runtime } : {}), ...(q.kvDtype ? { kvDtype: q.kvDtype } : {}), context: q.context, concurrency: q.concurrency, ...(q.promptTokens ? { promptTokens: q.promptTokens } : {}) });
  if (!e) return { ok: false, issues: [{ path: "quant", message: `no runtime on ${gpu.name} runs ${quant} weights` }] };
  const m = e.memory;
  return {
    ok: true,
    value: {
      model: facts.model.id,
      gpu: gpu.id,
      count: q.count,
      fits: e.fits,
      runtime: e.runtime,
      parallelism: e.parallelism,
      quant: e.quant,
      kvDtype: e.kvDtype,
      memory: { weightsBytes: m.weightsBytes, kvCacheBytes: Math.round(m.kvCacheBytes), overheadBytes: Math.round(m.overheadBytes), totalBytes: Math.round(m.totalBytes), perGpuBytes: Math.round(m.perGpuBytes), perGpuCapacityBytes: Math.round(m.perGpuCapacity) },
      maxConcurrency: e.maxConcurrency,
      decodeTokensPerSecond: { value: r2(e.decodeTokensPerSecond.value), low: r2(e.decodeTokensPerSecond.low), high: r2(e.decodeTokensPerSecond.high) },
      aggregateTokensPerSecond: r2(e.aggregateTokensPerSecond),
      ...(e.timeToFirstTokenSeconds ? { timeToFirstTokenSeconds: { value: r2(e.timeToFirstTokenSeconds.value), low: r2(e.timeToFirstTokenSeconds.low), high: r2(e.timeToFirstTokenSeconds.high) } } : {}),
      accuracyClass: e.class,
    },
  };
}

/** `memory`: weights and KV cache of a model at a format, context and batch (KV in BF16 unless asked). */
export function memoryFromCatalog(input: unknown, catalog: Catalog): Result<{ weightsBytes: number; kvCacheBytesPerToken: number; kvCacheBytes: number; totalBytes: number }> {
  const req = parse(MemoryRequest, input);
  if (!req.ok) return req;
  const q = req.value;
  const facts = findModel(catalog, q.model);
  if (!facts) return { ok: false, issues: [{ path: "model", message: `"${q.model}" is not a model in the catalog` }] };
  const pm = physModel(facts.model);
  const kv = facts.model.architecture ? kvLayout(facts.model.architecture, q.kvDtype) : undefined;
  if (!pm || !kv) return { ok: false, issues: [{ path: "model", message: `the catalog lacks the parameter count or attention dimensions of ${facts.model.name}` }] };
  const bits = bitsOf(q.quant, "vllm");
  if (!bits) return { ok: false, issues: [{ path: "quant", message: `"${q.quant}" is not a known format` }] };
  const w = weightBytes(pm, q.quant === "q8_0" || q.quant === "q4_k_m" ? (bitsOf(q.quant, "llama.cpp") ?? bits) : bits).total;
  const perSeq = kvBytesForSequence(kv, q.context);
  const kvAll = perSeq * q.batch;
  return { ok: true, value: { weightsBytes: w, kvCacheBytesPerToken: Math.round(perSeq / q.context), kvCacheBytes: Math.round(kvAll), totalBytes: Math.round(w + kvAll) } };
}
