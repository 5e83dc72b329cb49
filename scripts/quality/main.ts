/**
 * npm run quality:import -- --reference DIR [--write]
 *
 * Reads the independent-evaluation tables in DIR (a copy of shared/reference/quality), maps each
 * printed model name to a catalog release through data/quality/names.json, and writes one
 * data/quality/sources/<id>.json per source. Rows of releases without a data/models file yet are
 * left out and listed; so are names with no entry. Running it twice changes nothing.
 */
import { join } from "node:path";
import { parseArgs } from "./args";
import { importQuality } from "./import";
import { InputError } from "./input-error";
import { loadNames } from "./names";
import { releaseIds, staleFiles, syncFiles } from "./output";
import { formatReport } from "./report";
import { READERS } from "./sources";

const ROOT = join(import.meta.dirname, "..", "..");

function main(): void {
  const { reference, write } = parseArgs(process.argv.slice(2));
  const names = loadNames(join(ROOT, "data", "quality", "names.json"));
  const models = releaseIds(join(ROOT, "data", "models"));
  const { files, reports } = importQuality(reference, READERS, names, models);
  const out = join(ROOT, "data", "quality", "sources");
  const changes = syncFiles(out, files, write);
  console.log(formatReport(reports, changes, staleFiles(out, files), write));
}

try {
  main();
} catch (e) {
  console.error(e instanceof InputError ? `malformed input: ${e.message}` : (e as Error).message);
  process.exit(1);
}
