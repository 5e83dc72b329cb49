/**
 * Token counts with a readable suffix: 300M, 1.5B, 20k. Plain numbers are accepted too.
 * Suffixes are decimal (k = 1,000), as token prices are quoted per million.
 */
const SUFFIXES: readonly [string, number][] = [
  ["T", 1e12],
  ["B", 1e9],
  ["M", 1e6],
  ["k", 1e3],
];
const ACCEPTED: Record<string, number> = { T: 1e12, B: 1e9, G: 1e9, M: 1e6, k: 1e3, K: 1e3 };

/** Parse "300M", "1.5B", "20k" or "8192"; undefined when it is not a number. */
export function parseCount(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?|\.\d+)(?:e([+-]?\d+))?([A-Za-z]?)$/.exec(text.trim());
  if (!m) return undefined;
  const [, digits = "", exp, suffix = ""] = m;
  const mult = suffix === "" ? 1 : ACCEPTED[suffix];
  if (mult === undefined) return undefined;
  const base = Number(exp === undefined ? digits : `${digits}e${exp}`);
  const n = base * mult;
  return Number.isFinite(n) ? n : undefined;
}

/** Write a count with the largest suffix that reads back to exactly the same number. */
export function formatCount(n: number): string {
  for (const [suffix, mult] of SUFFIXES) {
    if (Math.abs(n) < mult) continue;
    const text = `${String(n / mult)}${suffix}`;
    if (!text.includes("e") && parseCount(text) === n && text.length <= String(n).length) return text;
  }
  return String(n);
}
