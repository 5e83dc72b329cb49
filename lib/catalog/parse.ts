import type { z } from "zod";
import {
  CloudFile,
  ElectricityFile,
  FxFile,
  GpuFile,
  LabFile,
  ModelFile,
  ProviderFile,
  type Catalog,
  type Cloud,
  type Gpu,
  type Model,
  type Offering,
  type OfferingEntry,
  type Provider,
} from "../schema/catalog";
import { QualityMappingFile, QualitySourceFile, type QualitySource } from "../schema/quality";

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
  clouds: CloudFile,
  "quality/sources": QualitySourceFile,
} as const;
type Kind = keyof typeof KINDS;

/** Single files at the top of data/ (or of a folder). */
const SINGLES = { "fx.json": FxFile, "electricity.json": ElectricityFile, "quality/mapping.json": QualityMappingFile } as const;

/**
 * Files the catalog does not read: overlays feed the importer, calibration the physics bench,
 * quality/names.json the quality importer (scripts/quality).
 */
const IGNORED = /^(overlays|calibration)\/|^quality\/names\.json$/;

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "") || "(root)";
}

function issuesOf(file: string, error: z.ZodError): CatalogError[] {
  return error.issues.map((i) => ({ file, path: formatPath(i.path), message: i.message }));
}

/** The newest as-of date of the prices in the catalog: the catalog's version. */
function newestDate(dates: Iterable<string>): string {
  let newest = "";
  for (const d of dates) if (d > newest) newest = d;
  return newest;
}

type Parsed = {
  labs: Map<string, z.infer<typeof LabFile>>;
  models: Map<string, { file: string; data: z.infer<typeof ModelFile> }>;
  providers: Map<string, { file: string; data: z.infer<typeof ProviderFile> }>;
  gpus: { file: string; gpu: Gpu }[];
  clouds: Cloud[];
  quality: QualitySource[];
  singles: Partial<{ [K in keyof typeof SINGLES]: z.infer<(typeof SINGLES)[K]> }>;
};

