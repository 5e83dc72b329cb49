/** Bytes as decimal gigabytes, as GPU memory is sold: "80.5 GB". */
export function gb(bytes: number): string {
  return `${(bytes / 1e9).toLocaleString("en-US", { maximumFractionDigits: 1 })} GB`;
}

export function usd(n: number): string {
  return `$${n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
