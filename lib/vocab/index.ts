export { words, type Words } from "./words";
export { msg, REASON_CODES, type ReasonCode } from "./messages";
export * as format from "./format";
export { LOCALES, type Locale } from "./format";
export { describeAnswers, deploymentText, regionsText, type AnswerLine, type WizardStep } from "./describe";
