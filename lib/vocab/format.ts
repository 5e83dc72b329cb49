import type { Currency } from "../schema/common";

/**
 * The one number, money and size formatter every surface uses (page, widget, PDF, CLI, API
 * sentences). Hand-written rather than Intl.NumberFormat: it runs for every sentence of every
 * option, where building formatters cost most of a call's time. Two locales: "en" (1,234.5) and
 * "zh" (1,234.5, with 万/亿 for large token counts).
 */
export type Locale = "en" | "zh";
export const LOCALES: readonly Locale[] = ["en", "zh"];

const POW10 = [1, 10, 100, 1000, 10000];

/** n.toFixed(digits) without toFixed (slow in V8) when the result is certain. */
export function fixed(n: number, digits: number): string {
  const scale = POW10[digits];
  const scaled = scale === undefined ? -1 : n * scale;
  if (scale === undefined || !(scaled >= 0 && scaled < 1e9) || Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) return n.toFixed(digits);
  const k = Math.round(scaled);
  if (digits === 0) return `${k}`;
  const int = Math.floor(k / scale);
  const frac = `${k - int * scale}`;
  return `${int}.${frac.length < digits ? "0".repeat(digits - frac.length) + frac : frac}`;
}

/** "1234567.891" -> "1,234,567.89" with at most `digits` decimals (trailing zeros dropped unless `keepZeros`). */
export function grouped(n: number, digits = 0, keepZeros = false): string {
  let text = fixed(n, digits);
  if (!keepZeros && digits > 0 && text.includes(".")) text = text.replace(/\.?0+$/, "");
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf(".");
  const int = dot < 0 ? body : body.slice(0, dot);
  const rest = dot < 0 ? "" : body.slice(dot);
  const withCommas = int.length <= 3 ? int : int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const out = `${negative ? "-" : ""}${withCommas}${rest}`;
  return out === "-0" ? "0" : out;
}

const SYMBOL: Record<Currency, string> = { USD: "$", EUR: "€", CNY: "¥" };

/** Exchange rates for display: USD per unit of each currency, with their date. */
export type DisplayFx = Partial<Record<Currency, { usdPer: number; asOf: string }>>;

/**
 * Money: "$1,234.50" (to the cent), or "$1,235" with `whole`. A USD amount is shown in `currency`
 * at the dated rate; without a rate it stays in USD. The figure is converted once, from the
 * exact USD value, so nothing is rounded twice.
 */
export function money(usd: number, opts: { currency?: Currency; fx?: DisplayFx; whole?: boolean } = {}): string {
  const cur = opts.currency ?? "USD";
  const rate = cur === "USD" ? 1 : opts.fx?.[cur]?.usdPer;
  const c = rate === undefined ? "USD" : cur;
  const v = rate === undefined ? usd : usd / rate;
  const digits = opts.whole ? 0 : Math.abs(v) > 0 && Math.abs(v) < 0.01 ? 4 : 2;
  const text = grouped(Math.abs(v), digits, digits === 2);
  return `${v < 0 ? "-" : ""}${SYMBOL[c]}${text}`;
}

/** A price published in its own currency: "EUR 0.90". */
export function nativeMoney(amount: number, currency: Currency): string {
  return currency === "USD" ? `$${grouped(amount, 4, false)}` : `${currency} ${grouped(amount, 4, false)}`;
}

/** A whole count with thousands separators: "131,072". */
export const count = (n: number) => grouped(n, 0);

/** Tokens with a suffix: "225M", "1.5B", "20k"; zh: "2.25亿", "1,500万". */
export function tokens(n: number, locale: Locale = "en"): string {
  if (locale === "zh") {
    if (n >= 1e8) return `${grouped(n / 1e8, 2)}亿`;
    if (n >= 1e4) return `${grouped(n / 1e4, 1)}万`;
    return grouped(n, 0);
  }
  if (n >= 1e12) return `${grouped(n / 1e12, 2)}T`;
  if (n >= 1e9) return `${grouped(n / 1e9, 2)}B`;
  if (n >= 1e6) return `${grouped(n / 1e6, 2)}M`;
  if (n >= 1e3) return `${grouped(n / 1e3, 1)}k`;
  return grouped(n, 0);
}

/** Memory in GiB, as GPU memory is sold ("24 GB" cards hold 24 GiB): "19.8 GB". */
export function gigabytes(bytes: number): string {
  return `${grouped(bytes / 2 ** 30, 1)} GB`;
}

/** A share as a percentage: "45 %". */
export function percent(share: number, digits = 0): string {
  return `${grouped(share * 100, digits)} %`;
}

/** A speed: "55 tokens/s" (1 decimal under 10). */
export function speed(tps: number): string {
  return grouped(tps, tps < 10 ? 1 : 0);
}

/** Seconds, readable: "0.4 s", "12 s", "3.5 min". */
export function seconds(s: number): string {
  if (s < 10) return `${grouped(s, s < 1 ? 2 : 1)} s`;
  if (s < 120) return `${grouped(s, 0)} s`;
  return `${grouped(s / 60, 1)} min`;
}