function readFiles(files: readonly DataFile[], errors: CatalogError[]): Parsed {
  const out: Parsed = { labs: new Map(), models: new Map(), providers: new Map(), gpus: [], clouds: [], quality: [], singles: {} };
  for (const { path, data } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (IGNORED.test(path)) continue;
    if (Object.hasOwn(SINGLES, path)) {
      const key = path as keyof typeof SINGLES;
      const r = SINGLES[key].safeParse(data);
      if (r.success) (out.singles as Record<string, unknown>)[key] = r.data;
      else errors.push(...issuesOf(path, r.error));
      continue;
    }
    const m = /^([a-z]+(?:\/[a-z]+)?)\/([^/]+)\.json$/.exec(path);
    const kind = m?.[1];
    const id = m?.[2] ?? "";
    // Object.hasOwn, not `in`: a folder named "constructor" must not reach Object.prototype.
    if (!m || !kind || !Object.hasOwn(KINDS, kind)) {
      const where = [...Object.keys(KINDS).map((k) => `${k}/<id>.json`), ...Object.keys(SINGLES)].join(", ");
      errors.push({ file: path, path: "(file)", message: `is not where a catalog file belongs: expected ${where}` });
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
    if (kind === "labs") out.labs.set(id, r.data as z.infer<typeof LabFile>);
    else if (kind === "models") out.models.set(id, { file: path, data: r.data as z.infer<typeof ModelFile> });
    else if (kind === "providers") out.providers.set(id, { file: path, data: r.data as z.infer<typeof ProviderFile> });
    else if (kind === "clouds") out.clouds.push({ id, ...(r.data as z.infer<typeof CloudFile>) });
    else if (kind === "quality/sources") out.quality.push({ id, ...(r.data as z.infer<typeof QualitySourceFile>) });
    else out.gpus.push({ file: path, gpu: { id, ...(r.data as z.infer<typeof GpuFile>) } });
  }
  return out;
}

function resolveModels(p: Parsed, errors: CatalogError[]): Model[] {
  const models: Model[] = [];
  const aliasOwner = new Map<string, string>();
  for (const [id, { file, data }] of p.models) {
    const lab = p.labs.get(data.lab);
    if (!lab) {
      errors.push({ file, path: "lab", message: `names lab "${data.lab}", which has no file labs/${data.lab}.json` });
      continue;
    }
    if (data.predecessor !== undefined && !p.models.has(data.predecessor)) {
      errors.push({ file, path: "predecessor", message: `names model "${data.predecessor}", which has no file models/${data.predecessor}.json` });
    }
    data.aliases.forEach((alias, i) => {
      const clash = p.models.has(alias) ? `the id of models/${alias}.json` : aliasOwner.get(alias);
      if (clash) errors.push({ file, path: `aliases[${i}]`, message: `"${alias}" is already ${p.models.has(alias) ? clash : `an alias of ${clash}`}` });
      else aliasOwner.set(alias, id);
    });
    models.push({ id, ...data, labName: lab.name, origin: lab.origin });
  }
  const successor = new Map<string, string>();
  for (const m of models) if (m.predecessor !== undefined) successor.set(m.predecessor, m.id);
  for (const m of models) {
    const next = successor.get(m.id);
    if (next !== undefined) m.successor = next;
  }
  return models;
}

/** USD per 1M tokens from a price in the offering's currency, at the catalog's dated rate. */
function usdPrices(entry: Omit<OfferingEntry, "model">, fx: z.infer<typeof FxFile> | undefined): Pick<Offering, "inputUsdPerMTok" | "outputUsdPerMTok" | "cachedInputUsdPerMTok" | "cacheWriteUsdPerMTok" | "batchInputUsdPerMTok" | "batchOutputUsdPerMTok" | "fx"> | undefined {
  const { prices } = entry;
  const rate = prices.currency === "USD" ? undefined : fx?.[prices.currency];
  if (prices.currency !== "USD" && rate === undefined) return undefined;
  const k = rate?.usdPer ?? 1;
  // Rounded to 1e-6 $/M: converting must not add float noise to figures shown to the cent.
  const usd = (n: number) => Math.round(n * k * 1e6) / 1e6;
  const out: ReturnType<typeof usdPrices> = { inputUsdPerMTok: usd(prices.input), outputUsdPerMTok: usd(prices.output) };
  if (prices.cachedInput !== undefined) out.cachedInputUsdPerMTok = usd(prices.cachedInput);
  if (prices.cacheWrite !== undefined) out.cacheWriteUsdPerMTok = usd(prices.cacheWrite);
  if (prices.batchInput !== undefined) out.batchInputUsdPerMTok = usd(prices.batchInput);
  if (prices.batchOutput !== undefined) out.batchOutputUsdPerMTok = usd(prices.batchOutput);
  if (rate) out.fx = { currency: prices.currency, usdPer: rate.usdPer, asOf: rate.asOf };
  return out;
}

function resolveOfferings(p: Parsed, errors: CatalogError[]): { providers: Provider[]; offerings: Offering[] } {
  const providers: Provider[] = [];
  const offerings: Offering[] = [];
  const ids = new Set<string>();
  const fx = p.singles["fx.json"];
  for (const [providerId, { file, data }] of p.providers) {
    const { offerings: entries, ...provider } = data;
    providers.push({ id: providerId, ...provider });
    entries.forEach(({ model, ...entry }, i) => {
      if (!p.models.has(model)) {
        errors.push({ file, path: `offerings[${i}].model`, message: `names model "${model}", which has no file models/${model}.json` });
        return;
      }
      const id = `${providerId}/${model}${entry.endpoint ? `@${entry.endpoint}` : ""}`;
      if (ids.has(id)) {
        errors.push({ file, path: `offerings[${i}]`, message: `repeats offering "${id}": give one of them a distinct "endpoint"` });
        return;
      }
      const usd = usdPrices(entry, fx);
      if (!usd) {
        errors.push({ file, path: `offerings[${i}].prices.currency`, message: `is ${entry.prices.currency}, but fx.json has no dated ${entry.prices.currency} rate` });
        return;
      }
      ids.add(id);
      offerings.push({ id, modelId: model, providerId, ...entry, ...usd });
    });
  }
  return { providers, offerings };
}

function checkRentals(p: Parsed, errors: CatalogError[]): void {
  const clouds = new Map(p.clouds.map((c) => [c.id, c]));
  const fx = p.singles["fx.json"];
  for (const { file, gpu } of p.gpus) {
    gpu.rentals.forEach((r, i) => {
      const cloud = clouds.get(r.cloud);
      if (!cloud) errors.push({ file, path: `rentals[${i}].cloud`, message: `names cloud "${r.cloud}", which has no file clouds/${r.cloud}.json` });
      else if ((r.marketplace ?? cloud.marketplace) && r.region !== undefined) {
        errors.push({ file, path: `rentals[${i}].region`, message: "is a marketplace listing: its host's location is not guaranteed, so it has no region" });
      }
      if (r.currency !== "USD" && fx?.[r.currency] === undefined) {
        errors.push({ file, path: `rentals[${i}].currency`, message: `is ${r.currency}, but fx.json has no dated ${r.currency} rate` });
      }
    });
  }
}

function checkQuality(p: Parsed, errors: CatalogError[]): void {
  for (const q of p.quality) {
    const file = `quality/sources/${q.id}.json`;
    q.rows.forEach((r, i) => {
      if (!p.models.has(r.model)) errors.push({ file, path: `rows[${i}].model`, message: `names model "${r.model}", which has no file models/${r.model}.json` });
      if (!Object.hasOwn(q.metrics, r.metric)) errors.push({ file, path: `rows[${i}].metric`, message: `"${r.metric}" is not one of this source's metrics (${Object.keys(q.metrics).join(", ")})` });
    });
  }
  const mapping = p.singles["quality/mapping.json"];
  const sources = new Map(p.quality.map((q) => [q.id, q]));
  mapping?.entries.forEach((e, i) => {
    const file = "quality/mapping.json";
    const src = sources.get(e.source);
    if (e.source === "vendor") return;
    if (!src) errors.push({ file, path: `entries[${i}].source`, message: `names source "${e.source}", which has no file quality/sources/${e.source}.json` });
    else if (!Object.hasOwn(src.metrics, e.metric)) errors.push({ file, path: `entries[${i}].metric`, message: `"${e.metric}" is not a metric of ${e.source}` });
  });
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Validate every file and resolve references into one Catalog. Pure: the caller reads the
 * files (scripts/build-catalog.ts, tests). Every error names the file, the path inside it
 * and what was expected.
 */
export function parseCatalog(files: readonly DataFile[]): ParseResult {
  const errors: CatalogError[] = [];
  const p = readFiles(files, errors);
  const models = resolveModels(p, errors);
  const { providers, offerings } = resolveOfferings(p, errors);
  checkRentals(p, errors);
  checkQuality(p, errors);
  if (errors.length > 0) return { ok: false, errors };
  const gpus = p.gpus.map((g) => g.gpu);
  // The catalog's version is the newest date a price was read: not the build day, not a model card's.
  const dates = [...offerings.map((o) => o.asOf), ...gpus.flatMap((g) => g.rentals.map((r) => r.asOf))];
  const mapping = p.singles["quality/mapping.json"];
  return {
    ok: true,
    catalog: {
      version: newestDate(dates),
      models: models.sort(byId),
      providers: providers.sort(byId),
      offerings: offerings.sort(byId),
      gpus: gpus.sort(byId),
      clouds: p.clouds.sort(byId),
      ...(p.singles["fx.json"] ? { fx: p.singles["fx.json"] } : {}),
      ...(p.singles["electricity.json"] ? { electricity: p.singles["electricity.json"] } : {}),
      ...(mapping ? { quality: { sources: p.quality.sort(byId), mapping } } : {}),
    },
  };
}

export function formatCatalogErrors(errors: readonly CatalogError[]): string {
  return errors.map((e) => `data/${e.file}: ${e.path}: ${e.message}`).join("\n");
}
