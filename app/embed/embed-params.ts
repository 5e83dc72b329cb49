/** The widget's own query parameters, beside the share query: theme, top and the frame id. */

export const THEMES = ["light", "dark", "auto"] as const;
export type EmbedTheme = (typeof THEMES)[number];

export const DEFAULT_TOP = 3;
export const MAX_TOP = 5;

/** `light`, `dark` or `auto` (follow the reader's system); anything else is `auto`. */
export function parseTheme(value: string | null): EmbedTheme {
  return THEMES.find((t) => t === value) ?? "auto";
}

/** How many options to show: a whole number from 1 to 5; default 3, larger values are capped at 5. */
export function parseTop(value: string | null): number {
  if (value === null || !/^\d{1,3}$/.test(value)) return DEFAULT_TOP;
  const n = Number(value);
  return n < 1 ? DEFAULT_TOP : Math.min(n, MAX_TOP);
}

/** The id embed.js gave the frame, echoed in height messages; a short token or nothing. */
export function parseFrameId(value: string | null): string | undefined {
  return value !== null && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : undefined;
}

/** Next's searchParams object -> URLSearchParams, keeping every value of a repeated key. */
export function toSearchParams(params: Record<string, string | string[] | undefined>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) out.append(key, v);
  }
  return out;
}
