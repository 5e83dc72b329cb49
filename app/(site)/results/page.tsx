import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { answersFromQuery } from "@/lib/answers";
import { catalog } from "@/lib/catalog";
import { displayFx } from "@/lib/engine";
import { CRITERIA, CURRENCIES, type CriterionId } from "@/lib/schema/common";
import { derivedConcurrency } from "@/lib/schema/answers";
import { formatCount } from "@/lib/share/tokens";
import { describeAnswers, words, type Locale } from "@/lib/vocab";
import { inLocale, localePath } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";
import { AnswersSummary } from "@/components/results/answers-summary";
import { ScoreLegend } from "@/components/results/breakdown-bar";
import { CompareTable } from "@/components/results/compare-table";
import { ExcludedList } from "@/components/results/excluded-list";
import { FindBox } from "@/components/results/find-box";
import type { CardContext } from "@/components/results/option-card";
import { QualityCostChart } from "@/components/results/quality-cost-chart";
import { pairsOf } from "@/components/results/query";
import { RankedRows } from "@/components/results/ranked-rows";
import { RankedSection, type Entry } from "@/components/results/ranked-section";
import { ShareActions } from "@/components/results/share-actions";
import { TieGroup } from "@/components/results/tie-group";
import { TuneForm } from "@/components/results/tune-form";
import { TunePanel } from "@/components/results/tune-panel";
import { ViewSwitch } from "@/components/results/view-switch";
import { STEP_ORDER } from "@/components/wizard/steps";
import { toParams } from "../wizard/_lib/draft";
import { describeFind, resolveFind } from "./find";
import { Invalid } from "./invalid";
import { loadPages, MODELS, otherWays } from "./_lib/load.server";
import { MAX_OFFSET, PAGE, readView, viewFields, viewHref } from "./_lib/view";
import { WhatIfs } from "./what-ifs";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>>; locale?: Locale };

export const metadata: Metadata = { title: "Your results" };

const FX = displayFx(catalog);
const gpuName = (id: string) => catalog.gpus.find((g) => g.id === id)?.name;
const modelName = (id: string) => MODELS.find((m) => m.id === id)?.name;

/** The tune form keeps its state while it edits its own fields; other answer changes remount it. */
const tuneKey = (q: string) => q.split("&").filter((p) => !/^(w|b|tok|hard|open|conc|cur)=/.test(p)).join("&");

