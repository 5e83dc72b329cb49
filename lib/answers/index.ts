export { answersFromJson, answersFromQuery, checkField } from "./parse";
export { capIssues, type AnswerIssue } from "./issues";
