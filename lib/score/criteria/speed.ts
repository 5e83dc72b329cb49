import { SPEED_FAST_TPS, SPEED_SLOW_TPS } from "../../engine/assumptions";
import { clamp01, type Criterion } from "../types";

/** Neutral value when no speed is known (API offerings: the catalog holds no measured speeds). */
export const UNKNOWN_SPEED = 0.5;

/** Decode speed of one stream: 0 at SPEED_SLOW_TPS or below, 1 at SPEED_FAST_TPS or above, linear between. */
export const speed: Criterion = {
  id: "speed",
  label: "Speed",
  baseWeight: () => 0.1,
  score: (c) => {
    if (c.tokensPerSecond === undefined) return { value: UNKNOWN_SPEED, note: "no measured speed for this API in the catalog: neutral" };
    const value = clamp01((c.tokensPerSecond - SPEED_SLOW_TPS) / (SPEED_FAST_TPS - SPEED_SLOW_TPS));
    return { value, note: `~${Math.round(c.tokensPerSecond)} tokens/s per stream (bandwidth estimate)` };
  },
};
