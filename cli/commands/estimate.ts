import { catalog as shippedCatalog } from "../../lib/catalog";
import { capIssues } from "../../lib/answers";
import { estimateFromCatalog } from "../../lib/engine";
import type { EstimateResult } from "../../lib/schema/estimate";
import { format, words, type Words } from "../../lib/vocab";
import { printIssues, type Command } from "../command";
import { requestFromFlags, withFlag } from "../flags";

const range = (r: { value: number; low: number; high: number }, unit: (n: number) => string) => `${unit(r.value)} (${unit(r.low)} to ${unit(r.high)})`;

/** The estimate as lines a person reads; `--json` prints the object itself (the same as GET /api/estimate). */
export function estimateText(e: EstimateResult, W: Words): string {
  const model = shippedCatalog.models.find((m) => m.id === e.model)?.name ?? e.model;
  const gpu = shippedCatalog.gpus.find((g) => g.id === e.gpu)?.name ?? e.gpu;
  const m = e.memory;
  const parallelism = Object.hasOwn(W.tables.parallelism, e.parallelism) ? W.parallelism(e.parallelism as Parameters<Words["parallelism"]>[0]) : e.parallelism;
  const rows: [string, string][] = [
    ["fits", e.fits ? "yes" : "no: it needs more memory than the GPUs hold"],
    ["per GPU", `${format.gigabytes(m.perGpuBytes)} of ${format.gigabytes(m.perGpuCapacityBytes)}`],
    ["weights", format.gigabytes(m.weightsBytes)],
    ["KV cache", `${format.gigabytes(m.kvCacheBytes)} (${e.kvDtype.toUpperCase()})`],
    ["runtime allowance", format.gigabytes(m.overheadBytes)],
    ["total", format.gigabytes(m.totalBytes)],
    ["decode per request", `${range(e.decodeTokensPerSecond, format.speed)} tokens/s`],
    ["all requests", `${format.speed(e.aggregateTokensPerSecond)} tokens/s`],
    ...(e.timeToFirstTokenSeconds ? [["first token", range(e.timeToFirstTokenSeconds, format.seconds)] as [string, string]] : []),
    ["most requests at once", format.count(e.maxConcurrency)],
    ["accuracy class", e.accuracyClass],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return [`${model} on ${e.count} x ${gpu}: ${W.quant(e.quant)} weights, ${W.runtime(e.runtime)}, ${parallelism}`, ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join("\n");
}

/** `estimate MODEL_ID --gpu GPU_ID [...] [--json]`: fit, memory, speed and first-token time on given GPUs. */
export const estimateCommand: Command = {
  name: "estimate",
  summary: "Fit, memory, decode speed and time to first token of a model on GPUs",
  usage: "estimate MODEL_ID --gpu GPU_ID [--count N] [--quant Q] [--kv-dtype D] [--context N] [--concurrency N] [--runtime llama.cpp|vllm|sglang|mlx] [--prompt-tokens N] [--json]",
  options: {
    gpu: { type: "string", description: "GPU id from the catalog (run `models --json` for the ids)", valueName: "GPU_ID" },
    count: { type: "string", description: "how many GPUs (default 1)", valueName: "N" },
    quant: { type: "string", description: "bf16, fp8, int8, q8_0, q4_k_m (or q4), int4, mxfp4 (default: the best the runtime reads)", valueName: "Q" },
    "kv-dtype": { type: "string", description: "KV-cache element type: bf16, fp8 or q8_0", valueName: "D" },
    context: { type: "string", description: "tokens of context per request (default 8192)", valueName: "N" },
    concurrency: { type: "string", description: "requests generating at once (default 1)", valueName: "N" },
    runtime: { type: "string", description: "llama.cpp, vllm, sglang, mlx or tensorrt-llm (default: the GPU's)", valueName: "R" },
    "prompt-tokens": { type: "string", description: "typical prompt length, for the time to first token (default: the context)", valueName: "N" },
    json: { type: "boolean", description: "print the estimate as JSON (the same as GET /api/estimate)" },
  },
  positionals: { min: 1, max: 1 },
  run: ({ values, positionals }, ctx) => {
    const r = estimateFromCatalog(requestFromFlags(positionals[0] ?? "", values), shippedCatalog);
    if (!r.ok) return printIssues("estimate", capIssues(r.issues).map(withFlag), ctx, "(flags)");
    ctx.stdout(values.json ? JSON.stringify(r.value, null, 2) : estimateText(r.value, words("en")));
    return 0;
  },
};
