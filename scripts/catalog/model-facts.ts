import type { z } from "zod";
import type { LabFile, ModelFile, Modality, Unverified } from "../../lib/schema/catalog";
import { Modality as ModalityEnum } from "../../lib/schema/catalog";
import type { MappedRow } from "./collect";
import type { ArchitectureOverlay, ModelOverlay } from "./overlay-schema";
import type { TomlFile } from "./read-models-dev";
import { readRow, type Row } from "./row-schema";
import { modelsDevUrl, type Report, type Snapshot } from "./snapshot";

export type ModelDraft = z.input<typeof ModelFile>;

/** The lab's own models.dev folders: their files describe a release first. */
const LAB_FOLDERS: Readonly<Record<string, readonly string[]>> = {
  openai: ["openai"], anthropic: ["anthropic"], google: ["google"], meta: ["llama"], mistral: ["mistral"],
  deepseek: ["deepseek"], alibaba: ["alibaba"], moonshot: ["moonshotai"], zhipu: ["zai"], minimax: ["minimax"], microsoft: ["azure"],
};

type Source = { file: string; row: Row };

function candidates(lab: string, labFile: TomlFile | undefined, rows: readonly MappedRow[]): Source[] {
  const own = LAB_FOLDERS[lab] ?? [];
  const sorted = [...rows].sort((a, b) => {
    const oa = own.includes(a.folder) ? 0 : 1, ob = own.includes(b.folder) ? 0 : 1;
    return oa - ob || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  });
  const first = labFile ? [{ file: labFile.file, row: readRow(labFile.data, labFile.file) }] : [];
  return [...first, ...sorted.map((r) => ({ file: r.file, row: r.row }))];
}

function reasoningMode(primary: Row, rows: readonly MappedRow[]): "none" | "always" | "optional" {
  if (!primary.reasoning) return "none";
  // A model that can answer without thinking shows it as a toggle, a budget, or an effort of "none".
  const canSkip = rows.some((r) => (r.row.reasoning_options ?? []).some((o) => o.type === "toggle" || o.type === "budget_tokens" || (o.values ?? []).includes("none")));
  return canSkip ? "optional" : "always";
}

/** The figures of one release read from the snapshot, before its overlays. */
export function importedFacts(id: string, lab: string, labFile: TomlFile | undefined, rows: readonly MappedRow[], snapshot: Snapshot) {
  const list = candidates(lab, labFile, rows);
  const used = new Set<string>();
  const pick = <T>(get: (r: Row) => T | undefined): T | undefined => {
    for (const c of list) {
      const v = get(c.row);
      if (v !== undefined) {
        used.add(c.file);
        return v;
      }
    }
    return undefined;
  };
  const unverified: Unverified[] = [];
  let releaseDate = pick((r) => (r.release_date?.length === 10 ? r.release_date : undefined));
  if (releaseDate === undefined) {
    const month = pick((r) => r.release_date);
    if (month !== undefined) {
      releaseDate = `${month}-01`;
      unverified.push({ field: "releaseDate", note: `models.dev gives the month only (${month}); the first of the month is shown.` });
    }
  }
  const primary = list[0]?.row;
  // Provider files often leave open_weights at false; one that names open weights is evidence enough.
  const openWeights = labFile ? primary?.open_weights ?? false : rows.some((r) => r.row.open_weights !== undefined) ? rows.some((r) => r.row.open_weights === true) : undefined;
  const inputs = pick((r) => r.modalities?.input) ?? ["text"];
  const modalities = inputs.filter((m): m is Modality => ModalityEnum.safeParse(m).success);
  const facts = {
    name: pick((r) => r.name),
    openWeights,
    releaseDate,
    contextTokens: pick((r) => r.limit?.context),
    maxOutputTokens: pick((r) => r.limit?.output),
    modalities: modalities.length ? modalities : (["text"] as Modality[]),
    reasoning: primary ? { mode: reasoningMode(primary, rows) } : undefined,
    unverified,
  };
  const sources = [...used].sort((a, b) => (a === labFile?.file ? -1 : b === labFile?.file ? 1 : a < b ? -1 : 1)).map((f) => ({ source: modelsDevUrl(snapshot, f), asOf: snapshot.modelsDev.date }));
  return { facts, sources, upstream: list[0] ? `models.dev/${list[0].file}` : undefined, id };
}

