import { catalog } from "@/lib/catalog";
import { TASKS } from "@/lib/schema/common";
import { format, words } from "@/lib/vocab";
import { H2, H3, Table } from "./table";

const W = words("en");

/** The quality sources and the mapping from evaluations to tasks (data/quality), rendered from the catalog: whatever is there. */
export function QualitySources() {
  const q = catalog.quality;
  const sources = q?.sources ?? [];
  const byId = new Map(sources.map((s) => [s.id, s]));
  const scale = (s: (typeof sources)[number]) =>
    s.scale.kind === "anchored" ? `linear map: ${s.scale.low.model} = ${s.scale.low.maps}, ${s.scale.high.model} = ${s.scale.high.maps}` : s.scale.kind === "fraction" ? "fraction × 100" : "as published (per cent)";
  return (
    <section aria-labelledby="quality-h">
      <h2 id="quality-h" className={H2}>Quality: sources and how they map to your tasks</h2>
      <p className="mt-2">
        Quality comes first from evaluations run with one harness across many models (open and closed alike); tables the labs report about their own models count as a
        second source{q ? `, each at ${format.percent(q.mapping.vendorWeight)} of an independent one` : ""}, and are marked so. Each source&rsquo;s value becomes 0-100 by
        its scale; per task, sources combine by inverse-variance weighting (a source&rsquo;s own interval where it publishes one, else its stated sigma). A task nobody
        measured is &ldquo;not measured&rdquo;: it widens the option&rsquo;s range by its weight times the full scale and is never filled with a middle value.
      </p>
      {sources.length === 0 ? (
        <p className="mt-3 text-muted">The catalog holds no quality source yet.</p>
      ) : (
        <>
          <h3 className={H3}>Sources</h3>
          <Table
            caption={`${sources.length} sources in the catalog`}
            head={["Source", "Kind", "How it is run", "Scale", "Sigma", "Licence", "As of"]}
            rows={sources.map((s) => [
              s.url ? <a href={s.url}>{s.name}</a> : s.name,
              `${s.kind === "independent" ? "independent" : "vendor-reported"}${s.secondary ? ", mirror" : ""}`,
              s.harness,
              scale(s),
              format.grouped(s.sigma, 1),
              `${s.licence}${s.credit ? `; ${s.credit}` : ""}`,
              s.asOf,
            ])}
          />
          <h3 className={H3}>Which evaluation measures which task</h3>
          {TASKS.map((t) => {
            const entries = (q?.mapping.entries ?? []).filter((e) => e.task === t);
            return entries.length === 0 ? (
              <p key={t} className="mt-3 text-sm"><span className="font-semibold">{W.tables.task[t].short}</span>: no evaluation mapped; every model is &ldquo;not measured&rdquo; here.</p>
            ) : (
              <Table
                key={t}
                caption={W.tables.task[t].short}
                heading
                head={["Evaluation", "Weight", "Why"]}
                rows={entries.map((e) => {
                  const s = byId.get(e.source);
                  return [`${s?.name ?? e.source}: ${s?.metrics[e.metric]?.label ?? e.metric}`, format.grouped(e.weight, 2), e.reason];
                })}
              />
            );
          })}
        </>
      )}
    </section>
  );
}
