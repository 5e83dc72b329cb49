import { SPEED_FAST_TPS, SPEED_SLOW_TPS } from "../../engine/assumptions";
import { clamp01, criterion } from "../types";

/** Neutral value when no speed is known (API offerings: the catalog holds no measured speeds). */
export const UNKNOWN_SPEED = 0.5;

/** Decode speed of one stream: 0 at SPEED_SLOW_TPS or below, 1 at SPEED_FAST_TPS or above, linear between. */
export const speed = criterion(
  { id: "speed", label: "Speed", baseWeight: () => 0.1 },
  (c) => (c.tokensPerSecond === undefined ? UNKNOWN_SPEED : clamp01((c.tokensPerSecond - SPEED_SLOW_TPS) / (SPEED_FAST_TPS - SPEED_SLOW_TPS))),
  (c) =>
    c.tokensPerSecond === undefined
      ? "no measured speed for this API in the catalog: neutral"
      : `~${Math.round(c.tokensPerSecond)} tokens/s per stream (bandwidth estimate)`,
);
