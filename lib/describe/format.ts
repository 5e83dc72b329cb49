/**
 * Number formats for people: money, token counts, bytes and speeds. Fixed to en-US so that a
 * report reads the same on every server, whatever its locale.
 */
const LOCALE = "en-US";

export function formatUsd(n: number): string {
  const digits = Math.abs(n) < 10 && n !== 0 && !Number.isInteger(n) ? 2 : 0;
  return n.toLocaleString(LOCALE, { style: "currency", currency: "USD", minimumFractionDigits: digits, maximumFractionDigits: digits });
}

const SCALE: readonly [number, string][] = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
  [1e3, "thousand"],
];

/** 300000000 -> "300 million"; 1500 -> "1.5 thousand"; 812 -> "812". */
export function formatCountWords(n: number): string {
  for (const [mult, word] of SCALE) {
    if (Math.abs(n) >= mult) return `${(n / mult).toLocaleString(LOCALE, { maximumFractionDigits: 1 })} ${word}`;
  }
  return n.toLocaleString(LOCALE, { maximumFractionDigits: 0 });
}

/** 131072 -> "131,072". */
export function formatInt(n: number): string {
  return Math.round(n).toLocaleString(LOCALE);
}

/** Bytes in decimal gigabytes (as GPU memory is sold): 80e9 -> "80 GB". */
export function formatGb(bytes: number): string {
  const gb = bytes / 1e9;
  return `${gb.toLocaleString(LOCALE, { maximumFractionDigits: gb < 10 ? 1 : 0 })} GB`;
}

export function formatTokensPerSecond(tps: number): string {
  return `${tps.toLocaleString(LOCALE, { maximumFractionDigits: tps < 10 ? 1 : 0 })} tokens/s`;
}

export function formatPercent(share: number): string {
  return `${(share * 100).toLocaleString(LOCALE, { maximumFractionDigits: 0 })}%`;
}

/** Join words as a person would: "a", "a and b", "a, b and c". */
export function joinWords(items: readonly string[], last = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}
