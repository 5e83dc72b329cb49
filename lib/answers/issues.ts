/**
 * One issue shape for every surface: `path` is the Answers path ("budgetUsdPerMonth",
 * "hardware.0.gpu", "tasks.coding"; "" for the whole input), `message` says what to fix. URL
 * surfaces name the query parameter in the message; the API answers these in a 422, the CLI
 * prints them and exits 2, the results page and the widget show them.
 */
export type AnswerIssue = { path: string; message: string };

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
export function capIssues(issues: readonly AnswerIssue[], perField = MAX_ISSUES_PER_FIELD): AnswerIssue[] {
  const seen = new Map<string, number>();
  const out: AnswerIssue[] = [];
  for (const i of issues) {
    const f = fieldOf(i);
    const n = (seen.get(f) ?? 0) + 1;
    seen.set(f, n);
    if (n <= perField) out.push(i);
  }
  for (const [f, n] of seen) if (n > perField) out.push({ path: f, message: `and ${n - perField} more issue${n - perField > 1 ? "s" : ""} with this field` });
  return out;
}
