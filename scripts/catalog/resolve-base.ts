import type { ModelsDevTree, Toml, TomlFile } from "./read-models-dev";
import { ImportError } from "./snapshot";

const isTable = (v: unknown): v is Toml => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** A provider file over its lab file: tables merge key by key, everything else is replaced. */
function merge(base: Toml, over: Toml): Toml {
  const out: Toml = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isTable(b) && isTable(v) ? merge(b, v) : v;
  }
  return out;
}

function omit(data: Toml, dotted: string): void {
  const parts = dotted.split(".");
  let t: unknown = data;
  for (const p of parts.slice(0, -1)) t = isTable(t) ? t[p] : undefined;
  const last = parts[parts.length - 1];
  if (isTable(t) && last !== undefined) delete t[last];
}

export type ResolvedRow = TomlFile & { folder: string; base?: TomlFile };

/**
 * A provider model with `base_model = "lab/id"` inherits models/<lab>/<id>.toml and overrides
 * what it sets; `base_model_omit` lists inherited fields (dotted) the provider does not have.
 */
export function resolveRow(tree: ModelsDevTree, folder: string, row: TomlFile): ResolvedRow {
  const ref = row.data.base_model;
  if (ref === undefined) return { ...row, folder };
  if (typeof ref !== "string") throw new ImportError(row.file, "base_model", 'must be a string "lab/id"');
  const base = tree.labs.get(ref);
  if (!base) throw new ImportError(row.file, "base_model", `names "${ref}", which has no file models/${ref}.toml`);
  const inherited = structuredClone(base.data);
  const omitted = row.data.base_model_omit;
  if (omitted !== undefined) {
    if (!Array.isArray(omitted) || omitted.some((o) => typeof o !== "string")) {
      throw new ImportError(row.file, "base_model_omit", "must be a list of dotted field names");
    }
    for (const o of omitted as string[]) omit(inherited, o);
  }
  return { ...row, folder, data: merge(inherited, row.data), base };
}
