import { QualitySourceFile, type QualityRow, type QualityScale } from "../../lib/schema/quality";
import { chooseDefault } from "./choose-default";
import { defaultFor } from "./defaults";
import { refusedLicence } from "./licence";
import { releaseOf, type NameMap } from "./names";
import type { Draft, DraftRow, Mode } from "./types";

export type BuildContext = {
  names: NameMap;
  /** Release ids that have a data/models file. */
  models: ReadonlySet<string>;
  /** Sources built so far, for a secondary source's official one. */
  built: ReadonlyMap<string, QualitySourceFile>;
};

export type BuildReport = {
  source: string;
  rows: number;
  releases: number;
  /** Printed names with no entry in names.json. */
  unmapped: string[];
  /** Release id -> printed names, for releases with no data/models file yet. */
  awaiting: Map<string, string[]>;
  /** Rows of names mapped to null. */
  outOfScope: number;
  /** Rows left out because the official source has the release (secondary sources). */
  official: number;
  notes: string[];
};

type Mapped = DraftRow & { model: string; order: number };

export function buildSource(draft: Draft, ctx: BuildContext): { file: QualitySourceFile; report: BuildReport } {
  const refused = refusedLicence(draft.meta);
  if (refused) throw new Error(`source ${draft.id}: its licence ("${draft.meta.licence}") is ${refused}; data/ may not carry it`);
  const report: BuildReport = { source: draft.id, rows: 0, releases: 0, unmapped: [], awaiting: new Map(), outOfScope: 0, official: 0, notes: [...(draft.notes ?? [])] };
  const mapped: Mapped[] = [];
  const unmapped = new Set<string>();
  draft.rows.forEach((row, order) => {
    const id = releaseOf(ctx.names, draft.id, row.as);
    if (id === undefined) unmapped.add(row.as);
    else if (id === null) report.outOfScope++;
    else if (!ctx.models.has(id)) report.awaiting.set(id, [...new Set([...(report.awaiting.get(id) ?? []), row.as])]);
    else mapped.push({ ...row, model: id, order });
  });
  report.unmapped = [...unmapped].sort();
  const kept = draft.secondaryOf ? dropOfficial(mapped, draft, ctx, report) : mapped;
  const rows = markDefaults(kept, report).sort(byRow);
  const file = QualitySourceFile.parse({ ...draft.meta, secondary: draft.meta.secondary ?? false, rows });
  report.rows = rows.length;
  report.releases = new Set(rows.map((r) => r.model)).size;
  checkAnchors(file, report);
  return { file, report };
}

/** A secondary source keeps only releases its official source lacks in the same arena, and the anchor rows. */
function dropOfficial(rows: Mapped[], draft: Draft, ctx: BuildContext, report: BuildReport): Mapped[] {
  const official = ctx.built.get(draft.secondaryOf ?? "");
  if (!official) throw new Error(`source ${draft.id}: its official source ${draft.secondaryOf} must be built first`);
  const arena = (metric: string) => metric.split("/")[0] ?? metric;
  const has = new Set(official.rows.map((r) => `${arena(r.metric)} ${r.model}`));
  const anchors = anchorModels([draft.meta.scale, ...Object.values(draft.meta.metrics).map((m) => m.scale)]);
  return rows.filter((r) => {
    const keep = !has.has(`${arena(r.metric)} ${r.model}`) || anchors.has(r.model);
    if (!keep) report.official++;
    return keep;
  });
}

function anchorModels(scales: readonly (QualityScale | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const s of scales) if (s?.kind === "anchored") out.add(s.low.model).add(s.high.model);
  return out;
}

/** Where a source lists several settings of one release for a metric, the default one is marked. */
function markDefaults(rows: Mapped[], report: BuildReport): QualityRow[] {
  const groups = new Map<string, Mapped[]>();
  for (const r of rows) groups.set(`${r.model} ${r.metric}`, [...(groups.get(`${r.model} ${r.metric}`) ?? []), r]);
  const out: QualityRow[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      out.push(toRow(group[0] as Mapped));
      continue;
    }
    const model = (group[0] as Mapped).model;
    const rule = defaultFor(model);
    const { index, exact } = chooseDefault(group, rule?.mode ?? {});
    if (!exact) report.notes.push(`${model} ${group[0]?.metric}: no row at the default setting (${rule?.label}); using the nearest, "${group[index]?.as}"`);
    group.forEach((r, i) => {
      const isDefault = i === index;
      const said = isDefault && rule && exact ? defaultSetting(r, rule.mode, rule.label) : r.setting;
      out.push(toRow({ ...r, ...(said ? { setting: said } : {}) }, isDefault));
    });
  }
  return out;
}

/** The default row says so: "default setting: reasoning effort medium" when the row states it, else "as served (...)". */
function defaultSetting(r: Mapped, def: Mode, label: string): string {
  const stated = (Object.keys(def) as (keyof Mode)[]).some((k) => r.mode?.[k] !== undefined && r.mode[k] === def[k]);
  if (stated) return `default setting: ${r.setting}`;
  return r.setting ? `${r.setting}; as served (${label})` : `as served (${label})`;
}

function toRow(r: Mapped, isDefault?: boolean): QualityRow {
  return {
    model: r.model,
    as: r.as,
    metric: r.metric,
    score: r.score,
    ...(r.low !== undefined && r.high !== undefined ? { low: r.low, high: r.high } : {}),
    ...(r.setting ? { setting: r.setting } : {}),
    ...(isDefault !== undefined ? { default: isDefault } : {}),
    ...(r.date ? { date: r.date } : {}),
  };
}

const byRow = (a: QualityRow, b: QualityRow) =>
  cmp(a.model, b.model) || cmp(a.metric, b.metric) || cmp(a.as, b.as) || cmp(a.setting ?? "", b.setting ?? "") || cmp(a.date ?? "", b.date ?? "") || a.score - b.score;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An anchored metric is usable only if both anchor rows are in the file. */
function checkAnchors(file: QualitySourceFile, report: BuildReport): void {
  const metrics = new Set(file.rows.map((r) => r.metric));
  for (const metric of metrics) {
    const scale = file.metrics[metric]?.scale ?? file.scale;
    if (scale.kind !== "anchored") continue;
    for (const a of [scale.low.model, scale.high.model]) {
      if (!file.rows.some((r) => r.metric === metric && (r.model === a || r.as === a) && r.default !== false)) {
        report.notes.push(`${metric}: anchor "${a}" has no row, so the metric cannot be put on 0-100`);
      }
    }
  }
}
