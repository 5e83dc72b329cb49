// Hand-written number formatting: Intl.NumberFormat (and toLocaleString, which builds one per
// call) took most of recommend()'s time when every candidate wrote its notes. en-US style.

/** "1234567.891" -> "1,234,567.89" with at most `digits` decimals (trailing zeros dropped unless `fixed`). */
function group(n: number, digits: number, fixed = false): string {
  let text = n.toFixed(digits);
  if (!fixed && digits > 0) text = text.replace(/\.?0+$/, "");
  const negative = text.startsWith("-");
  if (negative) text = text.slice(1);
  const dot = text.indexOf(".");
  const int = dot < 0 ? text : text.slice(0, dot);
  const frac = dot < 0 ? "" : text.slice(dot);
  let out = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ",";
    out += int[i];
  }
  const result = `${out}${frac}`;
  return negative && result !== "0" ? `-${result}` : result;
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
