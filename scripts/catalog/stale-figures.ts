/** Figures in data/ whose as-of date is older than a cut-off: prices, rentals and model facts to re-read. */

export type StaleFigure = { asOf: string; kind: "offering price" | "rental" | "model facts"; file: string; what: string };

type Json = Record<string, unknown>;
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const str = (v: unknown) => (typeof v === "string" ? v : "");

/** The date `days` days before `today` (both YYYY-MM-DD, UTC). */
export function cutoff(today: string, days: number): string {
  const t = Date.parse(`${today}T00:00:00Z`);
  return new Date(t - days * 86_400_000).toISOString().slice(0, 10);
}

export function staleFigures(files: readonly { path: string; data: unknown }[], today: string, days: number): StaleFigure[] {
  const limit = cutoff(today, days);
  const out: StaleFigure[] = [];
  const old = (asOf: string) => asOf !== "" && asOf < limit;
  for (const { path, data } of files) {
    const d = (data ?? {}) as Json;
    if (path.startsWith("providers/")) {
      for (const o of arr(d.offerings)) {
        const asOf = str(o.asOf);
        if (old(asOf)) out.push({ asOf, kind: "offering price", file: path, what: `${str(o.model)}${o.endpoint ? `@${str(o.endpoint)}` : ""}` });
      }
    } else if (path.startsWith("gpus/")) {
      for (const r of arr(d.rentals)) {
        const asOf = str(r.asOf);
        if (old(asOf)) out.push({ asOf, kind: "rental", file: path, what: `${str(r.cloud)} ${str(r.kind)}${r.region ? ` (${str(r.region)})` : ""}${r.sku ? ` ${str(r.sku)}` : ""}` });
      }
    } else if (path.startsWith("models/")) {
      // A model's facts are as fresh as the newest place they were read.
      const newest = arr(d.sources).map((s) => str(s.asOf)).sort().pop() ?? "";
      if (old(newest)) out.push({ asOf: newest, kind: "model facts", file: path, what: str(d.name) });
    }
  }
  return out.sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : a.what < b.what ? -1 : 1));
}
