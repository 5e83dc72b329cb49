import type { z } from "zod";
import { Answers, AnswersFields, type AnswerField } from "../schema/answers";
import type { Catalog } from "../schema/catalog";
import { CRITERIA, TASKS } from "../schema/common";
import { decodeRaw } from "../share/decode-raw";
import { PARAMS } from "../share/params";
import { catalogIssues } from "./catalog-checks";
import { capIssues, pathOf, type AnswerIssue } from "./issues";

export type AnswersResult = { ok: true; answers: Answers } | { ok: false; issues: AnswerIssue[] };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** What an unknown key should have been, by the object it sits in. */
function unknownKeyMessage(parent: string): string {
  if (parent === "") return "is not an Answers field";
  if (parent === "tasks") return `is not a task: expected one of ${TASKS.join(", ")}`;
  if (parent === "weights") return `is not a criterion: expected one of ${CRITERIA.join(", ")}`;
  return "is not an allowed field here";
}

/**
 * Own keys that a record schema drops without a word: "__proto__" written in JSON is an own key
 * after JSON.parse, yet never reaches zod's key check. Named like any other unknown key.
 */
function hiddenKeys(input: unknown): AnswerIssue[] {
  const out: AnswerIssue[] = [];
  if (input === null || typeof input !== "object") return out;
  const check = (parent: string, known: readonly string[]) => {
    const obj = (input as Record<string, unknown>)[parent];
    if (!Object.hasOwn(input, parent) || obj === null || typeof obj !== "object" || Array.isArray(obj)) return;
    for (const key of Object.keys(obj)) if (!known.includes(key) && (key === "__proto__" || key === "constructor" || key === "prototype")) out.push({ path: `${parent}.${key}`, message: unknownKeyMessage(parent) });
  };
  if (Object.hasOwn(input, "__proto__")) out.push({ path: "__proto__", message: unknownKeyMessage("") });
  check("tasks", TASKS);
  check("weights", CRITERIA);
  return out;
}

/** One issue per bad field, worded for a person: a missing field says so, an unknown key is named. */
function toIssues(error: z.ZodError, input: unknown): AnswerIssue[] {
  const out: AnswerIssue[] = [];
  for (const zi of error.issues) {
    if (zi.code === "unrecognized_keys") {
      for (const key of zi.keys) out.push({ path: pathOf([...zi.path, key]), message: unknownKeyMessage(pathOf(zi.path)) });
    } else if (zi.code === "invalid_type" && zi.path.length === 0) {
      out.push({ path: "", message: "must be a JSON object of Answers fields" });
    } else if (zi.code === "invalid_type" && valueAt(input, zi.path) === undefined) {
      out.push({ path: pathOf(zi.path), message: `is required (expected ${zi.expected})` });
    } else {
      out.push({ path: pathOf(zi.path), message: zi.message });
    }
  }
  return out;
}

function finish(answers: Answers, catalog: Pick<Catalog, "gpus">, fromQuery = false): AnswersResult {
  const issues = catalogIssues(answers, catalog).map((i) => (fromQuery ? { ...i, message: `query parameter "${PARAMS.hardware.param}": ${i.message}` } : i));
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
  const all: AnswerIssue[] = issues.map(({ path, message }) => ({ path, message }));
  for (const zi of parsed.success ? [] : parsed.error.issues) {
    const field = zi.path[0] as AnswerField | undefined;
    if (field === undefined || bad.has(field) || !Object.hasOwn(PARAMS, field)) continue;
    const { param, expected } = PARAMS[field];
    const message = raw[field] === undefined ? `query parameter "${param}" is missing: expected ${expected}` : `query parameter "${param}": ${zi.message} (expected ${expected})`;
    all.push({ path: pathOf(zi.path), message });
  }
  return { ok: false, issues: capIssues(all) };
}

/** One field on its own (the wizard checks each step): the schema's verdict and, for GPUs, the catalog's. */
export function checkField<K extends AnswerField>(field: K, value: unknown, catalog: Pick<Catalog, "gpus">): { ok: true; value: z.output<typeof AnswersFields>[K] } | { ok: false; message: string } {
  const r = AnswersFields.shape[field].safeParse(value);
  if (!r.success) return { ok: false, message: r.error.issues[0]?.message ?? "is not valid" };
  if (field === "hardware") {
    const issue = catalogIssues({ hardware: r.data } as Answers, catalog)[0];
    if (issue) return { ok: false, message: issue.message };
  }
  return { ok: true, value: r.data as z.output<typeof AnswersFields>[K] };
}
