import { describe, expect, it } from "vitest";
import { main } from "@/cli/run";
import type { CommandContext } from "@/cli/command";

function fakeContext() {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CommandContext = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async () => "",
    readFile: async () => "",
  };
  return { ctx, out, err };
}

describe("cli", () => {
  it("exits 2 with the usage when no command is given", async () => {
    const { ctx, out } = fakeContext();
    expect(await main([], ctx)).toBe(2);
    expect(out.join("\n")).toContain("Usage: npm run -s cli -- <command>");
  });

  it("prints the command list for --help and exits 0", async () => {
    const { ctx, out } = fakeContext();
    expect(await main(["--help"], ctx)).toBe(0);
    expect(out.join("\n")).toContain("Commands:");
  });

  it("names an unknown command and exits 2", async () => {
    const { ctx, err } = fakeContext();
    expect(await main(["frobnicate"], ctx)).toBe(2);
    expect(err.join("\n")).toMatch(/^flagless: unknown command "frobnicate"/);
  });

  it("names an unknown flag, prints the command's usage and exits 2", async () => {
    const { ctx, err } = fakeContext();
    expect(await main(["models", "--bogus"], ctx)).toBe(2);
    const text = err.join("\n");
    expect(text).toMatch(/^flagless models: .*--bogus/);
    expect(text).toContain("Usage: npm run -s cli -- models");
  });

  it("prints each command's help with its flags", async () => {
    for (const [cmd, flag] of [["models", "--json"], ["recommend", "--answers"], ["estimate", "--kv-dtype"], ["memory", "--kv-dtype"]] as const) {
      const { ctx, out } = fakeContext();
      expect(await main([cmd, "--help"], ctx)).toBe(0);
      expect(out.join("\n")).toContain(flag);
    }
  });

  it("refuses a stray argument", async () => {
    const { ctx, err } = fakeContext();
    expect(await main(["models", "extra"], ctx)).toBe(2);
    expect(err.join("\n")).toContain('unexpected argument "extra"');
  });
});
