import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { staleReason } from "@/cli/ensure-catalog";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "flagless-cli-"));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("the CLI's catalog check", () => {
  const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

  it("asks for a build when the generated file is missing, or older than what it is made from", () => {
    const d = tempDir();
    const [file, input, stamp] = [join(d, "catalog.json"), join(d, "model.json"), join(d, ".built-at")];
    expect(staleReason(file, [input], stamp)).toBe("the catalog has not been built yet");
    writeFileSync(input, "{}");
    writeFileSync(file, "{}");
    at(input, 1_000);
    at(file, 2_000);
    expect(staleReason(file, [input], stamp)).toBeUndefined();
    at(input, 3_000);
    expect(staleReason(file, [input], stamp)).toMatch(/changed since the catalog was built/);
  });

  it("counts a later check as a build, since an unchanged catalog is not rewritten", () => {
    const d = tempDir();
    const [file, input, stamp] = [join(d, "catalog.json"), join(d, "model.json"), join(d, ".built-at")];
    for (const p of [file, input, stamp]) writeFileSync(p, "{}");
    at(file, 1_000);
    at(input, 2_000);
    at(stamp, 3_000);
    expect(staleReason(file, [input], stamp)).toBeUndefined();
  });
});

describe("a fresh checkout", () => {
  it(
    "runs `cli models --json` right after npm install: the catalog is built on first use, without a stack trace",
    () => {
      const d = tempDir();
      for (const part of ["cli", "lib", "data", "scripts", "package.json", "tsconfig.json"]) cpSync(join(ROOT, part), join(d, part), { recursive: true });
      rmSync(join(d, "lib", "catalog", "generated"), { recursive: true, force: true });
      symlinkSync(join(ROOT, "node_modules"), join(d, "node_modules"));
      // The export is over 1 MiB, spawnSync's default maxBuffer: past it the child is killed (ENOBUFS).
      const r = spawnSync(process.execPath, [join(d, "node_modules", "tsx", "dist", "cli.mjs"), join(d, "cli", "main.ts"), "models", "--json"], {
        cwd: d,
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
      });
      expect(r.error).toBeUndefined();
      expect(r.stderr).toContain("the catalog has not been built yet: building it");
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.status).toBe(0);
      expect((JSON.parse(r.stdout) as { models: unknown[] }).models.length).toBeGreaterThan(10);
      expect(existsSync(join(d, "lib", "catalog", "generated", "catalog.json"))).toBe(true);
    },
    120_000,
  );
});
