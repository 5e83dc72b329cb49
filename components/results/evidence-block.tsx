import type { Option } from "@/lib/schema/recommendation";
import { format, type Words } from "@/lib/vocab";
import { whereLine } from "./option-words";

/** The data-policy values of the catalog in words (a typed table: a new value fails to compile). */
const TRAINING: Record<string, string> = {
  no: "does not train on your prompts",
  yes: "may train on your prompts",
  "opt-out": "trains on prompts unless you opt out",
  "opt-in": "trains on prompts only if you opt in",
  unknown: "use of prompts for training not documented",
};
const ZERO_RETENTION: Record<string, string> = {
  default: "zero data retention by default",
  available: "zero data retention available on request or by setting",
  "on-approval": "zero data retention on approval",
  no: "no zero-retention option",
  unknown: "zero retention not documented",
};

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
  const rows: [string, React.ReactNode][] = [["Where", whereLine(o, W)]];
  if (d.rental) rows.push(["Data centre", d.rental.marketplace ? `${d.rental.provider} marketplace: the host's country is not guaranteed, no DPA behind the listing` : `${d.rental.provider}${d.rental.location ? `, ${d.rental.location}` : ""}`]);
  if (ev.operator) rows.push(["Run by", `${ev.operator}${ev.operatorCountry ? `, parent company in ${W.country(ev.operatorCountry)}` : ""}`]);
  if (ev.contractingEntity) rows.push(["Contract with", `${ev.contractingEntity}${ev.contractingCountry ? ` (${W.country(ev.contractingCountry)})` : ""}`]);
  if (ev.scope) rows.push(["Scope", W.tables.scope[ev.scope]]);
  if (ev.planRequired) rows.push(["Plan", ev.planRequired]);
  const policy = [
    ev.trainsOnPrompts ? (TRAINING[ev.trainsOnPrompts] ?? ev.trainsOnPrompts) : undefined,
    ev.retentionDays !== undefined ? `keeps prompts ${format.count(ev.retentionDays)} days` : undefined,
    ev.zeroRetention ? (ZERO_RETENTION[ev.zeroRetention] ?? ev.zeroRetention) : undefined,
  ].filter((x): x is string => x !== undefined);
  if (policy.length > 0) rows.push(["Data policy", policy.join("; ")]);
  const links = [
    ev.dpaUrl ? <Link key="dpa" href={ev.dpaUrl}>Data processing agreement</Link> : null,
    ev.subprocessorsUrl ? <Link key="sub" href={ev.subprocessorsUrl}>Sub-processors</Link> : null,
    ev.source ? <Link key="src" href={ev.source}>{`Source${ev.asOf ? `, ${ev.asOf}` : ""}`}</Link> : null,
  ].filter(Boolean);
  if (links.length > 0) rows.push(["Documents", <span key="l" className="flex flex-wrap gap-x-3">{links}</span>]);
  if (o.otherHosts !== undefined) rows.push(["Exit", `${format.count(o.otherHosts)} other ${o.otherHosts === 1 ? "host" : "hosts"} in your regions serve this release${o.selfHostable ? "; it can also run on your own GPUs" : ""}`]);
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
