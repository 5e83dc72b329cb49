import { TASKS, CRITERIA } from "../schema/common";
import { EXPECTED, FIELD_OF, PARAM, type Field } from "./params";
import { parseCount } from "./tokens";

export type QueryIssue = { field: Field; path: string; message: string };

/** Split a query into its first value per parameter; atoms stay percent-encoded. */
function rawPairs(query: string | URLSearchParams): Map<string, string> {
  const pairs = new Map<string, string>();
  if (typeof query !== "string") {
    // Already decoded: re-encode each value's atoms so that one splitter serves both inputs.
    for (const [k, v] of query) if (!pairs.has(k)) pairs.set(k, v.split(/([,:])/).map((s, i) => (i % 2 ? s : encodeURIComponent(s))).join(""));
    return pairs;
  }
  for (const part of query.replace(/^\?/, "").split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const key = eq < 0 ? part : part.slice(0, eq);
    if (!pairs.has(key)) pairs.set(key, eq < 0 ? "" : part.slice(eq + 1));
  }
  return pairs;
}

function unescape(atom: string): string | undefined {
  try {
    return decodeURIComponent(atom.replace(/\+/g, " "));
  } catch {
    return undefined;
  }
}

/**
 * Turn the query into the raw object the Answers schema validates; shapes the schema cannot
 * see (a non-number, an unknown task, "a:b" pairs) are reported here, by field.
 */
export function decodeRaw(query: string | URLSearchParams): { raw: Partial<Record<Field, unknown>>; issues: QueryIssue[] } {
  const raw: Partial<Record<Field, unknown>> = {};
  const issues: QueryIssue[] = [];
  const fail = (field: Field, path: string, what: string) =>
    issues.push({ field, path, message: `query parameter "${PARAM[field]}": ${what} (expected ${EXPECTED[field]})` });

  for (const [param, value] of rawPairs(query)) {
    const field = FIELD_OF.get(param);
    if (field === undefined) continue;
    const items = value === "" ? [] : value.split(",").map((item) => item.split(":").map(unescape));
    if (items.some((parts) => parts.some((p) => p === undefined))) {
      fail(field, field, `"${value}" is not valid percent-encoding`);
      continue;
    }
    const list = items as string[][];
    switch (field) {
      case "tasks":
      case "weights": {
        const known: readonly string[] = field === "tasks" ? TASKS : CRITERIA;
        const out: Record<string, number> = {};
        for (const [key = "", num, ...extra] of list) {
          const n = num === undefined || num === "" || extra.length > 0 ? undefined : Number(num);
          if (!known.includes(key)) fail(field, `${field}.${key}`, `"${key}" is not one of ${known.join(", ")}`);
          else if (n === undefined || Number.isNaN(n)) fail(field, `${field}.${key}`, `"${list.find((l) => l[0] === key)?.join(":")}" needs a number after ":"`);
          else out[key] = n;
        }
        raw[field] = out;
        break;
      }
      case "hardware":
        raw.hardware = list.map(([gpu = "", count, ...extra], i) => {
          const n = count === undefined ? 1 : Number(count);
          if (count === "" || Number.isNaN(n) || extra.length > 0) fail(field, `hardware[${i}].count`, `"${count ?? ""}" is not a GPU count`);
          return { gpu, count: n };
        });
        break;
      case "regions":
      case "hosting":
      case "excludedOrigins":
        raw[field] = list.map((parts) => parts.join(":"));
        break;
      case "budgetUsdPerMonth":
      case "tokensPerMonth":
      case "minContextTokens":
      case "inputShare": {
        const text = list.map((p) => p.join(":")).join(",");
        const n = field === "inputShare" ? (text === "" ? undefined : Number(text)) : parseCount(text);
        if (n === undefined || Number.isNaN(n)) fail(field, field, `"${text}" is not a number`);
        else raw[field] = n;
        break;
      }
      default: {
        const text = list.map((p) => p.join(":")).join(",");
        if (text === "1" || text === "true") raw[field] = true;
        else if (text === "0" || text === "false") raw[field] = false;
        else fail(field, field, `"${text}" is not 1 or 0`);
      }
    }
  }
  return { raw, issues };
}
