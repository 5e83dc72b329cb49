import { catalog as shippedCatalog } from "../../lib/catalog";
import { computeMemory } from "../../lib/engine";
import { Quantization, QUANTIZATIONS } from "../../lib/schema/common";
import { UsageError, wholeFlag, type Command } from "../command";

const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;

/** `memory MODEL_ID [--quant Q] [--context N] [--batch N] [--json]`: what it takes to hold a model. */
export const memoryCommand: Command = {
  name: "memory",
  summary: "Memory to serve a model: weights, KV cache per token and in total, with runtime overhead",
  usage: "memory MODEL_ID [--quant bf16|fp8|int8|q4] [--context N] [--batch N] [--json]",
  options: {
    quant: { type: "string", description: "bf16 (default), fp8, int8 or q4 (llama.cpp Q4_K_M, ~4.89 bits)", valueName: "Q" },
    context: { type: "string", description: "tokens of context per sequence (default 8192)", valueName: "N" },
    batch: { type: "string", description: "concurrent sequences (default 1)", valueName: "N" },
    json: { type: "boolean", description: "print { weightsBytes, kvCacheBytesPerToken, kvCacheBytes, totalBytes } as JSON" },
  },
  positionals: { min: 1, max: 1 },
  run: ({ values, positionals }, ctx) => {
    const id = positionals[0] ?? "";
    const quant = Quantization.safeParse(values.quant ?? "bf16");
    if (!quant.success) throw new UsageError(`--quant must be one of ${QUANTIZATIONS.join(", ")}, got "${String(values.quant)}"`);
    const contextTokens = wholeFlag(values.context, "context", 8192, 0);
    const batch = wholeFlag(values.batch, "batch", 1, 1);
    const model = shippedCatalog.models.find((m) => m.id === id);
    if (!model) throw new UsageError(`unknown model "${id}": run \`models\` for the ids`);
    const m = computeMemory(model, { quant: quant.data, contextTokens, batch });
    if (!m) {
      ctx.stderr(`flagless memory: the catalog lacks the parameter count or attention dimensions of ${model.name}`);
      return 1;
    }
    const out = { weightsBytes: m.weightsBytes, kvCacheBytesPerToken: m.kvCacheBytesPerToken, kvCacheBytes: m.kvCacheBytes, totalBytes: m.totalBytes, overheadBytes: m.overheadBytes };
    if (values.json) {
      ctx.stdout(JSON.stringify({ modelId: model.id, quantization: quant.data, contextTokens, batch, ...out }, null, 2));
      return 0;
    }
    ctx.stdout(
      [
        `${model.name} at ${quant.data}, ${contextTokens} tokens x ${batch} sequence${batch > 1 ? "s" : ""}`,
        `  weights            ${gib(m.weightsBytes)}`,
        `  KV cache           ${gib(m.kvCacheBytes)} (${m.kvCacheBytesPerToken.toLocaleString("en-US")} bytes per token, BF16)`,
        `  runtime overhead   ${gib(m.overheadBytes)} (10 % of GPU memory kept free, as vLLM does)`,
        `  total              ${gib(m.totalBytes)}`,
      ].join("\n"),
    );
    return 0;
  },
};
