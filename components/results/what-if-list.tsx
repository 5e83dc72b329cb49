import Link from "next/link";
import type { WhatIf } from "@/lib/schema/recommendation";
import { inLocale, localePath } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";
import type { Locale } from "@/lib/vocab/format";


/**
 * Single-answer changes that would change the top pick, in the engine's own sentence: a change
 * whose new #1 is the same model on another deployment says so ("would stay X, on Y instead").
 */
export function WhatIfList({ items, locale = "en" }: { items: Pick<WhatIf, "sentence" | "shareQuery" | "newTopId">[]; locale?: Locale }) {
  const t = inLocale(RESULTS, locale);
  if (items.length === 0) return <p className="text-muted">{t.noWhatIf}</p>;
  return (
    <ul className="grid gap-2">
      {items.map((w) => (
        <li key={w.sentence} className="card p-3 text-sm">
          {w.sentence}{" "}
          {w.shareQuery ? <Link href={localePath(locale, `/results?${w.shareQuery}`)} prefetch={false}>{t.seeThat}</Link> : null}
        </li>
      ))}
    </ul>
  );
}
