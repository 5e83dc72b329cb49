export { answersFromJson, answersFromQuery, checkField, type AnswersResult } from "./parse";
export { capIssues, pathOf, type AnswerIssue } from "./issues";
export { catalogIssues } from "./catalog-checks";