export default async function ResultsPage({ searchParams, locale = "en" }: Props) {
  const params = toParams(await searchParams);
  const parsed = answersFromQuery(params, catalog);
  if (!parsed.ok) return <Invalid issues={parsed.issues} params={params} locale={locale} />;
  // The Chinese pages show yuan unless the link names a currency (`cur`).
  const a = locale === "zh" && !params.has("cur") ? { ...parsed.answers, currency: "CNY" as const } : parsed.answers;
  const view = readView(params);
  const W = words(locale, { currency: a.currency, fx: FX });
  const t = inLocale(RESULTS, locale);
  const base = localePath(locale, "/results");
  const at = (href: string) => localePath(locale, href);
  const now = new Date();
  const found = resolveFind(view.find);
  const pages = loadPages(a, view, now, found?.kind === "id" ? found.id : undefined, locale);
  const rec = pages[0];
  if (!rec) return null;
  const q = rec.shareQuery;
  const loaded = pages.flatMap((p) => p.ranked.map((option, i) => ({ option, rank: p.offset + i + 1 })));
  const names = new Map(loaded.map((e) => [e.option.id, locale === "zh" ? `${e.option.modelName}（${W.tables.hosting[e.option.deployment.kind].short}）` : `${e.option.modelName} (${W.tables.hosting[e.option.deployment.kind].short})`]));
  const ctx: CardContext = { W, modelName, optionName: (id) => names.get(id), plannedTokens: a.tokensPerMonth };
  const grouped = view.group === "model";
  const entries: Entry[] = loaded.map((e) => {
    const count = e.option.otherWays ?? 0;
    if (!grouped || count === 0) return e;
    const expanded = view.ways === e.option.modelId;
    const href = viewHref(q, { ...view, ways: expanded ? "" : e.option.modelId }, `#rank-${e.rank}`, base);
    const list = expanded ? <RankedRows rows={otherWays(a, e.option.modelId, count, now, locale)} label={t.otherWays(e.option.modelName)} cmpIds={view.cmp} W={W} /> : undefined;
    return { ...e, others: { count, href, expanded, ...(list ? { list } : {}) } };
  });
  const shown = loaded.length;
  const nextOffset = pages.length * PAGE;
  const more =
    shown < rec.total && nextOffset <= MAX_OFFSET
      ? { href: viewHref(q, { ...view, offset: nextOffset }, `#rank-${shown + 1}`, base), label: t.showMore(shown + 1, Math.min(rec.total, shown + PAGE), rec.total) }
      : undefined;
  const compared = loaded.map((e) => e.option).filter((o) => view.cmp.includes(o.id)).slice(0, 3);
  const criteria: CriterionId[] = CRITERIA.filter((c) => rec.ranked[0]?.breakdown.some((r) => r.criterion === c) || a.weights?.[c] !== undefined);
  const excludedCount = rec.excludedSummary.reduce((n, s) => n + s.count, 0);
  const stepHref = Object.fromEntries(STEP_ORDER.map((s, i) => [s, at(`/wizard?${q}&step=${i + 1}`)])) as Record<(typeof STEP_ORDER)[number], string>;
  const hidden: [string, string][] = [...pairsOf(q), ...viewFields(view)];
  const tied = loaded.filter((e) => e.option.tiedWithTop);
  const findOut = found ? describeFind(found, rec, shown, q, view, locale) : undefined;

  return (
    <div className="grid gap-8">
      <header className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_auto] lg:items-start">
        <div className="min-w-0">
          <h1 className="text-3xl font-bold">{t.title}</h1>
          <p className="mt-1 text-muted">
            {t.fits(rec.total, grouped, excludedCount, rec.catalogVersion)}
          </p>
          <p className="mt-2 text-sm">
            <a href="#tune" className="lg:hidden">{t.adjustLink}</a>
            <span className="lg:hidden" aria-hidden="true"> · </span>
            <a href="#excl-h">{t.leftOutLink}</a> · <a href="#whatif-h">{t.whatIfLink}</a>
          </p>
          <div className="mt-3"><AnswersSummary lines={describeAnswers(a, W, gpuName)} stepHref={stepHref} locale={locale} /></div>
          <p className="mt-3"><Link href={at(`/wizard?${q}&step=1`)} prefetch={false}>{t.changeAll}</Link></p>
        </div>
        <ShareActions shareQuery={q} locale={locale} />
      </header>

      {view.cmp.length > 0 ? (
        <section aria-labelledby="cmp-h" className="card min-w-0 p-4">
          <h2 id="cmp-h" className="text-xl font-semibold">{t.sideBySide}</h2>
          {compared.length >= 2 ? <CompareTable options={compared} W={W} /> : <p className="mt-2 text-muted">{t.tickTwo}</p>}
          {view.cmp.length > 3 ? <p className="mt-2 text-sm text-muted">{t.firstThree}</p> : null}
        </section>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <aside aria-labelledby="tune-h" className="min-w-0 lg:sticky lg:top-4 lg:col-start-2 lg:row-start-1 lg:self-start">
          <TunePanel locale={locale}>
            <TuneForm
              key={tuneKey(q)}
              shareQuery={q}
              criteria={criteria.map((c) => ({ id: c, label: W.tables.criterion[c].long.replace(/^./, (x) => x.toUpperCase()) }))}
              weights={Object.fromEntries(criteria.map((c) => [c, a.weights?.[c] ?? 1]))}
              budget={a.budgetUsdPerMonth}
              tokens={formatCount(a.tokensPerMonth)}
              concurrency={a.concurrentRequests}
              derivedConcurrency={derivedConcurrency(a.tokensPerMonth, a.inputShare)}
              hard={a.budgetIsHardLimit}
              open={a.openWeightsOnly}
              currency={a.currency}
              locale={locale}
              usdPer={a.currency === "USD" ? 1 : (FX[a.currency]?.usdPer ?? 1)}
              currencies={CURRENCIES.map((c) => ({ id: c, name: W.currencyName(c), label: locale === "zh" ? `${W.currencyName(c)}（${c}）` : `${W.currencyName(c).replace(/^./, (x) => x.toUpperCase())} (${c})` }))}
            />
          </TunePanel>
        </aside>
        <section aria-labelledby="ranked-h" className="grid min-w-0 content-start gap-4 lg:col-start-1 lg:row-start-1">
          <h2 id="ranked-h" className="text-xl font-semibold">{t.ranked}</h2>
          <ViewSwitch option={viewHref(q, { ...view, group: "option", offset: 0, ways: "" }, "", base)} model={viewHref(q, { ...view, group: "model", offset: 0, ways: "" }, "", base)} current={view.group} locale={locale} />
          <FindBox hidden={[...pairsOf(q), ...viewFields(view, ["find", "offset", "ways"])]} value={view.find} models={MODELS} locale={locale} {...(findOut ? { result: findOut } : {})} />
          <ScoreLegend criteria={criteria} W={W} />
          <TieGroup tied={tied} W={W} />
          <RankedSection entries={entries} total={rec.total} hidden={hidden} cmpIds={view.cmp} ctx={ctx} unit={grouped ? "model" : "option"} {...(more ? { more } : {})} />
        </section>
      </div>

      {loaded.length > 0 ? (
        <section aria-labelledby="chart-h" className="min-w-0">
          <h2 id="chart-h" className="mb-3 text-xl font-semibold">{t.chart}</h2>
          <QualityCostChart options={loaded} W={W} />
        </section>
      ) : null}

      <section aria-labelledby="whatif-h">
        <h2 id="whatif-h" className="mb-3 scroll-mt-4 text-xl font-semibold">{t.whatIfLink}</h2>
        <Suspense fallback={<p className="text-muted">{t.whatIfWorking}</p>}>
          <WhatIfs answers={a} now={now} locale={locale} />
        </Suspense>
      </section>

      <section aria-labelledby="excl-h">
        <h2 id="excl-h" className="mb-3 scroll-mt-4 text-xl font-semibold">{t.leftOutLink}</h2>
        <ExcludedList summary={rec.excludedSummary} excluded={rec.excluded} all={view.excludedAll} allHref={(code) => viewHref(q, { ...view, excludedAll: true }, `#left-${code}`, base)} W={W} />
      </section>
    </div>
  );
}
