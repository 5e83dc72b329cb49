import type { Option } from "@/lib/schema/recommendation";
import { format, type Words } from "@/lib/vocab";
import { whereLine } from "./option-words";
import { inLocale } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";



function Link({ href, children }: { href: string; children: React.ReactNode }) {
  return <a href={href} rel="noreferrer">{children}</a>;
}

/**
 * "Where your prompts go" (issue 18): regions as far as the catalog proves them, who runs the
 * service and under which country's parent, the contracting entity, scope and plan, the data
 * policy and its documents. Nothing here moves a score unless the person excluded an operator country.
 */
export function EvidenceBlock({ o, W }: { o: Option; W: Words }) {
  const ev = o.evidence;
  const d = o.deployment;
  const t = inLocale(RESULTS, W.locale);
  const k = t.evidence;
  const TRAINING = t.training;
  const ZERO_RETENTION = t.zeroRetention;
  const rows: [string, React.ReactNode][] = [[k.where, whereLine(o, W)]];
  if (d.rental) rows.push([k.dataCentre, d.rental.marketplace ? t.marketplaceCentre(d.rental.provider) : `${d.rental.provider}${d.rental.location ? `, ${d.rental.location}` : ""}`]);
  if (ev.operator) rows.push([k.runBy, `${ev.operator}${ev.operatorCountry ? t.parentIn(W.country(ev.operatorCountry)) : ""}`]);
  if (ev.contractingEntity) rows.push([k.contract, `${ev.contractingEntity}${ev.contractingCountry ? ` (${W.country(ev.contractingCountry)})` : ""}`]);
  if (ev.scope) rows.push([k.scope, W.tables.scope[ev.scope]]);
  if (ev.planRequired) rows.push([k.plan, ev.planRequired]);
  const policy = [
    ev.trainsOnPrompts ? (TRAINING[ev.trainsOnPrompts] ?? ev.trainsOnPrompts) : undefined,
    ev.retentionDays !== undefined ? t.keeps(format.count(ev.retentionDays)) : undefined,
    ev.zeroRetention ? (ZERO_RETENTION[ev.zeroRetention] ?? ev.zeroRetention) : undefined,
  ].filter((x): x is string => x !== undefined);
  if (policy.length > 0) rows.push([k.policy, policy.join(t.policySep)]);
  const links = [
    ev.dpaUrl ? <Link key="dpa" href={ev.dpaUrl}>{k.dpa}</Link> : null,
    ev.subprocessorsUrl ? <Link key="sub" href={ev.subprocessorsUrl}>{k.sub}</Link> : null,
    ev.source ? <Link key="src" href={ev.source}>{`${k.source}${ev.asOf ? `, ${ev.asOf}` : ""}`}</Link> : null,
  ].filter(Boolean);
  if (links.length > 0) rows.push([k.documents, <span key="l" className="flex flex-wrap gap-x-3">{links}</span>]);
  if (o.otherHosts !== undefined) rows.push([k.exit, t.exitLine(format.count(o.otherHosts), o.otherHosts === 1, o.selfHostable === true)]);
  return (
    <dl className="facts-grid">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
