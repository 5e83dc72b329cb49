/**
 * npm run catalog:update -- --models-dev DIR [--litellm FILE] [--write] [--today YYYY-MM-DD] [--verbose]
 *   [--models-dev-commit SHA --models-dev-date YYYY-MM-DD] [--litellm-commit SHA --litellm-date YYYY-MM-DD] [--data DIR]
 *
 * Re-imports the catalog from a models.dev tree (and LiteLLM's price map), applies data/overlays,
 * prints what would change and, with --write, writes data/models, data/providers and data/labs.
 * The same snapshot twice changes nothing.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runImport } from "./build";
import { diffCatalog } from "./diff";
import { readGenerated, writeGenerated } from "./files";
import { readLitellm } from "./read-litellm";
import { readModelsDev } from "./read-models-dev";
import { readOverlays } from "./read-overlays";
import { DEFAULT_SNAPSHOT, ImportError, type Snapshot } from "./snapshot";

const { values: a } = parseArgs({
  options: {
    "models-dev": { type: "string" }, litellm: { type: "string" }, write: { type: "boolean", default: false },
    today: { type: "string" }, verbose: { type: "boolean", default: false }, data: { type: "string" },
    "models-dev-commit": { type: "string" }, "models-dev-date": { type: "string" },
    "litellm-commit": { type: "string" }, "litellm-date": { type: "string" },
  },
});

// Piped into `head`: stop quietly when the reader goes away.
process.stdout.on("error", (e: NodeJS.ErrnoException) => (e.code === "EPIPE" ? process.exit(0) : Promise.reject(e)));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!a["models-dev"]) fail("usage: npm run catalog:update -- --models-dev DIR [--litellm FILE] [--write]");
const today = a.today ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(`--today: must be a date written YYYY-MM-DD, got "${today}"`);
const dataDir = a.data ?? join(import.meta.dirname, "..", "..", "data");

try {
  const tree = readModelsDev(a["models-dev"]);
  const lite = a.litellm ? readLitellm(a.litellm) : undefined;
  const d = DEFAULT_SNAPSHOT;
  const snapshot: Snapshot = {
    modelsDev: { ...d.modelsDev, commit: a["models-dev-commit"] ?? d.modelsDev.commit, date: a["models-dev-date"] ?? d.modelsDev.date },
    ...(lite && d.litellm
      ? { litellm: { ...d.litellm, commit: a["litellm-commit"] ?? d.litellm.commit, date: a["litellm-date"] ?? lite.lastUpdated ?? d.litellm.date } }
      : {}),
  };
  const { files, report } = runImport({ tree, ...(lite ? { litellm: lite.rows } : {}), overlays: readOverlays(join(dataDir, "overlays")), snapshot, today });
  const lines = diffCatalog(readGenerated(dataDir), files);
  console.log(lines.length ? lines.join("\n") : "No changes: data/ already matches this snapshot.");
  if (report.conflicts.length) console.log(`\noverlay conflicts (${report.conflicts.length}):\n${report.conflicts.map((c) => `  ${c}`).join("\n")}`);
  const list = (title: string, xs: string[]) => console.log(`\n${title} (${xs.length})${a.verbose ? `:\n${xs.map((x) => `  ${x}`).join("\n")}` : "; --verbose lists them"}`);
  list("price mismatches between models.dev and LiteLLM", report.mismatches);
  list("upstream rows left out", report.skipped);
  for (const n of report.notes) console.log(n);
  if (a.write) {
    const touched = writeGenerated(dataDir, files);
    console.log(`\nwrote ${touched.length} file(s)`);
  }
} catch (e) {
  if (e instanceof ImportError) fail(`catalog:update: ${e.message}`);
  throw e;
}
