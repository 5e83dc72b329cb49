/** Entry point of `npm run -s cli -- <command>`: wires the process to cli/run.ts. */
import { readFile } from "node:fs/promises";
import type { CommandContext } from "./command";
import { ensureCatalog } from "./ensure-catalog";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const ctx: CommandContext = {
  stdout: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  stderr: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
  readStdin,
  readFile: (p) => readFile(p, "utf8"),
};

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

async function start(): Promise<number> {
  if (!ensureCatalog(ctx.stderr)) return 1;
  // Imported only now: the commands import the generated catalog, which may have just been built.
  const { main } = await import("./run");
  return main(process.argv.slice(2), ctx);
}

start().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`flagless: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
