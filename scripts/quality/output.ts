import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** 2-space JSON with a final newline: the same input always gives the same bytes. */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export type Change = "new" | "changed" | "unchanged";

/** Compares each file with what is on disk and, with `write`, writes the ones that differ. */
export function syncFiles(dir: string, files: ReadonlyMap<string, string>, write: boolean): Map<string, Change> {
  const out = new Map<string, Change>();
  if (write) mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) {
    const path = join(dir, name);
    const before = existsSync(path) ? readFileSync(path, "utf8") : undefined;
    const change: Change = before === undefined ? "new" : before === text ? "unchanged" : "changed";
    out.set(name, change);
    if (write && change !== "unchanged") writeFileSync(path, text);
  }
  return out;
}

/** Files in the folder that no source produced any more. */
export function staleFiles(dir: string, produced: ReadonlyMap<string, string>): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".json") && !produced.has(f)).sort();
}

/** Release ids: the file names of data/models. */
export function releaseIds(modelsDir: string): Set<string> {
  if (!existsSync(modelsDir)) return new Set();
  return new Set(readdirSync(modelsDir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -".json".length)));
}
