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
