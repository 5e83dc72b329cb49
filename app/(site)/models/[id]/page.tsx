import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { catalog } from "@/lib/catalog";
import { formatTokens } from "@/components/format";
import { countryName, regionWords } from "@/components/labels";
import { MemoryTable } from "@/components/models/memory-table";
import { SourceLink } from "@/components/models/source-link";

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return catalog.models.map((m) => ({ id: m.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const m = catalog.models.find((x) => x.id === id);
  return { title: m?.name ?? "Model not found" };
}

function Fact({ label, children, unverified }: { label: string; children: React.ReactNode; unverified?: string }) {
  return (
    <div className="border-b border-line py-2 sm:grid sm:grid-cols-[12rem_1fr] sm:gap-3">
      <dt className="font-medium">{label}</dt>
      <dd>
        {children}
        {unverified ? <p className="mt-1 text-sm text-warn"><span aria-hidden="true">⚠ </span>Unverified: {unverified}</p> : null}
      </dd>
    </div>
  );
}

export default async function ModelPage({ params }: Props) {
  const { id } = await params;
  const m = catalog.models.find((x) => x.id === id);
  if (!m) notFound();
  const unv = (field: string) => m.unverified.filter((u) => u.field === field || u.field.startsWith(`${field}.`)).map((u) => u.note).join(" ") || undefined;
  const offerings = catalog.offerings.filter((o) => o.modelId === m.id).sort((a, b) => a.inputUsdPerMTok - b.inputUsdPerMTok);
  const provider = (id: string) => catalog.providers.find((p) => p.id === id)?.name ?? id;
  const a = m.architecture;
  return (
    <div className="grid gap-8">
      <header>
        <p className="text-sm"><Link prefetch={false} href="/models">← All models</Link></p>
        <h1 className="mt-1 text-3xl font-bold">{m.name}</h1>
        <p className="text-muted">{m.labName} · {countryName(m.origin)} · released {m.releaseDate}</p>
      </header>
      <section aria-labelledby="facts-h">
        <h2 id="facts-h" className="text-xl font-semibold">Facts</h2>
        <dl className="mt-2">
          <Fact label="Weights">{m.openWeights ? "Open weights" : "API only"}</Fact>
          <Fact label="Licence" unverified={unv("license")}>
            {m.license.id} ({m.license.commercial ? "commercial use allowed" : "no commercial use"}){m.license.note ? `. ${m.license.note}` : ""}{" "}
            <SourceLink source={m.license.source} asOf={m.license.asOf} />
          </Fact>
          <Fact label="Parameters" unverified={unv("params")}>
            {m.params ? <>{m.params.totalB} B total, {m.params.activeB} B active per token <SourceLink source={m.params.source} asOf={m.params.asOf} /></> : <span className="text-muted">not published</span>}
          </Fact>
          <Fact label="Context" unverified={unv("contextTokens")}>{m.contextTokens.toLocaleString("en-US")} tokens ({formatTokens(m.contextTokens)})</Fact>
          <Fact label="Reads">{m.modalities.join(", ")}</Fact>
          <Fact label="Architecture" unverified={unv("architecture")}>
            {a ? (
              <>
                {a.layers} layers, {a.attention.toUpperCase()} attention
                {a.kvHeads ? `, ${a.kvHeads} KV heads` : ""}{a.headDim ? ` of ${a.headDim}` : ""}
                {a.kvLoraRank ? `, KV latent rank ${a.kvLoraRank} + RoPE ${a.qkRopeHeadDim}` : ""}
                {a.experts ? `, ${a.experts} experts (${a.expertsPerToken} per token)` : ""}{" "}
                <SourceLink source={a.source} asOf={a.asOf} />
              </>
            ) : <span className="text-muted">not in the catalog</span>}
          </Fact>
          <Fact label="Sources">
            <ul>{m.sources.map((s) => <li key={s.source}><SourceLink source={s.source} asOf={s.asOf} /></li>)}</ul>
          </Fact>
        </dl>
        {m.unverified.length > 0 ? (
          <div className="mt-3 rounded bg-warn-soft p-3 text-sm text-warn">
            <p className="font-semibold">Unverified figures</p>
            <ul className="list-disc pl-5">{m.unverified.map((u) => <li key={u.field}><span className="font-mono">{u.field}</span>: {u.note}</li>)}</ul>
          </div>
        ) : null}
      </section>
      <section aria-labelledby="bench-h">
        <h2 id="bench-h" className="text-xl font-semibold">Benchmarks</h2>
        {m.benchmarks.length === 0 ? <p className="mt-2 text-muted">No benchmark in the catalog: quality on tasks counts as unknown (neutral) and lowers data confidence.</p> : (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full min-w-[34rem] text-sm">
              <thead><tr className="border-b border-line text-left"><th scope="col" className="py-1.5 pr-3">Benchmark</th><th scope="col" className="pr-3 text-right">Score</th><th scope="col" className="pr-3">Setting</th><th scope="col" className="pr-3">Reported by</th><th scope="col">Source</th></tr></thead>
              <tbody>
                {m.benchmarks.map((b, i) => (
                  <tr key={`${b.name}-${i}`} className="border-b border-line">
                    <th scope="row" className="py-1.5 pr-3 text-left font-medium">{b.name}</th>
                    <td className="pr-3 text-right">{b.score}</td>
                    <td className="pr-3 text-muted">{b.setting ?? ""}</td>
                    <td className="pr-3 text-muted">{b.reportedBy === "self" ? "the lab" : b.reportedBy === "third-party" ? "third party" : ""}</td>
                    <td><SourceLink source={b.source} asOf={b.asOf} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="off-h">
        <h2 id="off-h" className="text-xl font-semibold">API offerings</h2>
        {offerings.length === 0 ? <p className="mt-2 text-muted">No API offering in the catalog{m.openWeights ? ": run the open weights on rented or own GPUs" : ""}.</p> : (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full min-w-[34rem] text-sm">
              <thead><tr className="border-b border-line text-left"><th scope="col" className="py-1.5 pr-3">Provider</th><th scope="col" className="pr-3">Processed in</th><th scope="col" className="pr-3 text-right">$/M input</th><th scope="col" className="pr-3 text-right">$/M output</th><th scope="col">Source</th></tr></thead>
              <tbody>
                {offerings.map((o) => (
                  <tr key={o.id} className="border-b border-line align-top">
                    <th scope="row" className="py-1.5 pr-3 text-left font-medium">{provider(o.providerId)}{o.endpoint ? ` (${o.endpoint})` : ""}{o.unverified.length ? <span className="block text-xs font-normal text-warn">⚠ unverified: {o.unverified.map((u) => u.field).join(", ")}</span> : null}</th>
                    <td className="pr-3">{o.regions.map(regionWords).join(", ")}</td>
                    <td className="pr-3 text-right">${o.inputUsdPerMTok}</td>
                    <td className="pr-3 text-right">${o.outputUsdPerMTok}</td>
                    <td><SourceLink source={o.source} asOf={o.asOf} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="mem-h">
        <h2 id="mem-h" className="mb-2 text-xl font-semibold">Memory to run it</h2>
        <MemoryTable model={m} />
      </section>
      {m.contentNotes.length > 0 ? (
        <section aria-labelledby="content-h">
          <h2 id="content-h" className="text-xl font-semibold">Documented content handling</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">{m.contentNotes.map((n) => <li key={n.text}>{n.text} <SourceLink source={n.source} asOf={n.asOf} /></li>)}</ul>
        </section>
      ) : null}
    </div>
  );
}
