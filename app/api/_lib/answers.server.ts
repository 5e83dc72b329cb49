import type { z } from "zod";
import type { Catalog } from "@/lib/schema/catalog";
import { Answers } from "@/lib/schema/answers";
import { CRITERIA, TASKS } from "@/lib/schema/common";
import { decodeAnswers } from "@/lib/share/query";
import type { ApiIssue } from "./http.server";
import { catalogIssues } from "@/lib/catalog/check-answers";

export type AnswersResult = { ok: true; answers: Answers } | { ok: false; issues: ApiIssue[] };

/** `["hardware", 0, "count"]` -> `hardware[0].count`, the path style of the share decoder. */
export function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`)).join("");
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
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

/** One issue per bad field, worded for a person: a missing field says so, an unknown key is named. */
function toIssues(error: z.ZodError, input: unknown): ApiIssue[] {
  const out: ApiIssue[] = [];
  for (const zi of error.issues) {
    if (zi.code === "unrecognized_keys") {
      for (const key of zi.keys) out.push({ path: pathOf([...zi.path, key]), message: unknownKeyMessage(pathOf(zi.path)) });
    } else if (zi.code === "invalid_type" && zi.path.length === 0) {
      out.push({ path: "", message: "the body must be a JSON object of Answers fields" });
    } else if (zi.code === "invalid_type" && valueAt(input, zi.path) === undefined) {
      out.push({ path: pathOf(zi.path), message: `is required (expected ${zi.expected})` });
    } else {
      out.push({ path: pathOf(zi.path), message: zi.message });
    }
  }
  return out;
}

function withCatalog(answers: Answers, catalog: Catalog): AnswersResult {
  const issues = catalogIssues(answers, catalog);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, answers };
}

/** A JSON body (already parsed) -> Answers with defaults applied, or the issues. */
export function answersFromJson(input: unknown, catalog: Catalog): AnswersResult {
  const parsed = Answers.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error, input) };
  return withCatalog(parsed.data, catalog);
}

/**
 * A share query (`t=coding:3&r=eu&...`) -> Answers, or the issues naming each field. A string is
 * read through URLSearchParams first: Next hands route handlers a URL whose query may be
 * re-serialised with "," and ":" percent-encoded, and the decoded form reads both spellings alike.
 */
export function answersFromQuery(query: string | URLSearchParams, catalog: Catalog): AnswersResult {
  const decoded = decodeAnswers(typeof query === "string" ? new URLSearchParams(query) : query);
  if (!decoded.ok) return { ok: false, issues: decoded.issues };
  return withCatalog(decoded.answers, catalog);
}
