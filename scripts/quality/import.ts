import type { QualitySourceFile } from "../../lib/schema/quality";
import { buildSource, type BuildReport } from "./build";
import type { NameMap } from "./names";
import { toJson } from "./output";
import type { Reader } from "./types";

/**
 * The whole import, without touching the disk beyond reading the reference folder: every reader's
 * drafts built into source files (file name -> JSON text) with a report per source.
 */
export function importQuality(dir: string, readers: readonly Reader[], names: NameMap, models: ReadonlySet<string>): { files: Map<string, string>; reports: BuildReport[] } {
  const built = new Map<string, QualitySourceFile>();
  const files = new Map<string, string>();
  const reports: BuildReport[] = [];
  for (const draft of readers.flatMap((read) => read(dir))) {
    if (built.has(draft.id)) throw new Error(`two readers produce the source id "${draft.id}"`);
    const { file, report } = buildSource(draft, { names, models, built });
    built.set(draft.id, file);
    files.set(`${draft.id}.json`, toJson(file));
    reports.push(report);
  }
  return { files, reports };
}
