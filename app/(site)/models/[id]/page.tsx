import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { catalog } from "@/lib/catalog";
import { format, words } from "@/lib/vocab";
import { MemoryTable } from "@/components/models/memory-table";
import { SourceLink } from "@/components/models/source-link";
import { findModel, memoryRows, modelById, qualityRows } from "./model-data";

export const dynamicParams = false;

/** Every release and every former id (which redirects): any other id is a 404 that writes nothing to disk (issue 13). */
export function generateStaticParams() {
  return catalog.models.flatMap((m) => [m.id, ...(m.aliases ?? [])]).map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

const W = words("en");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: findModel(id)?.model.name ?? "Model not found" };
}

function Fact({ label, children, unverified }: { label: string; children: React.ReactNode; unverified?: string }) {
  return (
    <div className="border-b border-line py-2 sm:grid sm:grid-cols-[12rem_minmax(0,1fr)] sm:gap-3">
      <dt className="font-medium">{label}</dt>
      <dd className="min-w-0">
        {children}
        {unverified ? <p className="mt-1 text-sm text-warn"><span aria-hidden="true">⚠ </span>Unverified: {unverified}</p> : null}
      </dd>
    </div>
  );
}

const H2 = "text-xl font-semibold";

export default async function ModelPage({ params }: Props) {
  const { id } = await params;
  const found = findModel(id);
  if (!found) notFound();
  if (found.redirect) permanentRedirect(`/models/${found.model.id}`);
  const m = found.model;
  const unv = (field: string) => m.unverified.filter((u) => u.field === field || u.field.startsWith(`${field}.`)).map((u) => u.note).join(" ") || undefined;
  const offerings = catalog.offerings.filter((o) => o.modelId === m.id).sort((a, b) => a.inputUsdPerMTok - b.inputUsdPerMTok);
  const provider = (pid: string) => catalog.providers.find((p) => p.id === pid);
  const successor = m.successor ? modelById(m.successor) : undefined;
  const predecessor = m.predecessor ? modelById(m.predecessor) : undefined;
  const memory = m.openWeights ? memoryRows(m) : undefined;
  const evidence = qualityRows(m.id);
  const a = m.architecture;
  return (
    <div className="grid min-w-0 gap-8">
      <header className="min-w-0">
        <p className="text-sm"><Link prefetch={false} href="/models">← All models</Link></p>
        <h1 className="mt-1 text-3xl font-bold break-words">{m.name}</h1>
        <p className="text-muted">{m.labName} · {W.country(m.origin)} · released {m.releaseDate} · {m.openWeights ? "open weights" : "API only"}</p>
        {successor ? (
          <p className="mt-3 rounded bg-warn-soft p-3 text-sm text-warn">
            Newer version available: <Link prefetch={false} href={`/models/${successor.id}`} className="font-medium">{successor.name}</Link> ({successor.releaseDate}).
          </p>
        ) : null}
        {predecessor ? <p className="mt-2 text-sm text-muted">Succeeds <Link prefetch={false} href={`/models/${predecessor.id}`}>{predecessor.name}</Link>.</p> : null}
      </header>
      <section aria-labelledby="facts-h" className="min-w-0">
        <h2 id="facts-h" className={H2}>Facts</h2>
        <dl className="mt-2">
          <Fact label="Weights">{m.openWeights ? "Open weights: run them on rented or your own GPUs" : "API only: the weights are not published"}</Fact>
          <Fact label="Licence" unverified={unv("license")}>
            {m.license.id} ({m.license.commercial ? "commercial use allowed" : "no commercial use"}){m.license.note ? `. ${m.license.note}` : ""}{" "}
            <SourceLink source={m.license.source} asOf={m.license.asOf} />
          </Fact>
          <Fact label="Parameters" unverified={unv("params")}>
            {m.params ? <>{format.grouped(m.params.totalB, 1)} B total, {format.grouped(m.params.activeB, 1)} B active per token <SourceLink source={m.params.source} asOf={m.params.asOf} /></> : <span className="text-muted">not published</span>}
          </Fact>
          <Fact label="Context" unverified={unv("contextTokens")}>{format.count(m.contextTokens)} tokens ({format.tokens(m.contextTokens)})</Fact>
          <Fact label="Reads">{m.modalities.join(", ")}</Fact>
          {m.nativeFormat ? <Fact label="Published format">{W.quant(m.nativeFormat.format)} <SourceLink source={m.nativeFormat.source} asOf={m.nativeFormat.asOf} /></Fact> : null}
          <Fact label="Architecture" unverified={unv("architecture")}>
            {a ? (
              <>
                {a.layers} layers, {a.attention.toUpperCase()} attention
                {a.kvHeads ? `, ${a.kvHeads} KV heads` : ""}{a.headDim ? ` of ${a.headDim}` : ""}
                {a.kvLoraRank ? `, KV latent rank ${a.kvLoraRank} + RoPE ${a.qkRopeHeadDim}` : ""}
                {a.experts ? `, ${a.experts} experts (${a.expertsPerToken} per token)` : ""}{" "}
                <SourceLink source={a.source} asOf={a.asOf} />
              </>
            ) : <span className="text-muted">{m.openWeights ? "not in the catalog" : "not published (API only)"}</span>}
          </Fact>
          <Fact label="Sources">
            <ul>{m.sources.map((s) => <li key={s.source}><SourceLink source={s.source} asOf={s.asOf} /></li>)}</ul>
          </Fact>
        </dl>
        {m.unverified.length > 0 ? (
          <div className="mt-3 rounded bg-warn-soft p-3 text-sm text-warn">
            <p className="font-semibold">Unverified figures</p>
            <ul className="list-disc pl-5">{m.unverified.map((u) => <li key={u.field} className="break-words"><span className="font-mono">{u.field}</span>: {u.note}</li>)}</ul>
          </div>
        ) : null}
      </section>
      <section aria-labelledby="quality-h" className="min-w-0">
        <h2 id="quality-h" className={H2}>Quality evidence</h2>
        {evidence.length === 0 && m.benchmarks.length === 0 ? (
          <p className="mt-2 text-muted">No evaluation in the catalog measures this model: its quality is &ldquo;not measured&rdquo; on every task, shown as the full range.</p>
        ) : (
          <table role="table" className="stack-table mt-2 w-full text-sm">
            <caption className="sr-only">Evaluations of this model</caption>
            <thead role="rowgroup"><tr role="row" className="border-b border-line text-left"><th role="columnheader" scope="col" className="py-1.5 pr-3">Evaluation</th><th role="columnheader" scope="col" className="pr-3 sm:text-right">Score</th><th role="columnheader" scope="col" className="pr-3">Setting</th><th role="columnheader" scope="col" className="pr-3">Kind</th><th role="columnheader" scope="col">Source</th></tr></thead>
            <tbody role="rowgroup">
              {evidence.map((r) => (
                <tr key={r.key} role="row" className="border-b border-line align-top">
                  <th role="rowheader" scope="row" className="py-1.5 pr-3 text-left font-medium">{`${r.source}: ${r.metric}`}</th>
                  <td role="cell" data-label="Score" className="pr-3 sm:text-right">{r.score}</td>
                  <td role="cell" data-label="Setting" className="pr-3 text-muted">{r.setting ?? ""}</td>
                  <td role="cell" data-label="Kind" className="pr-3 text-muted">{r.kind === "independent" ? `independent${r.secondary ? " (mirror)" : ""}` : "vendor-reported"}</td>
                  <td role="cell" data-label="Source"><SourceLink source={r.href} asOf={r.date} />{r.credit ? <span className="block text-xs text-muted">{r.credit}</span> : null}</td>
                </tr>
              ))}
              {m.benchmarks.map((b, i) => (
                <tr key={`${b.name}-${i}`} role="row" className="border-b border-line align-top">
                  <th role="rowheader" scope="row" className="py-1.5 pr-3 text-left font-medium">{b.name}</th>
                  <td role="cell" data-label="Score" className="pr-3 sm:text-right">{b.score}</td>
                  <td role="cell" data-label="Setting" className="pr-3 text-muted">{b.setting ?? ""}</td>
                  <td role="cell" data-label="Kind" className="pr-3 text-muted">{b.reportedBy === "third-party" ? "third party" : "vendor-reported"}</td>
                  <td role="cell" data-label="Source"><SourceLink source={b.source} asOf={b.asOf} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="off-h" className="min-w-0">
        <h2 id="off-h" className={H2}>API offerings</h2>
        {offerings.length === 0 ? <p className="mt-2 text-muted">No API offering in the catalog{m.openWeights ? ": run the open weights on rented or own GPUs" : ""}.</p> : (
          <table role="table" className="stack-table mt-2 w-full text-sm">
            <caption className="sr-only">Where this model is offered as an API</caption>
            <thead role="rowgroup"><tr role="row" className="border-b border-line text-left"><th role="columnheader" scope="col" className="py-1.5 pr-3">Provider</th><th role="columnheader" scope="col" className="pr-3">May process prompts in</th><th role="columnheader" scope="col" className="pr-3">Run by</th><th role="columnheader" scope="col" className="pr-3 sm:text-right">Per M input / output</th><th role="columnheader" scope="col">Source</th></tr></thead>
            <tbody role="rowgroup">
              {offerings.map((o) => {
                const p = provider(o.providerId);
                return (
                  <tr key={o.id} role="row" className="border-b border-line align-top">
                    <th role="rowheader" scope="row" className="py-1.5 pr-3 text-left font-medium">
                      {p?.name ?? o.providerId}{o.endpoint ? ` (${o.endpoint})` : ""}
                      {o.status !== "active" ? <span className="block text-xs font-normal text-warn">{`${o.status}${o.retiresOn ? `, retires ${o.retiresOn}` : ""}`}</span> : null}
                      {o.unverified.length ? <span className="block text-xs font-normal text-warn">⚠ unverified: {o.unverified.map((u) => u.field).join(", ")}</span> : null}
                    </th>
                    <td role="cell" data-label="May process prompts in" className="pr-3">{`${W.regions(o.regions)} (${W.tables.scope[o.scope]})`}{o.planRequired ? <span className="block text-xs text-muted">{`Plan: ${o.planRequired}`}</span> : null}</td>
                    <td role="cell" data-label="Run by" className="pr-3">{p ? `${p.operator.name}, ${W.country(p.operator.country)}` : ""}</td>
                    <td role="cell" data-label="Per M input / output" className="pr-3 sm:text-right">
                      {`${W.money(o.inputUsdPerMTok)} / ${W.money(o.outputUsdPerMTok)}`}
                      {o.cachedInputUsdPerMTok !== undefined ? <span className="block text-xs text-muted">{`cached input ${W.money(o.cachedInputUsdPerMTok)}`}</span> : null}
                      {o.batchInputUsdPerMTok !== undefined ? <span className="block text-xs text-muted">{`batch ${W.money(o.batchInputUsdPerMTok)} / ${W.money(o.batchOutputUsdPerMTok ?? o.outputUsdPerMTok)}`}</span> : null}
                      {o.fx ? <span className="block text-xs text-muted">{`published in ${o.fx.currency}, at ${format.grouped(o.fx.usdPer, 4)} USD (${o.fx.asOf})`}</span> : null}
                    </td>
                    <td role="cell" data-label="Source"><SourceLink source={o.source} asOf={o.asOf} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="mem-h" className="min-w-0">
        <h2 id="mem-h" className={`mb-2 ${H2}`}>Memory to run it</h2>
        {!m.openWeights ? (
          <p className="text-muted">API only: the weights are not published, so there is nothing to run on your own or rented GPUs.</p>
        ) : memory ? (
          <MemoryTable table={memory} note="Weights plus the KV cache (BF16) of one sequence; a runtime adds its own allowance per GPU. A Mixture-of-Experts model keeps every expert in memory." />
        ) : (
          <p className="text-muted">Not enough architecture data in the catalog (parameters, layers, attention sizes) to estimate memory.</p>
        )}
      </section>
      {m.contentNotes.length > 0 ? (
        <section aria-labelledby="content-h" className="min-w-0">
          <h2 id="content-h" className={H2}>Documented content handling</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">{m.contentNotes.map((n) => <li key={n.text}>{n.text} <SourceLink source={n.source} asOf={n.asOf} /></li>)}</ul>
        </section>
      ) : null}
    </div>
  );
}
