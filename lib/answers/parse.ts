import type { z } from "zod";
import { Answers, AnswersFields, type AnswerField } from "../schema/answers";
import type { Catalog } from "../schema/catalog";
import { CRITERIA, TASKS } from "../schema/common";
import { decodeRaw } from "../share/decode-raw";
import { PARAMS } from "../share/params";
import { catalogIssues } from "./catalog-checks";
import { capIssues, issueKind, pathOf, type BoundaryIssue, type IssueKind } from "./issues";
import { kindOfZodIssue } from "./kinds";

export type AnswersResult = { ok: true; answers: Answers } | { ok: false; issues: BoundaryIssue[] };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** What an unknown key should have been, by the object it sits in. */
function unknownKey(parent: string, path: string): BoundaryIssue {
  if (parent === "") return { path, message: "is not an Answers field", kind: issueKind("unknown-field", {}) };
  if (parent === "tasks") return { path, message: `is not a task: expected one of ${TASKS.join(", ")}`, kind: issueKind("unknown-task", { values: TASKS }) };
  if (parent === "weights") return { path, message: `is not a criterion: expected one of ${CRITERIA.join(", ")}`, kind: issueKind("unknown-criterion", { values: CRITERIA }) };
  return { path, message: "is not an allowed field here", kind: issueKind("unknown-key", {}) };
}

/**
 * Own keys that a record schema drops without a word: "__proto__" written in JSON is an own key
 * after JSON.parse, yet never reaches zod's key check. Named like any other unknown key.
 */
function hiddenKeys(input: unknown): BoundaryIssue[] {
  const out: BoundaryIssue[] = [];
  if (input === null || typeof input !== "object") return out;
  const check = (parent: string, known: readonly string[]) => {
    const obj = (input as Record<string, unknown>)[parent];
    if (!Object.hasOwn(input, parent) || obj === null || typeof obj !== "object" || Array.isArray(obj)) return;
    for (const key of Object.keys(obj)) if (!known.includes(key) && (key === "__proto__" || key === "constructor" || key === "prototype")) out.push(unknownKey(parent, `${parent}.${key}`));
  };
  if (Object.hasOwn(input, "__proto__")) out.push(unknownKey("", "__proto__"));
  check("tasks", TASKS);
  check("weights", CRITERIA);
  return out;
}

/** One issue per bad field, worded for a person: a missing field says so, an unknown key is named. */
function toIssues(error: z.ZodError, input: unknown): BoundaryIssue[] {
  const out: BoundaryIssue[] = [];
  for (const zi of error.issues) {
    const path = pathOf(zi.path);
    if (zi.code === "unrecognized_keys") {
      for (const key of zi.keys) out.push(unknownKey(path, pathOf([...zi.path, key])));
    } else if (zi.code === "invalid_type" && zi.path.length === 0) {
      out.push({ path: "", message: "must be a JSON object of Answers fields", kind: issueKind("not-object", {}) });
    } else if (zi.code === "invalid_type" && valueAt(input, zi.path) === undefined) {
      out.push({ path, message: `is required (expected ${zi.expected})`, kind: issueKind("required", { expected: zi.expected }) });
    } else {
      out.push({ path, message: zi.message, kind: kindOfZodIssue(zi) });
    }
  }
  return out;
}

function finish(answers: Answers, catalog: Pick<Catalog, "gpus">, fromQuery = false): AnswersResult {
  const param = PARAMS.hardware.param;
  const issues = catalogIssues(answers, catalog).map((i): BoundaryIssue => (fromQuery ? { ...i, message: `query parameter "${param}": ${i.message}`, query: { param, expected: false } } : i));
  return issues.length > 0 ? { ok: false, issues: capIssues(issues) } : { ok: true, answers };
}

/** Answers JSON (already parsed: API body, CLI file) -> Answers with defaults applied, or the issues. */
export function answersFromJson(input: unknown, catalog: Pick<Catalog, "gpus">): AnswersResult {
  const hidden = hiddenKeys(input);
  const parsed = Answers.safeParse(input);
  if (!parsed.success || hidden.length > 0) return { ok: false, issues: capIssues([...hidden, ...(parsed.success ? [] : toIssues(parsed.error, input))]) };
  return finish(parsed.data, catalog);
}

/**
 * A share query (`t=coding:3&r=eu&...`, a string or URLSearchParams) -> Answers, or the issues.
 * Each message names the query parameter (`b=`) and what it expects; `path` is the Answers path.
 * Unknown parameters are ignored: the surfaces add their own (limit, lang, theme, top, ...).
 */
export function answersFromQuery(query: string | URLSearchParams, catalog: Pick<Catalog, "gpus">): AnswersResult {
  // A string goes through URLSearchParams: Next may hand a URL whose "," and ":" are percent-encoded,
  // and the decoded form reads both spellings alike.
  const { raw, issues } = decodeRaw(typeof query === "string" ? new URLSearchParams(query) : query);
  const parsed = Answers.safeParse(raw);
  if (parsed.success && issues.length === 0) return finish(parsed.data, catalog, true);
  const bad = new Set(issues.map((i) => i.field as string));
  const all: BoundaryIssue[] = issues.map(({ path, message, kind, param }) => ({ path, message, kind, query: { param, expected: true } }));
  for (const zi of parsed.success ? [] : parsed.error.issues) {
    const field = zi.path[0] as AnswerField | undefined;
    if (field === undefined || bad.has(field) || !Object.hasOwn(PARAMS, field)) continue;
    const { param, expected } = PARAMS[field];
    const path = pathOf(zi.path);
    const query = { param, expected: true };
    if (raw[field] === undefined) all.push({ path, message: `query parameter "${param}" is missing: expected ${expected}`, kind: issueKind("query-missing", {}), query });
    else all.push({ path, message: `query parameter "${param}": ${zi.message} (expected ${expected})`, kind: kindOfZodIssue(zi), query });
  }
  return { ok: false, issues: capIssues(all) };
}

/** One field on its own (the wizard checks each step): the schema's verdict and, for GPUs, the catalog's. */
export function checkField<K extends AnswerField>(field: K, value: unknown, catalog: Pick<Catalog, "gpus">): { ok: true; value: z.output<typeof AnswersFields>[K] } | { ok: false; message: string; kind: IssueKind } {
  const r = AnswersFields.shape[field].safeParse(value);
  if (!r.success) {
    const zi = r.error.issues[0];
    return zi ? { ok: false, message: zi.message, kind: kindOfZodIssue(zi) } : { ok: false, message: "is not valid", kind: issueKind("invalid", {}) };
  }
  if (field === "hardware") {
    const issue = catalogIssues({ hardware: r.data } as Answers, catalog)[0];
    if (issue) return { ok: false, message: issue.message, kind: issue.kind };
  }
  return { ok: true, value: r.data as z.output<typeof AnswersFields>[K] };
}
