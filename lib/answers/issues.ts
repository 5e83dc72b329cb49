/**
 * One issue shape for every surface: `path` is the Answers path ("budgetUsdPerMonth",
 * "hardware.0.gpu", "tasks.coding"; "" for the whole input), `message` says what to fix. URL
 * surfaces name the query parameter in the message; the API answers these in a 422, the CLI
 * prints them and exits 2, the results page and the widget show them.
 */
export type AnswerIssue = { path: string; message: string };

/**
 * What is wrong, as a code and its parameters, beside the English message: the vocabulary words
 * it in another locale (lib/vocab/issues.ts), so a Chinese page never shows the English. A code
 * added here fails to compile until every locale words it.
 */
export type IssueParams = {
  // ---- the input as a whole, and its keys ----
  "not-object": Record<string, never>;
  "unknown-field": Record<string, never>;
  "unknown-task": { values: readonly string[] };
  "unknown-criterion": { values: readonly string[] };
  "unknown-key": Record<string, never>;
  // ---- a value the Answers schema rejects ----
  required: { expected: string };
  type: { expected: string };
  "whole-number": Record<string, never>;
  min: { min: number; inclusive: boolean };
  max: { max: number; inclusive: boolean };
  "min-items": { min: number };
  "max-items": { max: number };
  "min-length": { min: number };
  "max-length": { max: number };
  format: { format: "gpu-id" | "country-code" | "other" };
  "one-of": { values: readonly (string | number)[] };
  "no-task": Record<string, never>;
  "any-alone": Record<string, never>;
  "no-repeat": { what: "region" | "hosting" };
  invalid: Record<string, never>;
  // ---- share-query text the schema never sees ----
  "query-unknown-key": { key: string; values: readonly string[] };
  "query-pair": { text: string };
  "query-gpu-count": { text: string };
  "query-number": { text: string };
  "query-bool": { text: string };
  "query-items": { count: number; max: number };
  "query-missing": Record<string, never>;
  // ---- the catalog, and the cap ----
  "unknown-gpu": { gpu: string };
  more: { count: number };
};
export type IssueCode = keyof IssueParams;
export type IssueKind<C extends IssueCode = IssueCode> = { [K in C]: { code: K; params: IssueParams[K] } }[C];

/** Every code, in a list a test walks (a Record, so a code left out fails to compile). */
const CODES: Record<IssueCode, true> = {
  "not-object": true, "unknown-field": true, "unknown-task": true, "unknown-criterion": true, "unknown-key": true,
  required: true, type: true, "whole-number": true, min: true, max: true, "min-items": true, "max-items": true,
  "min-length": true, "max-length": true, format: true, "one-of": true, "no-task": true, "any-alone": true,
  "no-repeat": true, invalid: true, "query-unknown-key": true, "query-pair": true, "query-gpu-count": true,
  "query-number": true, "query-bool": true, "query-items": true, "query-missing": true, "unknown-gpu": true, more: true,
};
export const ISSUE_CODES = Object.keys(CODES) as IssueCode[];

export const issueKind = <C extends IssueCode>(code: C, params: IssueParams[C]) => ({ code, params }) as IssueKind<C>;

/**
 * An issue of the one boundary: the public shape plus its kind and, on a URL surface, the query
 * parameter it came from (`expected`: the message ends with what the parameter expects).
 */
export type BoundaryIssue = AnswerIssue & { kind: IssueKind; query?: { param: string; expected: boolean } };

/** The public shape alone, as the API and the CLI answer it. */
export const publicIssue = ({ path, message }: AnswerIssue): AnswerIssue => ({ path, message });

/** `["hardware", 0, "gpu"]` -> "hardware.0.gpu". */
export function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

/** The field an issue is about: the first part of its path. */
export const fieldOf = (issue: AnswerIssue) => issue.path.split(".")[0] ?? "";

/** At most this many issues per field are listed; the rest are counted. */
export const MAX_ISSUES_PER_FIELD = 5;

/**
 * Cap the issues of each field so that a hostile input (15,000 bad items) cannot make a
 * 3 MB error: the first few are kept and one more issue says how many were left out.
 */
export function capIssues<I extends AnswerIssue>(issues: readonly I[], perField = MAX_ISSUES_PER_FIELD): (I | BoundaryIssue)[] {
  const seen = new Map<string, number>();
  const out: (I | BoundaryIssue)[] = [];
  for (const i of issues) {
    const f = fieldOf(i);
    const n = (seen.get(f) ?? 0) + 1;
    seen.set(f, n);
    if (n <= perField) out.push(i);
  }
  for (const [f, n] of seen) {
    if (n > perField) out.push({ path: f, message: `and ${n - perField} more issue${n - perField > 1 ? "s" : ""} with this field`, kind: issueKind("more", { count: n - perField }) });
  }
  return out;
}
