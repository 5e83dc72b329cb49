import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCatalog, formatCatalogErrors } from "../../lib/catalog/parse";
import type { CatalogView } from "../../lib/physics/calibration";
import { CalibrationFile, GgufSizeFile } from "../../lib/schema/calibration";
import type { Catalog } from "../../lib/schema/catalog";
import { DATA_DIR, readDataFiles } from "../data-files";

/** The catalog in data/ and the measurement tables, for the fit and the accuracy bench. */
export function loadCatalog(): Catalog {
  const { files } = readDataFiles();
  const r = parseCatalog(files);
  if (!r.ok) throw new Error(`the catalog in data/ has errors:\n${formatCatalogErrors(r.errors)}`);
  return r.catalog;
}

export function viewOf(c: Catalog): CatalogView {
  return { models: new Map(c.models.map((m) => [m.id, m])), gpus: new Map(c.gpus.map((g) => [g.id, g])) };
}

export function loadCalibration() {
  return CalibrationFile.parse(JSON.parse(readFileSync(join(DATA_DIR, "calibration", "decode.json"), "utf8")));
}

export function loadGgufSizes() {
  return GgufSizeFile.parse(JSON.parse(readFileSync(join(DATA_DIR, "calibration", "gguf-sizes.json"), "utf8")));
}
