import { SPEED_FAST_TPS, SPEED_SLOW_TPS, TTFT_BAD_SECONDS, TTFT_GOOD_SECONDS, REASONING_TOKENS_BEFORE_ANSWER } from "../../core/assumptions";
import type { Candidate } from "../../core/types";
import { msg } from "../../vocab/messages";
import { clamp01, type Criterion } from "../types";

/** Neutral value where no speed is known (most API offerings: the catalog holds few measured speeds). */
export const UNKNOWN_SPEED = 0.5;
/** A reasoning model of unknown speed thinks before it answers: slower to a first visible word than an instant one. */
export const UNKNOWN_SPEED_REASONING = 0.25;

const thinks = (c: Candidate) => c.facts.model.reasoning?.mode === "always";

/** Seconds to the first visible token: the prefill, plus the thinking of a reasoning model. */
function visibleTtft(c: Candidate): number | undefined {
  if (c.ttftSeconds === undefined) return undefined;
  return c.ttftSeconds + (thinks(c) && c.tokensPerSecond ? REASONING_TOKENS_BEFORE_ANSWER / c.tokensPerSecond : 0);
}

/**
 * Speed as a person feels it: per-request decode (0 at SPEED_SLOW_TPS, 1 at SPEED_FAST_TPS) and
 * the time to the first visible token (1 under TTFT_GOOD_SECONDS, 0 past TTFT_BAD_SECONDS, on a log
 * scale), averaged where both are known. A reasoning model's thinking counts in its time to first token.
 */
export const speed: Criterion = {
  id: "speed",
  baseWeight: () => 0.1,
  value: (c) => {
    if (c.tokensPerSecond === undefined) return thinks(c) ? UNKNOWN_SPEED_REASONING : UNKNOWN_SPEED;
    const decode = clamp01((c.tokensPerSecond - SPEED_SLOW_TPS) / (SPEED_FAST_TPS - SPEED_SLOW_TPS));
    const ttft = visibleTtft(c);
    if (ttft === undefined) return decode;
    const wait = clamp01(1 - Math.log(Math.max(ttft, TTFT_GOOD_SECONDS) / TTFT_GOOD_SECONDS) / Math.log(TTFT_BAD_SECONDS / TTFT_GOOD_SECONDS));
    return (decode + wait) / 2;
  },
  note: (c) => {
    const d = c.self?.decode;
    const ttft = visibleTtft(c);
    return msg("crit-speed", {
      ...(c.tokensPerSecond !== undefined ? { tps: c.tokensPerSecond } : {}),
      ...(d ? { low: d.low, high: d.high } : {}),
      ...(ttft !== undefined ? { ttft } : {}),
      reasoning: thinks(c),
      measured: c.kind === "api" ? c.tokensPerSecond !== undefined : false,
    });
  },
};
