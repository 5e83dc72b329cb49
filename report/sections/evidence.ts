import type { Option } from "../../lib/schema/recommendation";
import type { Memo } from "../context";
import type { Block } from "../pdf/pager";
import { run, type Run } from "../pdf/text-layout";
import { CELL, CELL_LINK, CELL_MUTED, CELL_SMALL, labelTable, part } from "./card-parts";

/** A code's words from a typed table, or the code itself when the catalog holds one the table lacks. */
function wordOf<T extends Record<string, string>>(table: T, code: string): string {
  return Object.hasOwn(table, code) ? (table[code] as string) : code;
}

/** The provider or cloud behind the option, for what the Recommendation does not carry (its own words on processing, retention). */
function operatorFacts(m: Memo, o: Option): { processing?: string; retention?: string } {
  const d = o.deployment;
  const provider = d.kind === "api" ? m.catalog.providers.find((p) => p.id === d.providerId) : undefined;
  const cloud = d.rental ? m.catalog.clouds.find((c) => c.id === d.rental?.cloudId) : undefined;
  const policy = provider?.dataPolicy ?? cloud?.dataPolicy;
  return {
    ...(provider?.processing ? { processing: provider.processing } : {}),
    ...(policy?.retention ? { retention: policy.retention } : {}),
  };
}

/**
 * "Where your prompts go" (issue 18): the regions where prompts are processed, said only where the
 * catalog proves them ("location not guaranteed" for a marketplace host), who operates the service
 * and where its parent is, the contracting entity, the deployment scope and any plan it needs, the
 * data policy, and the links to the DPA and the sub-processor list. A section a procurement file keeps.
 */
export function evidenceBlock(m: Memo, o: Option, x: number): Block {
  const { p, S, W } = m;
  const e = o.evidence;
  const v = S.evidence;
  const text = (t: string, style = CELL): Run[] => [run(t, style)];
  const link = (url: string): Run[] => [run(url, CELL_LINK, /^https?:\/\//.test(url) ? url : undefined)];
  const rows: { label: string; value: Run[] }[] = [];
  const own = o.deployment.kind === "own-hardware";
  const where = own ? v.premises : !e.locationProven ? (e.regions.length === 0 && !o.deployment.rental?.marketplace ? v.undocumented : v.notGuaranteed) : W.regions(e.regions);
  rows.push({ label: v.processedIn, value: text(where) });
  const facts = operatorFacts(m, o);
  if (facts.processing) rows.push({ label: v.processing, value: text(facts.processing, CELL_SMALL) });
  if (!own) {
    rows.push({ label: v.operator, value: text(e.operator ? v.operatorValue(e.operator, e.operatorCountry ? W.country(e.operatorCountry) : v.notStated) : v.notStated) });
    if (e.contractingEntity) rows.push({ label: v.contracting, value: text(`${e.contractingEntity}${e.contractingCountry ? ` (${W.country(e.contractingCountry)})` : ""}`) });
    if (e.scope) rows.push({ label: v.scope, value: text(W.tables.scope[e.scope]) });
    if (e.planRequired) rows.push({ label: v.plan, value: text(e.planRequired) });
    const policy = [
      ...(e.trainsOnPrompts ? [v.trains(wordOf(S.trains, e.trainsOnPrompts))] : []),
      ...(e.retentionDays !== undefined ? [v.retention(e.retentionDays)] : []),
      ...(e.zeroRetention ? [v.zeroRetention(wordOf(S.zeroRetention, e.zeroRetention))] : []),
    ];
    rows.push({ label: v.policy, value: [run(policy.length > 0 ? policy.join("; ") : v.notStated, CELL), ...(facts.retention ? [run(`\n${facts.retention}`, CELL_SMALL)] : [])] });
    // Where the operator and policy facts were read is listed under Sources, with every other figure.
    const contract = (label: string, url: string | undefined): Run[] => [run(`${label}: `, CELL_MUTED), ...(url ? link(url) : text(v.notStated, CELL_MUTED))];
    rows.push({ label: v.contracts, value: [...contract(v.dpa, e.dpaUrl), run("\n", CELL), ...contract(v.subprocessors, e.subprocessorsUrl)] });
  }
  return part(p, v.head, [labelTable(p, rows, x)], x);
}
