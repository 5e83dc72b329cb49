import type { CommandContext } from "@/cli/command";
import { main } from "@/cli/run";

/** Run the CLI in-process with files and stdin given, capturing what it prints and its exit code. */
export async function runCli(argv: string[], files: Record<string, string> = {}, stdin = ""): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CommandContext = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async () => stdin,
    readFile: async (p) => {
      const text = files[p];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${p}'`);
      return text;
    },
  };
  const code = await main(argv, ctx);
  return { code, out: out.join("\n"), err: err.join("\n") };
}
