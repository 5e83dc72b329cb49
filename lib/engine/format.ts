// Hand-written number formatting: Intl.NumberFormat (and toLocaleString, which builds one per
// call) took most of recommend()'s time when every candidate wrote its notes; toFixed itself is
// avoided where its result is certain (fixedText). en-US style.

const POW10 = [1, 10, 100, 1000];

/**
 * The same text as n.toFixed(digits), without toFixed (slow in V8) in the common case: a
 * non-negative figure whose scaled value is below 1e9 (so its rounding error is far below 1e-6)
 * and not within 1e-6 of a tie, where rounding the scaled double cannot differ from rounding the
 * exact decimal value. Everything else goes to toFixed.
 */
function fixedText(n: number, digits: number): string {
  const scale = POW10[digits];
  const scaled = scale === undefined ? -1 : n * scale;
  if (scale === undefined || !(scaled >= 0 && scaled < 1e9) || Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) return n.toFixed(digits);
  const k = Math.round(scaled);
  if (digits === 0) return `${k}`;
  const int = Math.floor(k / scale);
  const frac = `${k - int * scale}`;
  return `${int}.${frac.length < digits ? "0".repeat(digits - frac.length) + frac : frac}`;
}

/** "1234567.891" -> "1,234,567.89" with at most `digits` decimals (trailing zeros dropped unless `fixed`). */
function group(n: number, digits: number, fixed = false): string {
  let text = fixedText(n, digits);
  if (!fixed && digits > 0) {
    // Drop trailing zeros of the fraction, then a bare dot ("12.50" -> "12.5", "12.00" -> "12").
    let end = text.length;
    while (text.charCodeAt(end - 1) === 48 /* 0 */) end--;
    if (text.charCodeAt(end - 1) === 46 /* . */) end--;
    text = text.slice(0, end);
  }
  const negative = text.charCodeAt(0) === 45; /* - */
  const start = negative ? 1 : 0;
  const dot = text.indexOf(".");
  const intEnd = dot < 0 ? text.length : dot;
  // Below 1,000 there is nothing to group: most figures in notes.
  if (intEnd - start <= 3) return text === "-0" ? "0" : text;
  const head = (intEnd - start) % 3 || 3;
  let out = negative ? `-${text.slice(start, start + head)}` : text.slice(start, start + head);
  for (let i = start + head; i < intEnd; i += 3) out += `,${text.slice(i, i + 3)}`;
  return dot < 0 ? out : out + text.slice(dot);
}

/** n.toFixed(digits), the same text, usually without calling toFixed (see fixedText). */
export function fixed(n: number, digits: number): string {
  return fixedText(n, digits);
}

/** Bytes as decimal gigabytes, as GPU memory is sold: "80.5 GB". */
export function gb(bytes: number): string {
  return `${group(bytes / 1e9, 1)} GB`;
}

/** "$1,234.50" */
export function usd(n: number): string {
  return `$${group(n, 2, true)}`;
}

/** A whole count with thousands separators: "131,072". */
export function count(n: number): string {
  return group(n, 0);
}

/** Millions of tokens: "225M", "1.5M". */
export function mtok(n: number): string {
  return `${group(n / 1e6, 2)}M`;
}
