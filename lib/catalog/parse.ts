import type { z } from "zod";
import {
  FxFile,
  GpuFile,
  LabFile,
  ModelFile,
  ProviderFile,
  type Catalog,
  type Gpu,
  type Model,
  type Offering,
  type Provider,
} from "../schema/catalog";

/** One file of data/, already read: `path` relative to data/, e.g. "models/deepseek-v3.json". */
export type DataFile = { path: string; data: unknown };

export type CatalogError = { file: string; path: string; message: string };

export type ParseResult = { ok: true; catalog: Catalog } | { ok: false; errors: CatalogError[] };

const ID = /^[a-z0-9][a-z0-9.-]*$/;

/** The kinds of file data/ holds, by folder. */
const KINDS = {
  labs: LabFile,
  models: ModelFile,
  providers: ProviderFile,
  gpus: GpuFile,
} as const;
type Kind = keyof typeof KINDS;

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "") || "(root)";
}

function issuesOf(file: string, error: z.ZodError): CatalogError[] {
  return error.issues.map((i) => ({ file, path: formatPath(i.path), message: i.message }));
}

/** The newest as-of date anywhere in the catalog: the catalog's version. */
function newestDate(dates: Iterable<string>): string {
  let newest = "";
  for (const d of dates) if (d > newest) newest = d;
  return newest;
}

/**
 * Validate every file and resolve references into one Catalog. Pure: the caller reads the
 * files (scripts/build-catalog.ts, tests). Every error names the file, the path inside it
 * and what was expected.
 */
export function parseCatalog(files: readonly DataFile[]): ParseResult {
  const errors: CatalogError[] = [];
  const labs = new Map<string, z.infer<typeof LabFile>>();
  const modelFiles = new Map<string, { file: string; data: z.infer<typeof ModelFile> }>();
  const providerFiles = new Map<string, { file: string; data: z.infer<typeof ProviderFile> }>();
  const gpus: Gpu[] = [];
  let fx: z.infer<typeof FxFile> | undefined;

  for (const { path, data } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (path === "fx.json") {
      const r = FxFile.safeParse(data);
      if (r.success) fx = r.data;
      else errors.push(...issuesOf(path, r.error));
      continue;
    }
    const m = /^([a-z]+)\/([^/]+)\.json$/.exec(path);
    const kind = m?.[1];
    const id = m?.[2] ?? "";
    // Object.hasOwn, not `in`: a folder named "constructor" must not reach Object.prototype.
    if (!m || !kind || !Object.hasOwn(KINDS, kind)) {
      errors.push({ file: path, path: "(file)", message: `is not where a catalog file belongs: expected ${Object.keys(KINDS).map((k) => `${k}/<id>.json`).join(", ")} or fx.json` });
      continue;
    }
    if (!ID.test(id)) {
      errors.push({ file: path, path: "(file name)", message: "the id (file name) must be lower case: letters, digits, dots and dashes" });
      continue;
    }
    const r = KINDS[kind as Kind].safeParse(data);
    if (!r.success) {
      errors.push(...issuesOf(path, r.error));
      continue;
    }
    if (kind === "labs") labs.set(id, r.data as z.infer<typeof LabFile>);
    else if (kind === "models") modelFiles.set(id, { file: path, data: r.data as z.infer<typeof ModelFile> });
    else if (kind === "providers") providerFiles.set(id, { file: path, data: r.data as z.infer<typeof ProviderFile> });
    else gpus.push({ id, ...(r.data as z.infer<typeof GpuFile>) });
  }

  const models: Model[] = [];
  for (const [id, { file, data }] of modelFiles) {
    const lab = labs.get(data.lab);
    if (!lab) {
      errors.push({ file, path: "lab", message: `names lab "${data.lab}", which has no file labs/${data.lab}.json` });
      continue;
    }
    models.push({ id, ...data, labName: lab.name, origin: lab.origin });
  }

  const providers: Provider[] = [];
  const offerings: Offering[] = [];
  const offeringIds = new Set<string>();
  for (const [providerId, { file, data }] of providerFiles) {
    const { offerings: entries, ...provider } = data;
    providers.push({ id: providerId, ...provider });
    entries.forEach(({ model, ...entry }, i) => {
      if (!modelFiles.has(model)) {
        errors.push({ file, path: `offerings[${i}].model`, message: `names model "${model}", which has no file models/${model}.json` });
        return;
      }
      const id = `${providerId}/${model}${entry.endpoint ? `@${entry.endpoint}` : ""}`;
      if (offeringIds.has(id)) {
        errors.push({ file, path: `offerings[${i}]`, message: `repeats offering "${id}": give one of them a distinct "endpoint"` });
        return;
      }
      offeringIds.add(id);
      offerings.push({ id, modelId: model, providerId, ...entry });
    });
  }

  if (errors.length > 0) return { ok: false, errors };

  const dates = [
    ...models.flatMap((m) => [m.license.asOf, ...m.sources.map((s) => s.asOf), ...m.benchmarks.map((b) => b.asOf)]),
    ...offerings.map((o) => o.asOf),
    ...gpus.flatMap((g) => [...g.sources.map((s) => s.asOf), ...g.rentals.map((r) => r.asOf)]),
  ];
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    ok: true,
    catalog: {
      version: newestDate(dates),
      models: models.sort(byId),
      providers: providers.sort(byId),
      offerings: offerings.sort(byId),
      gpus: gpus.sort(byId),
      ...(fx ? { fx } : {}),
    },
  };
}

export function formatCatalogErrors(errors: readonly CatalogError[]): string {
  return errors.map((e) => `data/${e.file}: ${e.path}: ${e.message}`).join("\n");
}
