import Link from "next/link";
import { inLocale } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";
import type { Locale } from "@/lib/vocab/format";


/** "One row per option" or "one row per model" (the best deployment of each, with its other ways behind a link). */
export function ViewSwitch({ option, model, current, locale = "en" }: { option: string; model: string; current: "option" | "model"; locale?: Locale }) {
  const t = inLocale(RESULTS, locale);
  const cls = "rounded-md px-3 py-1.5 text-sm no-underline aria-[current=true]:bg-accent aria-[current=true]:font-semibold aria-[current=true]:text-accent-fg";
  return (
    <nav aria-label={t.rows} className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-muted">{t.show}</span>
      <span className="inline-flex rounded-lg border border-line p-0.5">
        <Link href={option} prefetch={false} scroll={false} aria-current={current === "option"} className={cls}>{t.perOption}</Link>
        <Link href={model} prefetch={false} scroll={false} aria-current={current === "model"} className={cls}>{t.perModel}</Link>
      </span>
    </nav>
  );
}
