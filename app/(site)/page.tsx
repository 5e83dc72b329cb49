import Link from "next/link";
import { STEP_ORDER, wizardWords } from "@/components/wizard/steps";
import type { Locale } from "@/lib/vocab";
import { CHROME, HOME } from "@/lib/vocab/ui/chrome";
import { inLocale, localePath } from "@/lib/vocab/ui/pair";

/** The home page; the Chinese one (/zh) renders it with locale "zh". */
export default function HomePage({ locale = "en" }: { locale?: Locale }) {
  const n = STEP_ORDER.length;
  const t = inLocale(HOME, locale);
  const steps = wizardWords(locale).steps;
  const at = (href: string) => localePath(locale, href);
  return (
    <div className="grid gap-10 py-4 lg:grid-cols-[3fr_2fr] lg:items-start">
      <section aria-labelledby="hero" className="min-w-0">
        <h1 id="hero" className="text-4xl font-bold tracking-tight text-balance sm:text-5xl">
          {t.hero}
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-muted">
          {t.lead}
        </p>
        <p className="mt-8 flex flex-wrap gap-3">
          <Link prefetch={false} href={at("/wizard")} className="btn btn-primary px-6 text-lg">{t.start}</Link>
          <Link prefetch={false} href={at("/models")} className="btn px-6 text-lg">{t.browse}</Link>
        </p>
        <p className="mt-4 text-sm text-muted">
          {t.steps(n)}
        </p>
        <h2 className="mt-10 text-lg font-semibold">{t.example}</h2>
        <ul className="mt-3 grid gap-2">
          {t.examples.map(([who, what, q]) => (
            <li key={who} className="card p-3">
              <Link prefetch={false} href={at(`/results?${q}`)} className="font-medium">{who}</Link>
              <span className="block text-sm text-muted">{what}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="how" className="card min-w-0 bg-surface p-6">
        <h2 id="how" className="text-lg font-semibold">{t.how(n)}</h2>
        <ol className="mt-4 space-y-4">
          {STEP_ORDER.map((id, i) => (
            <li key={id} className="flex gap-3">
              <span aria-hidden="true" className="grid size-7 shrink-0 place-items-center rounded-full bg-accent text-sm font-bold text-accent-fg">
                {i + 1}
              </span>
              <span>
                <span className="font-medium">{steps[id].title}{locale === "zh" ? "。" : "."}</span> <span className="text-muted">{t.asks[id]}</span>
              </span>
            </li>
          ))}
        </ol>
        <p className="mt-5 text-sm text-muted">
          {t.neutral}{" "}
          <Link prefetch={false} href={at("/methodology")}>{inLocale(CHROME, locale).howScoring}</Link>{locale === "zh" ? "。" : "."}
        </p>
      </section>
    </div>
  );
}
