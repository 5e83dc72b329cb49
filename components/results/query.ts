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
