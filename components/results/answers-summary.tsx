import Link from "next/link";
import type { AnswerLine, Locale } from "@/lib/vocab";
import { RESULTS } from "@/lib/vocab/ui/results";

/** The answers behind this result, in words; each row links to the wizard step that asks it, with the other answers kept. */
export function AnswersSummary({ lines, stepHref, locale = "en" }: { lines: AnswerLine[]; stepHref: Record<AnswerLine["step"], string>; locale?: Locale }) {
  return (
    <dl className="grid gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[auto_minmax(0,1fr)_auto] sm:gap-y-1">
      {lines.map((l) => (
        <div key={l.field} className="sm:contents">
          <dt className="text-muted">{l.label}</dt>
          <dd className="inline min-w-0 sm:block">{l.text}</dd>
          <dd className="ml-2 inline sm:ml-0 sm:block">
            <Link prefetch={false} href={stepHref[l.step]}>
              {RESULTS.change[locale]}<span className="sr-only">{` ${l.label.toLowerCase()}`}</span>
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
