export { answersFromJson, answersFromQuery, checkField } from "./parse";
export { capIssues, ISSUE_CODES, publicIssue, type AnswerIssue, type BoundaryIssue, type IssueCode, type IssueKind, type IssueParams } from "./issues";
