import Link from "next/link";
import type { Locale } from "@/lib/vocab/format";
import { inLocale, localePath } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";

export type IssueRow = { label: string; path: string; message: string; fixHref: string };

/**
 * A bad or tampered link: which answers are wrong and what to write instead (the one input
 * boundary's messages, the same the API answers with), and a way back to the wizard keeping the rest.
 */
export function InvalidQuery({ issues, fixHref, locale = "en" }: { issues: IssueRow[]; fixHref: string; locale?: Locale }) {
  const t = inLocale(RESULTS, locale).invalid;
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3 text-muted">
        {t.lead}{locale === "zh" ? "" : " "}{issues.length === 1 ? t.one : t.many(issues.length)}{locale === "zh" ? "" : " "}{t.rest}
      </p>
      <ul className="mt-5 grid gap-2" aria-label={t.list}>
        {issues.map((i, k) => (
          <li key={`${i.path}-${k}`} className="rounded border-l-4 border-bad bg-bad-soft p-3">
            <span className="font-semibold text-bad">{i.label}</span>
            <span className="block text-sm">{i.message}</span>
            {issues.length > 1 ? (
              <Link prefetch={false} href={i.fixHref} className="text-sm text-fg hover:text-fg">
                {t.fix}<span className="sr-only">{`${locale === "zh" ? "：" : ": "}${i.label}`}</span>
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="mt-6 flex flex-wrap gap-3">
        <Link prefetch={false} className="btn btn-primary" href={fixHref}>{t.fixAll}</Link>
        <Link prefetch={false} className="btn" href={localePath(locale, "/wizard")}>{t.over}</Link>
      </p>
      <p className="mt-3 text-sm text-muted">{t.keeps}</p>
    </div>
  );
}
