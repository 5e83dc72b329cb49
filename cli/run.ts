/**
 * flagless command line: `npm run -s cli -- <command> [flags]`.
 * Each command lives in cli/commands/ and is listed in COMMANDS; flags are parsed with
 * node:util parseArgs in strict mode, so an unknown flag is an error, not a silent no-op.
 */
import { parseArgs } from "node:util";
import { UsageError, type Command, type CommandContext, type OptionSpec } from "./command";
import { COMMANDS } from "./commands";

function helpFor(cmd: Command): string {
  const help: OptionSpec = { type: "boolean", description: "show this help" };
  const all: Record<string, OptionSpec> = { ...cmd.options, help };
  const flags = Object.entries(all).map(([name, o]) => {
    const left = `${o.short ? `-${o.short}, ` : "    "}--${name}${o.type === "string" ? ` ${o.valueName ?? "VALUE"}` : ""}`;
    return `  ${left.padEnd(28)} ${o.description}`;
  });
  return [`Usage: npm run -s cli -- ${cmd.usage}`, "", cmd.summary, "", "Options:", ...flags].join("\n");
}

function mainHelp(): string {
  const rows = COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`);
  return ["Usage: npm run -s cli -- <command> [options]", "", "Commands:", ...rows, "", "Run a command with --help for its options."].join("\n");
}

export async function main(argv: string[], ctx: CommandContext): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    ctx.stdout(mainHelp());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    ctx.stderr(`flagless: unknown command "${name}"\n\n${mainHelp()}`);
    return 2;
  }
  try {
    const parsed = parseArgs({
      args: rest,
      options: { ...Object.fromEntries(Object.entries(cmd.options).map(([k, o]) => [k, { type: o.type, ...(o.short ? { short: o.short } : {}) }])), help: { type: "boolean" } },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.values.help) {
      ctx.stdout(helpFor(cmd));
      return 0;
    }
    const { min, max } = cmd.positionals;
    if (parsed.positionals.length < min) throw new UsageError(`"${cmd.name}" needs ${min} argument${min > 1 ? "s" : ""}`);
    if (parsed.positionals.length > max) throw new UsageError(`unexpected argument "${parsed.positionals[max]}"`);
    return await cmd.run({ values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals }, ctx);
  } catch (e) {
    // parseArgs raises TypeError with a code for unknown or malformed flags.
    const isArgError = e instanceof UsageError || (e instanceof TypeError && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS"));
    if (!isArgError) throw e;
    ctx.stderr(`flagless ${cmd.name}: ${e.message}\n\n${helpFor(cmd)}`);
    return 2;
  }
}
