import { count } from "../../engine/format";
import { clamp01, criterion, memoised } from "../types";

/**
 * Context headroom: 0.5 at exactly the context you need, +1/8 per doubling, 1 at 16 times it.
 * (Below the need the option is excluded, so this never scores a model that cannot read your input.)
 */
export const context = criterion(
  { id: "context", label: "Context headroom", baseWeight: () => 0.05 },
  (c, a) => (a.minContextTokens <= 0 ? 1 : clamp01(0.5 + Math.log2(c.contextTokens / a.minContextTokens) / 8)),
  (c, a, _v, memo) =>
    memoised(memo, c.contextTokens, () =>
      a.minContextTokens <= 0
        ? `reads ${count(c.contextTokens)} tokens`
        : `reads ${count(c.contextTokens)} tokens, ${(c.contextTokens / a.minContextTokens).toFixed(1)}x what you need`,
    ),
);
