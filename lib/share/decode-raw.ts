import { issueKind, type IssueKind } from "../answers/issues";
import { CRITERIA, TASKS } from "../schema/common";
import { FIELD_OF, PARAMS, type Field } from "./params";
import { parseCount } from "./tokens";

/** A parameter's text the schema never sees, with its kind for the vocabulary (lib/answers/issues.ts). */
export type QueryIssue = { field: Field; param: string; path: string; message: string; kind: IssueKind };

/**
 * A query value holds at most this many items: the longest honest list is a few dozen country
 * codes, and a URL of 15,000 commas must not become 15,000 issues (or options) to write.
 */
export const MAX_ITEMS = 64;

/** The first value of each parameter (a repeated parameter keeps its first value). */
function firstValues(query: URLSearchParams): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const [k, v] of query) if (!pairs.has(k)) pairs.set(k, v);
  return pairs;
}

type Fail = (path: string, what: string, kind: IssueKind) => void;

/** "coding:3,chat:2" -> { coding: 3, chat: 2 }; keys must be in `known`. */
function readMap(field: Field, list: string[][], known: readonly string[], fail: Fail): Record<string, number> {
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [key = "", num, ...extra] of list) {
    const n = num === undefined || num === "" || extra.length > 0 ? undefined : Number(num);
    if (!known.includes(key)) fail(`${field}.${key}`, `"${key}" is not one of ${known.join(", ")}`, issueKind("query-unknown-key", { key, values: known }));
    else if (n === undefined || Number.isNaN(n)) {
      const text = [key, num ?? "", ...extra].join(":");
      fail(`${field}.${key}`, `"${text}" needs a number after ":"`, issueKind("query-pair", { text }));
    } else out[key] = n;
  }
  // A plain object for the schema: a key like "__proto__" was reported above, never set.
  return { ...out };
}

function readValue(field: Field, list: string[][], fail: Fail): unknown {
  const text = () => list.map((p) => p.join(":")).join(",");
  switch (PARAMS[field].kind) {
    case "taskMap":
      return readMap(field, list, TASKS, fail);
    case "weightMap":
      return readMap(field, list, CRITERIA, fail);
    case "hardware":
      return list.map(([gpu = "", count, ...extra], i) => {
        const n = count === undefined ? 1 : Number(count);
        if (count === "" || Number.isNaN(n) || extra.length > 0) fail(`hardware.${i}.count`, `"${count ?? ""}" is not a GPU count`, issueKind("query-gpu-count", { text: count ?? "" }));
        return { gpu, count: n };
      });
    case "list":
      return list.map((parts) => parts.join(":"));
    case "count":
    case "number": {
      const t = text();
      const n = PARAMS[field].kind === "count" ? parseCount(t) : t === "" ? undefined : Number(t);
      if (n !== undefined && !Number.isNaN(n)) return n;
      const shown = t.length > 40 ? `${t.slice(0, 40)}...` : t;
      fail(field, `"${shown}" is not a number`, issueKind("query-number", { text: shown }));
      return undefined;
    }
    case "bool": {
      const t = text();
      if (t === "1" || t === "true") return true;
      if (t === "0" || t === "false") return false;
      fail(field, `"${t}" is not 1 or 0`, issueKind("query-bool", { text: t }));
      return undefined;
    }
    case "text":
      return text();
  }
}

/**
 * Turn the query (as URLSearchParams: percent-decoding is theirs) into the raw object the Answers schema validates; shapes the schema cannot
 * see (a non-number, an unknown task, "a:b" pairs) are reported here, by field. `path` is the
 * Answers path ("tasks.coding", "hardware.0.count"); the message names the query parameter.
 */
export function decodeRaw(query: URLSearchParams): { raw: Partial<Record<Field, unknown>>; issues: QueryIssue[] } {
  const raw: Partial<Record<Field, unknown>> = {};
  const issues: QueryIssue[] = [];
  for (const [param, value] of firstValues(query)) {
    const field = FIELD_OF.get(param);
    if (field === undefined) continue;
    const fail: Fail = (path, what, kind) => issues.push({ field, param, path, message: `query parameter "${param}": ${what} (expected ${PARAMS[field].expected})`, kind });
    const atoms = value === "" ? [] : value.split(",");
    if (atoms.length > MAX_ITEMS) {
      fail(field, `has ${atoms.length} items; at most ${MAX_ITEMS}`, issueKind("query-items", { count: atoms.length, max: MAX_ITEMS }));
      continue;
    }
    // Values arrive decoded; catalog ids and codes never hold "," or ":", the separators.
    const v = readValue(field, atoms.map((item) => item.split(":")), fail);
    if (v !== undefined) raw[field] = v;
  }
  return { raw, issues };
}
