/** The command line: --reference DIR is required, --write writes (otherwise a dry run). */
export function parseArgs(argv: readonly string[]): { reference: string; write: boolean } {
  const i = argv.indexOf("--reference");
  const reference = i >= 0 ? argv[i + 1] : undefined;
  if (!reference || reference.startsWith("--")) throw new Error("usage: npm run quality:import -- --reference DIR [--write]");
  return { reference, write: argv.includes("--write") };
}
