import "server-only";
import decode from "@/data/calibration/decode.json";
import { catalog } from "@/lib/catalog";
import { TIME_CONSTANTS } from "@/lib/physics";
import { accuracyByClass, replay, type ClassAccuracy } from "@/lib/physics/calibration";
import { CalibrationFile } from "@/lib/schema/calibration";

export type AccuracyTable = { holdout: ClassAccuracy[]; all: ClassAccuracy[]; rows: number; replayed: number; setApart: number; sources: number };

let cached: AccuracyTable | undefined;

/**
 * The time model replayed on the published measurements (data/calibration/decode.json) with the
 * shipped constants: the same replay as `npm run bench -- accuracy`, per class, on the held-out
 * rows (never used for fitting) and on all of them. Worked out once per process.
 */
export function accuracyTable(): AccuracyTable {
  if (cached) return cached;
  const file = CalibrationFile.parse(decode);
  const view = { models: new Map(catalog.models.map((m) => [m.id, m])), gpus: new Map(catalog.gpus.map((g) => [g.id, g])) };
  const all = replay(file.rows, view, TIME_CONSTANTS);
  const held = replay(file.rows.filter((r) => r.holdout), view, TIME_CONSTANTS);
  cached = {
    holdout: accuracyByClass(held.replayed),
    all: accuracyByClass(all.replayed),
    rows: file.rows.length,
    replayed: all.replayed.length,
    setApart: all.skipped.length,
    sources: new Set(file.rows.map((r) => r.source)).size,
  };
  return cached;
}
