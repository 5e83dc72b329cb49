import type { Effort, Mode } from "./types";

/** A row's setting in words, from its mode and any extra notes (edit format, provider, precision). */
export function describe(mode: Mode, extra: readonly string[] = []): string | undefined {
  const parts: string[] = [];
  if (mode.thinking === true) parts.push(mode.budget ? `thinking on, ${mode.budget}-token budget` : "thinking on");
  if (mode.thinking === false) parts.push("thinking off");
  if (mode.effort) parts.push(`reasoning effort ${mode.effort}`);
  parts.push(...extra);
  return parts.length > 0 ? parts.join("; ") : undefined;
}

/** A setting and its mode, ready to spread into a DraftRow. */
export function withMode(mode: Mode, extra: readonly string[] = []): { mode: Mode; setting?: string } {
  const setting = describe(mode, extra);
  return setting ? { mode, setting } : { mode };
}

const EFFORT_WORDS: Record<string, Effort> = { none: "none", minimal: "minimal", low: "low", medium: "medium", high: "high", xhigh: "xhigh", max: "max" };

/** "high" -> "high"; anything that is not an effort word -> undefined. */
export function effortOf(word: string | undefined): Effort | undefined {
  return word === undefined ? undefined : EFFORT_WORDS[word.toLowerCase()];
}
