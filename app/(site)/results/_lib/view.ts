/**
 * What the results page shows beyond the answers: pages loaded, grouping, every exclusion, a model
 * to find, ticked options, a model whose other ways are open. Surface parameters only (never
 * answers): `offset`, `group`, `excluded` and `find` are the contract's reserved names; `cmp` and
 * `ways` are this page's own.
 */
export type View = {
  /** The offset of the last page loaded; every page before it is shown too ("Show more"). */
  offset: number;
  group: "option" | "model";
  excludedAll: boolean;
  find: string;
  cmp: string[];
  ways: string;
};

export const PAGE = 20;
/** Pages a link may ask for at once: ten pages of twenty. */
export const MAX_OFFSET = 180;

const text = (s: string | null, max: number) => (s ?? "").trim().slice(0, max);

export function readView(p: URLSearchParams): View {
  const raw = Number(p.get("offset") ?? 0);
  const offset = Number.isInteger(raw) && raw > 0 ? Math.min(MAX_OFFSET, Math.floor(raw / PAGE) * PAGE) : 0;
  return {
    offset,
    group: p.get("group") === "model" ? "model" : "option",
    excludedAll: p.get("excluded") === "all",
    find: text(p.get("find"), 80),
    cmp: p.getAll("cmp").map((c) => c.slice(0, 200)).slice(0, 10),
    ways: text(p.get("ways"), 120),
  };
}

/** The page's own link for a view of these answers; the view parameters follow the share query. */
export function viewHref(shareQuery: string, v: View, hash = "", base = "/results"): string {
  const extra = [
    v.group === "model" ? "group=model" : "",
    v.offset > 0 ? `offset=${v.offset}` : "",
    v.excludedAll ? "excluded=all" : "",
    v.find ? `find=${encodeURIComponent(v.find)}` : "",
    ...v.cmp.map((id) => `cmp=${encodeURIComponent(id)}`),
    v.ways ? `ways=${encodeURIComponent(v.ways)}` : "",
  ].filter(Boolean);
  return `${base}?${[shareQuery, ...extra].join("&")}${hash}`;
}

/** The view's own fields for a GET form, beside the answers (without the ones the form sets itself). */
export function viewFields(v: View, skip: readonly (keyof View)[] = []): [string, string][] {
  const out: [string, string][] = [];
  const has = (k: keyof View) => !skip.includes(k);
  if (has("group") && v.group === "model") out.push(["group", "model"]);
  if (has("offset") && v.offset > 0) out.push(["offset", String(v.offset)]);
  if (has("excludedAll") && v.excludedAll) out.push(["excluded", "all"]);
  if (has("find") && v.find) out.push(["find", v.find]);
  if (has("ways") && v.ways) out.push(["ways", v.ways]);
  return out;
}
