import { computeMemory } from "@/lib/engine";
import type { Model } from "@/lib/schema/catalog";
import { QUANTIZATIONS } from "@/lib/schema/common";
import { formatGB, formatTokens } from "../format";

const CONTEXTS = [8192, 32768, 131072];

/** Memory to serve one sequence, by quantization and context, from the engine's memory function. */
export function MemoryTable({ model }: { model: Model }) {
  const contexts = [...new Set([...CONTEXTS.filter((c) => c < model.contextTokens), model.contextTokens])];
  if (!computeMemory(model, { quant: "bf16", contextTokens: 8192, batch: 1 })) {
    return <p className="text-muted">Not enough architecture data in the catalog (parameters, layers, attention sizes) to estimate memory.</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[30rem] text-sm">
        <caption className="mb-1 text-left text-muted">
          GB for weights + KV cache (BF16) of one sequence + runtime overhead. MoE models keep every expert in memory.
        </caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1.5 pr-3 text-left">Quantization</th>
            {contexts.map((c) => <th key={c} scope="col" className="pr-3 text-right">{formatTokens(c)} context</th>)}
          </tr>
        </thead>
        <tbody>
          {QUANTIZATIONS.map((q) => (
            <tr key={q} className="border-b border-line">
              <th scope="row" className="py-1.5 pr-3 text-left font-medium">{q.toUpperCase()}</th>
              {contexts.map((c) => {
                const m = computeMemory(model, { quant: q, contextTokens: c, batch: 1 });
                return <td key={c} className="pr-3 text-right">{m ? formatGB(m.totalBytes) : "—"}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
