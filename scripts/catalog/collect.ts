import type { ModelsDevTree } from "./read-models-dev";
import { matchRelease, type ReleaseIndex } from "./release-map";
import { resolveRow, type ResolvedRow } from "./resolve-base";
import { readRow, type Row } from "./row-schema";

/** A provider model file that names one of the catalog's releases, resolved and checked. */
export type MappedRow = ResolvedRow & { row: Row; release: string };

export type Collected = {
  byRelease: Map<string, MappedRow[]>;
  byFolder: Map<string, MappedRow[]>;
  unmapped: number;
};

/**
 * Every provider model file of the tree that names a release in data/overlays/models. Files that
 * name none are counted, not read further: the catalog's scope is the list of releases.
 */
export function collectRows(tree: ModelsDevTree, index: ReleaseIndex): Collected {
  const out: Collected = { byRelease: new Map(), byFolder: new Map(), unmapped: 0 };
  for (const [folder, { models }] of tree.providers) {
    for (const file of models) {
      const base = typeof file.data.base_model === "string" ? file.data.base_model : undefined;
      const release = matchRelease(index, folder, file.key, base);
      if (release === undefined) {
        out.unmapped++;
        continue;
      }
      const resolved = resolveRow(tree, folder, file);
      const mapped: MappedRow = { ...resolved, row: readRow(resolved.data, resolved.file), release };
      out.byRelease.set(release, [...(out.byRelease.get(release) ?? []), mapped]);
      out.byFolder.set(folder, [...(out.byFolder.get(folder) ?? []), mapped]);
    }
  }
  return out;
}
