import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { catalog } from "@/lib/catalog";
import { displayFx } from "@/lib/engine";
import { format, words, type Locale } from "@/lib/vocab";
import { inLocale, localePath } from "@/lib/vocab/ui/pair";
import { MODELS_UI } from "@/lib/vocab/ui/models";
import { MemoryTable } from "@/components/models/memory-table";
import { SourceLink } from "@/components/models/source-link";
import { findModel, memoryRows, modelById, qualityRows } from "./model-data";

export const dynamicParams = false;

/** Every release and every former id (which redirects): any other id is a 404 that writes nothing to disk (issue 13). */
export function generateStaticParams() {
  return catalog.models.flatMap((m) => [m.id, ...(m.aliases ?? [])]).map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }>; locale?: Locale };

const FX = displayFx(catalog);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: findModel(id)?.model.name ?? "Model not found" };
}

function Fact({ label, children, unverified, locale = "en" }: { label: string; children: React.ReactNode; unverified?: string; locale?: Locale }) {
  return (
    <div className="border-b border-line py-2 sm:grid sm:grid-cols-[12rem_minmax(0,1fr)] sm:gap-3">
      <dt className="font-medium">{label}</dt>
      <dd className="min-w-0">
        {children}
        {unverified ? <p className="mt-1 text-sm text-warn"><span aria-hidden="true">⚠ </span>{MODELS_UI.unverified[locale]}{unverified}</p> : null}
      </dd>
    </div>
  );
}

const H2 = "text-xl font-semibold";

