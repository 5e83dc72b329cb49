import { catalog as shippedCatalog } from "../../lib/catalog";
import { memoryFromCatalog } from "../../lib/engine";
import { format } from "../../lib/vocab";
import { printIssues, type Command } from "../command";
import { requestFromFlags, withFlag } from "../flags";


/** `memory MODEL_ID [--quant Q] [--context N] [--batch N] [--kv-dtype D] [--json]`: what it takes to hold a model. */
export const memoryCommand: Command = {
  name: "memory",
  summary: "Memory to hold a model: weights, KV cache per token and in total",
  usage: "memory MODEL_ID [--quant Q] [--context N] [--batch N] [--kv-dtype D] [--json]",
  options: {
    quant: { type: "string", description: "bf16 (default), fp8, int8, q8_0, q4_k_m (or q4), int4, mxfp4", valueName: "Q" },
    context: { type: "string", description: "tokens of context per sequence (default 8192)", valueName: "N" },
    batch: { type: "string", description: "concurrent sequences (default 1)", valueName: "N" },
    "kv-dtype": { type: "string", description: "KV-cache element type: bf16 (default), fp8 or q8_0", valueName: "D" },
    json: { type: "boolean", description: "print { weightsBytes, kvCacheBytesPerToken, kvCacheBytes, totalBytes } as JSON" },
  },
  positionals: { min: 1, max: 1 },
  run: ({ values, positionals }, ctx) => {
    const input = requestFromFlags(positionals[0] ?? "", values);
    const r = memoryFromCatalog(input, shippedCatalog);
    if (!r.ok) return printIssues("memory", r.issues.map(withFlag), ctx, "(flags)");
    const m = r.value;
    const ask = { quant: (input.quant as string | undefined) ?? "bf16", kvDtype: (input.kvDtype as string | undefined) ?? "bf16", context: (input.context as number | undefined) ?? 8192, batch: (input.batch as number | undefined) ?? 1 };
    const model = shippedCatalog.models.find((x) => x.id === input.model) ?? shippedCatalog.models.find((x) => x.aliases.includes(String(input.model)));
    if (values.json) {
      ctx.stdout(JSON.stringify({ modelId: model?.id ?? input.model, quantization: ask.quant === "q4" ? "q4_k_m" : ask.quant, kvDtype: ask.kvDtype, contextTokens: ask.context, batch: ask.batch, ...m }, null, 2));
      return 0;
    }
    ctx.stdout(
      [
        `${model?.name ?? String(input.model)} at ${ask.quant}, ${format.count(ask.context)} tokens x ${ask.batch} sequence${ask.batch > 1 ? "s" : ""}`,
        `  weights    ${format.gigabytes(m.weightsBytes)}`,
        `  KV cache   ${format.gigabytes(m.kvCacheBytes)} (${format.count(m.kvCacheBytesPerToken)} bytes per token, ${ask.kvDtype.toUpperCase()})`,
        `  total      ${format.gigabytes(m.totalBytes)} (before the runtime's own allowance: see \`estimate\` for a GPU)`,
      ].join("\n"),
    );
    return 0;
  },
};
