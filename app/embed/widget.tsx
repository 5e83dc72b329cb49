import type { Recommendation } from "@/lib/schema/recommendation";
import type { Locale, Words } from "@/lib/vocab";
import { inLocale, localePath } from "@/lib/vocab/ui/pair";
import { WIDGET } from "@/lib/vocab/ui/results";
import { deploymentLine, qualityLine, speedLine, whereLine } from "@/components/results/option-words";

/** The top options of a recommendation, compact enough for a 300 px column, and a link to the rest. */
export function Widget({ recommendation, top, W }: { recommendation: Recommendation; top: number; W: Words }) {
  const options = recommendation.ranked.slice(0, top);
  const t = inLocale(WIDGET, W.locale);
  const resultsHref = localePath(W.locale, `/results?${recommendation.shareQuery}`);
  return (
    <section aria-labelledby="embed-title" className="card p-3 text-sm">
      <h1 id="embed-title" className="text-base font-semibold">
        {options.length > 0 ? t.top(options.length) : t.none}
      </h1>
      {options.length > 0 ? (
        <ol className="mt-2 divide-y divide-line">
          {options.map((o, i) => {
            const s = speedLine(o, W.locale);
            return (
              <li key={o.id} className="grid grid-cols-[auto_1fr_auto] items-baseline gap-x-2 py-2">
                <span className="font-semibold text-muted tabular-nums">{i + 1}.</span>
                <span className="min-w-0">
                  <span className="block font-medium break-words">{o.modelName}</span>
                  <span className="block text-xs text-muted break-words">{deploymentLine(o, W)}</span>
                  <span className="block text-xs text-muted break-words">{`${whereLine(o, W)}${o.evidence.operator && o.deployment.kind !== "own-hardware" ? t.runBy(o.evidence.operator, o.evidence.operatorCountry ? W.country(o.evidence.operatorCountry) : "") : ""}`}</span>
                  <span className="block text-xs text-muted">{t.quality(qualityLine(o.quality, W.locale), s ?? "")}</span>
                </span>
                <span className="text-right tabular-nums">
                  <span className="block font-semibold" aria-label={t.score(Math.round(o.score))}>
                    {Math.round(o.score)}
                    <span className="text-xs font-normal text-muted">/100</span>
                  </span>
                  <span className="block text-xs text-muted">{t.perMonth(W.money(o.monthlyCostUsd))}</span>
                  {o.tiedWithTop && i > 0 ? <span className="block text-xs text-muted">{t.tied}</span> : null}
                </span>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="mt-2 text-muted">{t.breaks}</p>
      )}
      <p className="mt-2 flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 text-xs text-muted">
        <a href={resultsHref} target="_blank" rel="noopener" className="font-medium">
          {t.full}<span className="sr-only">{t.newTab}</span>
        </a>
        <span>
          {t.by} <span className="font-semibold text-fg">flagless</span> · {t.catalog} {recommendation.catalogVersion}
        </span>
      </p>
    </section>
  );
}

/** Answers the widget cannot read: say which field and what to write (the boundary's messages, worded in the widget's language), and offer the wizard. */
export function WidgetError({ issues, locale = "en" }: { issues: { path: string; message: string }[]; locale?: Locale }) {
  const t = inLocale(WIDGET, locale);
  return (
    <section role="alert" className="card p-3 text-sm">
      <h1 className="text-base font-semibold">{t.invalid}</h1>
      <ul className="mt-1 list-disc pl-5 text-muted">
        {issues.slice(0, 3).map((i) => (
          <li key={i.path + i.message}>
            <span className="font-mono text-fg">{i.path || t.query}</span>{t.colon}{i.message}
          </li>
        ))}
      </ul>
      {issues.length > 3 ? <p className="mt-1 text-muted">{t.more(issues.length - 3)}</p> : null}
      <p className="mt-2">
        <a href={localePath(locale, "/wizard")} target="_blank" rel="noopener">{t.build}</a>
      </p>
    </section>
  );
}