export default async function ModelPage({ params, locale = "en" }: Props) {
  const { id } = await params;
  const found = findModel(id);
  if (!found) notFound();
  const at = (href: string) => localePath(locale, href);
  if (found.redirect) permanentRedirect(at(`/models/${found.model.id}`));
  const W = words(locale, locale === "zh" ? { currency: "CNY", fx: FX } : {});
  const t = inLocale(MODELS_UI, locale);
  const f = t.factLabels;
  const paren = (s: string) => (locale === "zh" ? `（${s}）` : ` (${s})`);
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
        <p className="text-sm"><Link prefetch={false} href={at("/models")}>{t.allModels}</Link></p>
        <h1 className="mt-1 text-3xl font-bold break-words">{m.name}</h1>
        <p className="text-muted">{m.labName} · {W.country(m.origin)} · {t.released(m.releaseDate)} · {m.openWeights ? t.openLower : t.apiOnlyLower}</p>
        {successor ? (
          <p className="mt-3 rounded bg-warn-soft p-3 text-sm text-warn">
            {t.newer}<Link prefetch={false} href={at(`/models/${successor.id}`)} className="font-medium">{successor.name}</Link>{paren(successor.releaseDate)}{locale === "zh" ? "。" : "."}
          </p>
        ) : null}
        {predecessor ? <p className="mt-2 text-sm text-muted">{t.succeeds[0]}<Link prefetch={false} href={at(`/models/${predecessor.id}`)}>{predecessor.name}</Link>{t.succeeds[1]}</p> : null}
      </header>
      <section aria-labelledby="facts-h" className="min-w-0">
        <h2 id="facts-h" className={H2}>{t.facts}</h2>
        <dl className="mt-2">
          <Fact label={f.weights}>{m.openWeights ? t.weightsOpen : t.weightsApi}</Fact>
          <Fact label={f.licence} unverified={unv("license")} locale={locale}>
            {m.license.id}{paren(t.commercial(m.license.commercial))}{m.license.note ? `. ${m.license.note}` : ""}{" "}
            <SourceLink source={m.license.source} asOf={m.license.asOf} />
          </Fact>
          <Fact label={f.params} unverified={unv("params")} locale={locale}>
            {m.params ? <>{t.paramsLine(format.grouped(m.params.totalB, 1), format.grouped(m.params.activeB, 1))} <SourceLink source={m.params.source} asOf={m.params.asOf} /></> : <span className="text-muted">{t.notPublished}</span>}
          </Fact>
          <Fact label={f.context} unverified={unv("contextTokens")} locale={locale}>{t.contextLine(format.count(m.contextTokens), format.tokens(m.contextTokens, locale))}</Fact>
          <Fact label={f.reads}>{m.modalities.join(", ")}</Fact>
          {m.nativeFormat ? <Fact label={f.format}>{W.quant(m.nativeFormat.format)} <SourceLink source={m.nativeFormat.source} asOf={m.nativeFormat.asOf} /></Fact> : null}
          <Fact label={f.architecture} unverified={unv("architecture")} locale={locale}>
            {a ? (
              <>
                {t.arch.layers(a.layers, a.attention.toUpperCase())}
                {a.kvHeads ? t.arch.kvHeads(a.kvHeads) : ""}{a.headDim ? t.arch.headDim(a.headDim) : ""}
                {a.kvLoraRank ? t.arch.latent(a.kvLoraRank, a.qkRopeHeadDim) : ""}
                {a.experts ? t.arch.experts(a.experts, a.expertsPerToken) : ""}{" "}
                <SourceLink source={a.source} asOf={a.asOf} />
              </>
            ) : <span className="text-muted">{m.openWeights ? t.arch.missing : t.arch.apiOnly}</span>}
          </Fact>
          <Fact label={f.sources}>
            <ul>{m.sources.map((s) => <li key={s.source}><SourceLink source={s.source} asOf={s.asOf} /></li>)}</ul>
          </Fact>
        </dl>
        {m.unverified.length > 0 ? (
          <div className="mt-3 rounded bg-warn-soft p-3 text-sm text-warn">
            <p className="font-semibold">{t.unverifiedFigures}</p>
            <ul className="list-disc pl-5">{m.unverified.map((u) => <li key={u.field} className="break-words"><span className="font-mono">{u.field}</span>: {u.note}</li>)}</ul>
          </div>
        ) : null}
      </section>
      <section aria-labelledby="quality-h" className="min-w-0">
        <h2 id="quality-h" className={H2}>{t.quality}</h2>
        {evidence.length === 0 && m.benchmarks.length === 0 ? (
          <p className="mt-2 text-muted">{t.noEval}</p>
        ) : (
          <table role="table" className="stack-table mt-2 w-full text-sm">
            <caption className="sr-only">{t.evalCaption}</caption>
            <thead role="rowgroup"><tr role="row" className="border-b border-line text-left"><th role="columnheader" scope="col" className="py-1.5 pr-3">{t.evalHead.evaluation}</th><th role="columnheader" scope="col" className="pr-3 sm:text-right">{t.evalHead.score}</th><th role="columnheader" scope="col" className="pr-3">{t.evalHead.setting}</th><th role="columnheader" scope="col" className="pr-3">{t.evalHead.kind}</th><th role="columnheader" scope="col">{t.evalHead.source}</th></tr></thead>
            <tbody role="rowgroup">
              {evidence.map((r) => (
                <tr key={r.key} role="row" className="border-b border-line align-top">
                  <th role="rowheader" scope="row" className="py-1.5 pr-3 text-left font-medium">{`${r.source}: ${r.metric}`}</th>
                  <td role="cell" data-label={t.evalHead.score} className="pr-3 sm:text-right">{r.score}</td>
                  <td role="cell" data-label={t.evalHead.setting} className="pr-3 text-muted">{r.setting ?? ""}</td>
                  <td role="cell" data-label={t.evalHead.kind} className="pr-3 text-muted">{r.kind === "independent" ? t.independent(Boolean(r.secondary)) : t.vendor}</td>
                  <td role="cell" data-label={t.evalHead.source}><SourceLink source={r.href} asOf={r.date} />{r.credit ? <span className="block text-xs text-muted">{r.credit}</span> : null}</td>
                </tr>
              ))}
              {m.benchmarks.map((b, i) => (
                <tr key={`${b.name}-${i}`} role="row" className="border-b border-line align-top">
                  <th role="rowheader" scope="row" className="py-1.5 pr-3 text-left font-medium">{b.name}</th>
                  <td role="cell" data-label={t.evalHead.score} className="pr-3 sm:text-right">{b.score}</td>
                  <td role="cell" data-label={t.evalHead.setting} className="pr-3 text-muted">{b.setting ?? ""}</td>
                  <td role="cell" data-label={t.evalHead.kind} className="pr-3 text-muted">{b.reportedBy === "third-party" ? t.thirdParty : t.vendor}</td>
                  <td role="cell" data-label={t.evalHead.source}><SourceLink source={b.source} asOf={b.asOf} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="off-h" className="min-w-0">
        <h2 id="off-h" className={H2}>{t.offerings}</h2>
        {offerings.length === 0 ? <p className="mt-2 text-muted">{t.noOffering(m.openWeights)}</p> : (
          <table role="table" className="stack-table mt-2 w-full text-sm">
            <caption className="sr-only">{t.offCaption}</caption>
            <thead role="rowgroup"><tr role="row" className="border-b border-line text-left"><th role="columnheader" scope="col" className="py-1.5 pr-3">{t.offHead.provider}</th><th role="columnheader" scope="col" className="pr-3">{t.offHead.where}</th><th role="columnheader" scope="col" className="pr-3">{t.offHead.runBy}</th><th role="columnheader" scope="col" className="pr-3 sm:text-right">{t.offHead.price}</th><th role="columnheader" scope="col">{t.offHead.source}</th></tr></thead>
            <tbody role="rowgroup">
              {offerings.map((o) => {
                const p = provider(o.providerId);
                return (
                  <tr key={o.id} role="row" className="border-b border-line align-top">
                    <th role="rowheader" scope="row" className="py-1.5 pr-3 text-left font-medium">
                      {p?.name ?? o.providerId}{o.endpoint ? ` (${o.endpoint})` : ""}
                      {o.status !== "active" ? <span className="block text-xs font-normal text-warn">{t.status(o.status, o.retiresOn ?? "")}</span> : null}
                      {o.unverified.length ? <span className="block text-xs font-normal text-warn">{t.unverifiedFields(o.unverified.map((u) => u.field).join(", "))}</span> : null}
                    </th>
                    <td role="cell" data-label={t.offHead.where} className="pr-3">{`${W.regions(o.regions)}${paren(W.tables.scope[o.scope])}`}{o.planRequired ? <span className="block text-xs text-muted">{t.plan(o.planRequired)}</span> : null}</td>
                    <td role="cell" data-label={t.offHead.runBy} className="pr-3">{p ? `${p.operator.name}${locale === "zh" ? "，" : ", "}${W.country(p.operator.country)}` : ""}</td>
                    <td role="cell" data-label={t.offHead.price} className="pr-3 sm:text-right">
                      {`${W.money(o.inputUsdPerMTok)} / ${W.money(o.outputUsdPerMTok)}`}
                      {o.cachedInputUsdPerMTok !== undefined ? <span className="block text-xs text-muted">{t.cached(W.money(o.cachedInputUsdPerMTok))}</span> : null}
                      {o.batchInputUsdPerMTok !== undefined ? <span className="block text-xs text-muted">{t.batch(W.money(o.batchInputUsdPerMTok), W.money(o.batchOutputUsdPerMTok ?? o.outputUsdPerMTok))}</span> : null}
                      {o.fx ? <span className="block text-xs text-muted">{t.publishedIn(o.fx.currency, format.grouped(o.fx.usdPer, 4), o.fx.asOf)}</span> : null}
                    </td>
                    <td role="cell" data-label={t.offHead.source}><SourceLink source={o.source} asOf={o.asOf} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="mem-h" className="min-w-0">
        <h2 id="mem-h" className={`mb-2 ${H2}`}>{t.memory}</h2>
        {!m.openWeights ? (
          <p className="text-muted">{t.memoryApi}</p>
        ) : memory ? (
          <MemoryTable table={memory} note={t.memoryNote} locale={locale} />
        ) : (
          <p className="text-muted">{t.memoryMissing}</p>
        )}
      </section>
      {m.contentNotes.length > 0 ? (
        <section aria-labelledby="content-h" className="min-w-0">
          <h2 id="content-h" className={H2}>{t.content}</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">{m.contentNotes.map((n) => <li key={n.text}>{n.text} <SourceLink source={n.source} asOf={n.asOf} /></li>)}</ul>
        </section>
      ) : null}
    </div>
  );
}
