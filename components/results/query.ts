/**
 * Edit one parameter of a share query without re-encoding the others: the share format keeps
 * "," and ":" readable, which URLSearchParams.toString() would escape.
 */
export function setParam(query: string, key: string, value: string | undefined): string {
  const parts = query.replace(/^\?/, "").split("&").filter((p) => p !== "" && p.slice(0, p.indexOf("=") < 0 ? p.length : p.indexOf("=")) !== key);
  if (value !== undefined && value !== "") parts.push(`${key}=${value}`);
  return parts.join("&");
}

/** The share query's pairs, for hidden inputs of a GET form. */
export function pairsOf(query: string): [string, string][] {
  return [...new URLSearchParams(query).entries()];
}

/** What the results page shows beyond the answers: ticked options, every ranked row, every left-out one. */
export type View = { cmp: string[]; all: boolean; excludedAll: boolean };

/** The page's own link for a view of these answers; the view parameters follow the share query. */
export function viewHref(shareQuery: string, view: View): string {
  const extra = [
    ...view.cmp.map((id) => `cmp=${encodeURIComponent(id)}`),
    view.all ? "all=1" : "",
    view.excludedAll ? "excluded=all" : "",
  ].filter(Boolean);
  return `/results?${[shareQuery, ...extra].join("&")}`;
}
