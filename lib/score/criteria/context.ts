import { msg } from "../../vocab/messages";
import { clamp01, type Criterion } from "../types";

/** Context headroom: 0.5 at exactly the context you need, +1/8 per doubling, 1 at 16 times it. */
export const context: Criterion = {
  id: "context",
  baseWeight: () => 0.05,
  value: (c, a) => (a.minContextTokens <= 0 ? 1 : clamp01(0.5 + Math.log2(c.contextTokens / a.minContextTokens) / 8)),
  note: (c, a) => msg("crit-context", { has: c.contextTokens, need: a.minContextTokens }),
};
