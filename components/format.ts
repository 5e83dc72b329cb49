/** Presentation helpers: numbers as a person reads them. No scoring here. */

const usd0 = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const usd2 = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 2 });

/** $1,234 for large sums, $0.42 for small ones. */
export function formatUsd(n: number): string {
  return Math.abs(n) >= 100 ? usd0.format(n) : usd2.format(n);
}

const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
/** 300M, 1.5B, 20K. */
export function formatCompact(n: number): string {
  return compact.format(n);
}

/** Bytes as GB (decimal, as GPU memory is sold). */
export function formatGB(bytes: number): string {
  const gb = bytes / 1e9;
  return `${gb >= 100 ? gb.toFixed(0) : gb.toFixed(1)} GB`;
}

/** Context sizes: 8k, 128k, 1M tokens (binary k and M where the number is a power-of-two multiple). */
export function formatTokens(n: number): string {
  if (n >= 1_000_000) return `${n % 1_048_576 === 0 ? n / 1_048_576 : +(n / 1e6).toFixed(1)}M`;
  if (n >= 1000) return `${n % 1024 === 0 ? n / 1024 : Math.round(n / 1000)}k`;
  return String(n);
}

export function formatPercent(x: number): string {
  return `${Math.round(x * 100)}%`;
}