const CHECKED = ["openWeights", "releaseDate", "contextTokens", "maxOutputTokens", "modalities"] as const;

/** The model file: imported figures, then the architecture overlay, then the release's overlay (which wins). */
export function buildModel(args: {
  id: string; overlay: ModelOverlay; arch?: ArchitectureOverlay; lab: LabFile; labFile?: TomlFile; rows: readonly MappedRow[]; snapshot: Snapshot; report: Report;
}): ModelDraft | undefined {
  const { id, overlay: o, arch, lab, labFile, rows, snapshot, report } = args;
  const labId = o.lab ?? "";
  const imp = importedFacts(id, labId, labFile, rows, snapshot);
  const f = imp.facts;
  for (const k of CHECKED) {
    const mine = o[k], theirs = f[k];
    if (mine !== undefined && theirs !== undefined && JSON.stringify(mine) !== JSON.stringify(theirs)) {
      report.conflicts.push(`models/${id}: ${k} ${JSON.stringify(mine)} from the overlay wins over ${JSON.stringify(theirs)} in the snapshot`);
    }
  }
  const openWeights = o.openWeights ?? f.openWeights ?? false;
  const releaseDate = o.releaseDate ?? f.releaseDate;
  const contextTokens = o.contextTokens ?? f.contextTokens;
  if (releaseDate === undefined || contextTokens === undefined) {
    report.skipped.push(`models/${id}: left out: no ${releaseDate === undefined ? "release date" : "context length"} in the snapshot or the overlay`);
    return undefined;
  }
  const license = o.license ?? arch?.license ?? defaultLicense(openWeights, lab, imp.sources[0]);
  const unverified = [...(o.unverified ?? []), ...(o.releaseDate ? [] : f.unverified)];
  if (!o.license && !arch?.license && openWeights) unverified.push({ field: "license", note: "The licence of this checkpoint was not read; check its repository before commercial use." });
  if (arch?.note) unverified.push({ field: "architecture", note: arch.note });
  const sources = dedupe([...imp.sources, ...(o.sources ?? [])]);
  if (sources.length === 0) sources.push({ source: lab.source, asOf: lab.asOf });
  const maxOutputTokens = o.maxOutputTokens ?? f.maxOutputTokens;
  const reasoning = o.reasoning ?? f.reasoning;
  const params = o.params ?? arch?.params, architecture = o.architecture ?? arch?.architecture, nativeFormat = o.nativeFormat ?? arch?.nativeFormat;
  return {
    name: o.name ?? f.name ?? id, lab: labId, openWeights, releaseDate, license,
    ...(params ? { params } : {}), contextTokens, ...(maxOutputTokens !== undefined ? { maxOutputTokens } : {}),
    modalities: o.modalities ?? f.modalities, ...(architecture ? { architecture } : {}),
    benchmarks: o.benchmarks ?? [], sources, unverified, contentNotes: o.contentNotes ?? [],
    ...(o.family ? { family: o.family } : {}), ...(o.predecessor ? { predecessor: o.predecessor } : {}), aliases: o.aliases ?? [],
    ...(reasoning ? { reasoning } : {}), ...(nativeFormat ? { nativeFormat } : {}), ...(imp.upstream ? { upstream: imp.upstream } : {}),
  };
}

function defaultLicense(openWeights: boolean, lab: LabFile, where: { source: string; asOf: string } | undefined) {
  if (!openWeights) {
    return { id: "proprietary", commercial: true, note: `Closed weights, served through APIs; commercial use under ${lab.name}'s and the provider's terms.`, source: lab.source, asOf: lab.asOf };
  }
  const at = where ?? { source: lab.source, asOf: lab.asOf };
  return { id: "unverified", commercial: false, note: "Open weights; the licence was not read, so commercial use is not assumed.", ...at };
}

const dedupe = <T extends { source: string }>(xs: T[]): T[] => xs.filter((x, i) => xs.findIndex((y) => y.source === x.source) === i);
