import type { AnswerIssue } from "../lib/answers";

/** One CLI command: its own flags (node:util parseArgs), its help, and what it does. */
export type OptionSpec = { type: "string" | "boolean"; short?: string; description: string; valueName?: string };

export type CommandContext = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  readFile: (path: string) => Promise<string>;
};

export type Command = {
  name: string;
  summary: string;
  /** e.g. "memory MODEL_ID [--quant Q] [--context N] [--batch N] [--json]" */
  usage: string;
  options: Record<string, OptionSpec>;
  /** Positional arguments: how many are allowed. */
  positionals: { min: number; max: number };
  run: (
    args: { values: Record<string, string | boolean | undefined>; positionals: string[] },
    ctx: CommandContext,
  ) => Promise<number> | number;
};

/** Raised for bad input: printed as one line plus the usage, exit code 2. */
export class UsageError extends Error {}

/** Exit code of bad input (a usage error or invalid answers), as for every command. */
export const BAD_INPUT = 2;

/**
 * Issues of lib/answers (or of an estimate), one line each: "flagless <cmd>: <path>: <message>",
 * the same path and message the API answers in its 422. The whole input has the path "".
 */
export function printIssues(cmd: string, issues: readonly AnswerIssue[], ctx: CommandContext, whole = "(answers)"): number {
  ctx.stderr(issues.map((i) => `flagless ${cmd}: ${i.path === "" ? whole : shownPath(i.path)}: ${oneLine(i.message)}`).join("\n"));
  return BAD_INPUT;
}

/** A path as typed, quoted when it is not a plain one (an unknown key holding ": " or a line break). */
function shownPath(path: string): string {
  return /^[\w.$ ()-]+$/.test(path) && !path.includes(": ") ? path : JSON.stringify(path);
}

/** One issue, one line: control characters and line separators are written as escapes. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => JSON.stringify(c).slice(1, -1));
}

/** A whole-number flag, or its default; anything else is a usage error naming the flag. */
export function wholeFlag<T extends number | undefined>(value: string | boolean | undefined, flag: string, fallback: T, min: number): number | T {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== "string" || !/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) throw new UsageError(`--${flag} must be a whole number of at least ${min}, got "${String(value)}"`);
  return n;
}

/** One of a few words, or its default; anything else is a usage error naming the flag. */
export function choiceFlag<T extends string>(value: string | boolean | undefined, flag: string, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${choices.join(", ")}, got "${String(value)}"`);
}
