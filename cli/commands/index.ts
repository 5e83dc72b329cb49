import type { Command } from "../command";
import { estimateCommand } from "./estimate";
import { memoryCommand } from "./memory";
import { modelsCommand } from "./models";
import { recommendCommand } from "./recommend";

/** Every CLI command, in the order `--help` lists them. Add a command: add a file and a row. */
export const COMMANDS: Command[] = [modelsCommand, recommendCommand, estimateCommand, memoryCommand];
