/**
 * The CLI reads the catalog that `npm run catalog` compiles from data/ into
 * lib/catalog/generated/catalog.json (not committed). Right after `npm install` it is not there
 * yet, so the CLI builds it on first use, and again when data/ changed since: a fresh checkout
 * works without a stack trace (issue 15, item 7).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
export const CATALOG_JSON = join(ROOT, "lib", "catalog", "generated", "catalog.json");
/**
 * When the CLI last checked the catalog against its sources: the build script rewrites catalog.json
 * only when its content changes, so the file's own date can be older than an edit that changed nothing.
 */
const STAMP = join(ROOT, "lib", "catalog", "generated", ".built-at");
/** What the generated file is made from: the data, and the code that validates and resolves it. */
const INPUTS = ["data", join("lib", "schema"), join("lib", "catalog", "parse.ts"), join("scripts", "build-catalog.ts")].map((p) => join(ROOT, p));

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), s.mtimeMs);
}

/** Why the catalog must be built, or undefined when the generated file is current. */
export function staleReason(file = CATALOG_JSON, inputs = INPUTS, stamp = STAMP): string | undefined {
  if (!existsSync(file)) return "the catalog has not been built yet";
  const builtAt = Math.max(statSync(file).mtimeMs, existsSync(stamp) ? statSync(stamp).mtimeMs : 0);
  return inputs.some((p) => newestMtime(p) > builtAt) ? "data/ or the catalog schema changed since the catalog was built" : undefined;
}

/** Build the catalog when it is missing or stale; on failure, the validator's own messages and false. */
export function ensureCatalog(stderr: (text: string) => void): boolean {
  const why = staleReason();
  if (why === undefined) return true;
  stderr(`flagless: ${why}: building it from data/ (npm run catalog) ...`);
  const tsx = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  const r = spawnSync(process.execPath, [tsx, join(ROOT, "scripts", "build-catalog.ts")], { cwd: ROOT, encoding: "utf8" });
  if (r.status === 0 && existsSync(CATALOG_JSON)) {
    writeFileSync(STAMP, `${new Date().toISOString()}\n`);
    return true;
  }
  stderr(`${(r.stderr || r.stdout || "").trim()}\nflagless: the catalog could not be built; fix data/ and run \`npm run catalog\``);
  return false;
}
