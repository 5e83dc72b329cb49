import type { Command } from "../command";
import { modelsCommand } from "./models";

/** Every CLI command, in the order `--help` lists them. Add a command: add a file and a row. */
export const COMMANDS: Command[] = [
  modelsCommand,
];
