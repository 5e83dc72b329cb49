import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The folders of data/ the importer owns. */
export const GENERATED = ["models", "providers", "labs"] as const;

/** Catalog JSON as written: 2-space indent, a final newline (key order is the schema's). */
export const toText = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

/** The generated files now in data/, by path under it, as parsed JSON. */
export function readGenerated(dataDir: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const folder of GENERATED) {
    const dir = join(dataDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith(".json")) out.set(`${folder}/${name}`, JSON.parse(readFileSync(join(dir, name), "utf8")));
    }
  }
  return out;
}

/** Write what changed and remove generated files the import no longer produces. Returns the paths touched. */
export function writeGenerated(dataDir: string, files: ReadonlyMap<string, unknown>): string[] {
  const touched: string[] = [];
  for (const [path, data] of files) {
    const full = join(dataDir, path);
    const text = toText(data);
    if (existsSync(full) && readFileSync(full, "utf8") === text) continue;
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    touched.push(path);
  }
  for (const path of readGenerated(dataDir).keys()) {
    if (!files.has(path)) {
      rmSync(join(dataDir, path));
      touched.push(path);
    }
  }
  return touched;
}
