export { words, type Words, type Helpers } from "./words";
export { msg, REASON_CODES, type Message, type MessageCode, type ReasonCode } from "./messages";
export * as format from "./format";
export { LOCALES, type Locale, type DisplayFx } from "./format";
export { describeAnswers, deploymentText, optionFacts, regionsText, type AnswerLine, type Fact, type WizardStep } from "./describe";
export { EN_TABLES, REGION_CODES, type CodeTables } from "./tables";
