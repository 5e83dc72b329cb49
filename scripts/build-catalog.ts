/**
 * Reads data/, validates every file against lib/schema and writes the resolved catalog to
 * lib/catalog/generated/catalog.json, which the app, the API, the CLI and the tests import.
 * A broken file stops here (and so stops `npm run build` and `npm test`) with its name,
 * the path inside it and what was expected.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatCatalogErrors, parseCatalog } from "../lib/catalog/parse";
import { readDataFiles } from "./data-files";

const outDir = join(import.meta.dirname, "..", "lib", "catalog", "generated");

const { files, errors } = readDataFiles();
const result = parseCatalog(files);
if (errors.length > 0 || !result.ok) {
  console.error("The catalog in data/ has errors:");
  if (errors.length) console.error(errors.join("\n"));
  if (!result.ok) console.error(formatCatalogErrors(result.errors));
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const out = join(outDir, "catalog.json");
const text = JSON.stringify(result.catalog);
let previous = "";
try {
  previous = readFileSync(out, "utf8");
} catch {
  // first build
}
// Only write when the content changed, so watchers (next dev) do not rebuild for nothing.
if (previous !== text) writeFileSync(out, text);
const c = result.catalog;
if (process.argv.includes("--verbose")) {
  console.log(`catalog ${c.version}: ${c.models.length} models, ${c.offerings.length} offerings from ${c.providers.length} providers, ${c.gpus.length} GPUs`);
}
