import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { DataFile } from "../lib/catalog/parse";

export const DATA_DIR = join(import.meta.dirname, "..", "data");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Read every JSON file under data/; a file that is not JSON is reported by name. */
export function readDataFiles(dir = DATA_DIR): { files: DataFile[]; errors: string[] } {
  const files: DataFile[] = [];
  const errors: string[] = [];
  for (const full of walk(dir).filter((f) => f.endsWith(".json"))) {
    const path = relative(dir, full).split(sep).join("/");
    try {
      files.push({ path, data: JSON.parse(readFileSync(full, "utf8")) });
    } catch (e) {
      errors.push(`data/${path}: (file): is not valid JSON: ${(e as Error).message}`);
    }
  }
  return { files, errors };
}
