import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { cachedRecommendation } from "@/app/_lib/recommendation-cache.server";
import { CRITERIA } from "@/lib/schema/common";
import { formatCount } from "@/lib/share/tokens";
import { decodeAnswers } from "@/lib/share/query";
import { toParams } from "@/components/wizard/draft";
import { AnswersSummary } from "@/components/results/answers-summary";
import { CompareTable } from "@/components/results/compare-table";
import { ExcludedList } from "@/components/results/excluded-list";
import { InvalidQuery } from "@/components/results/invalid-query";
import { QualityCostChart } from "@/components/results/quality-cost-chart";
import { setParam, viewHref, type View } from "@/components/results/query";
import { RankedSection } from "@/components/results/ranked-section";
import { ShareActions } from "@/components/results/share-actions";
import { TuneForm } from "@/components/results/tune-form";
import { WhatIfList } from "@/components/results/what-if-list";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Your results" };

/** The tune form keeps its state while it edits its own fields; other answer changes remount it. */
function setParams(q: string): string {
  return ["w", "b", "tok", "hard", "open"].reduce((acc, k) => setParam(acc, k, undefined), q);
}

export default async function ResultsPage({ searchParams }: Props) {
  const params = toParams(await searchParams);
  const decoded = decodeAnswers(params);
  if (!decoded.ok) return <InvalidQuery issues={decoded.issues} params={params} />;
  const a = decoded.answers;
  // What-ifs re-rank many times: they stream in below (WhatIfList) rather than hold up the page.
  // The ranking comes from the cache the API, widget and memo share: one computation per question.
  const now = new Date();
  const rec = cachedRecommendation(a, { now, whatIf: false });
  const cmpIds = params.getAll("cmp");
  const view: View = { cmp: cmpIds, all: params.get("all") === "1", excludedAll: params.get("excluded") === "all" };
  const compared = rec.ranked.filter((o) => cmpIds.includes(o.id)).slice(0, 3);
  const top = rec.ranked[0];
  const labels = new Map((top?.breakdown ?? []).map((r) => [r.criterion, r.label]));
  const criteria = CRITERIA.filter((c) => labels.has(c) || a.weights?.[c] !== undefined).map((c) => ({ id: c, label: labels.get(c) ?? c }));

  return (
    <div className="grid gap-8">
      <header className="grid gap-4 lg:grid-cols-[1fr_auto] lg:items-start">
        <div>
          <h1 className="text-3xl font-bold">Your results</h1>
          <p className="mt-1 text-muted">
            {rec.ranked.length} options fit your answers; {rec.excluded.length} were left out. Catalog {rec.catalogVersion}.
          </p>
          <div className="mt-3"><AnswersSummary a={a} /></div>
          <p className="mt-3"><Link href={`/wizard?${rec.shareQuery}&step=1`} prefetch={false}>Change all answers in the wizard</Link></p>
        </div>
        <ShareActions shareQuery={rec.shareQuery} />
      </header>

      {cmpIds.length > 0 ? (
        <section aria-labelledby="cmp-h" className="card p-4">
          <h2 id="cmp-h" className="text-xl font-semibold">Side by side</h2>
          {compared.length >= 2 ? <CompareTable options={compared} /> : <p className="mt-2 text-muted">Tick two or three options below to compare them.</p>}
          {cmpIds.length > 3 ? <p className="mt-2 text-sm text-muted">Showing the first three of the options you ticked.</p> : null}
        </section>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-labelledby="ranked-h" className="min-w-0">
          <h2 id="ranked-h" className="text-xl font-semibold">Ranked for you</h2>
          <RankedSection ranked={rec.ranked} shareQuery={rec.shareQuery} view={view} />
        </section>
        <aside aria-labelledby="tune-h" className="lg:sticky lg:top-4 lg:self-start">
          <section className="card p-4">
            <h2 id="tune-h" className="text-lg font-semibold">Adjust in place</h2>
            <p className="mb-3 text-sm text-muted">The ranking updates as you change these.</p>
            <TuneForm
              key={setParams(rec.shareQuery)}
              shareQuery={rec.shareQuery}
              criteria={criteria}
              weights={Object.fromEntries(criteria.map((c) => [c.id, a.weights?.[c.id] ?? 1]))}
              budget={a.budgetUsdPerMonth}
              tokens={formatCount(a.tokensPerMonth)}
              hard={a.budgetIsHardLimit}
              open={a.openWeightsOnly}
            />
          </section>
        </aside>
      </div>

      {rec.ranked.length > 0 ? (
        <section aria-labelledby="chart-h">
          <h2 id="chart-h" className="mb-3 text-xl font-semibold">Quality against cost</h2>
          <QualityCostChart options={rec.ranked} />
        </section>
      ) : null}

      <section aria-labelledby="whatif-h">
        <h2 id="whatif-h" className="mb-3 text-xl font-semibold">What would change the top pick</h2>
        <Suspense fallback={<p className="text-muted">Working out which single change would matter…</p>}>
          <WhatIfList answers={a} now={now} />
        </Suspense>
      </section>

      <section aria-labelledby="excl-h">
        <h2 id="excl-h" className="mb-3 text-xl font-semibold">Left out, and why</h2>
        <ExcludedList excluded={rec.excluded} showAll={view.excludedAll} allHref={viewHref(rec.shareQuery, { ...view, excludedAll: true })} />
      </section>
    </div>
  );
}
