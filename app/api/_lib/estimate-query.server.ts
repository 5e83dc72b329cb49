import "server-only";
import type { AnswerIssue } from "@/lib/answers";
import { EstimateRequest } from "@/lib/schema/estimate";
import { parseCount } from "@/lib/share/tokens";

/** The query parameters of GET /api/estimate: the fields of EstimateRequest, by the same names. */
export const ESTIMATE_PARAMS = Object.keys(EstimateRequest.shape) as (keyof typeof EstimateRequest.shape)[];
const NUMERIC: ReadonlySet<string> = new Set(["count", "context", "concurrency", "promptTokens"]);
const MAX_UNKNOWN_LISTED = 5;

/**
 * A query's text -> the input estimateFromCatalog validates: counts read as numbers ("32k" too, as in
 * the share query), anything else left as text so that the schema names what is wrong with it.
 * Unknown parameters are issues of their own (at most a few listed), so a typo is not silently ignored.
 */
export function estimateInputFromQuery(params: URLSearchParams): { input: Record<string, unknown>; issues: AnswerIssue[] } {
  const input: Record<string, unknown> = {};
  const unknown: string[] = [];
  for (const [key, value] of params) {
    if (!(ESTIMATE_PARAMS as readonly string[]).includes(key)) {
      if (!unknown.includes(key)) unknown.push(key);
      continue;
    }
    if (Object.hasOwn(input, key)) continue; // the first value counts, as in the share query
    const n = NUMERIC.has(key) ? (/^-\d+$/.test(value) ? Number(value) : parseCount(value)) : undefined;
    input[key] = n ?? value;
  }
  const issues: AnswerIssue[] = unknown.slice(0, MAX_UNKNOWN_LISTED).map((key) => ({
    path: key.length > 40 ? `${key.slice(0, 40)}...` : key,
    message: `is not a parameter of /api/estimate: expected ${ESTIMATE_PARAMS.join(", ")}`,
  }));
  if (unknown.length > MAX_UNKNOWN_LISTED) issues.push({ path: "", message: `and ${unknown.length - MAX_UNKNOWN_LISTED} more unknown parameters` });
  return { input, issues };
}

/** On a URL surface the message names the query parameter (issue 12). */
export function asQueryIssue(issue: AnswerIssue): AnswerIssue {
  return issue.path === "" || issue.message.startsWith("query parameter") ? issue : { path: issue.path, message: `query parameter "${issue.path}": ${issue.message}` };
}
