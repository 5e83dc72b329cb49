import { clamp01, type Criterion } from "../types";

/**
 * Context headroom: 0.5 at exactly the context you need, +1/8 per doubling, 1 at 16 times it.
 * (Below the need the option is excluded, so this never scores a model that cannot read your input.)
 */
export const context: Criterion = {
  id: "context",
  label: "Context headroom",
  baseWeight: () => 0.05,
  score: (c, a) => {
    if (a.minContextTokens <= 0) return { value: 1, note: `reads ${c.contextTokens.toLocaleString("en-US")} tokens` };
    const ratio = c.contextTokens / a.minContextTokens;
    return { value: clamp01(0.5 + Math.log2(ratio) / 8), note: `reads ${c.contextTokens.toLocaleString("en-US")} tokens, ${ratio.toFixed(1)}x what you need` };
  },
};
