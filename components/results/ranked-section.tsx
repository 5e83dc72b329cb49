import Form from "next/form";
import Link from "next/link";
import type { Option } from "@/lib/schema/recommendation";
import { OptionCard, type CardContext, type OtherWays } from "./option-card";
import { RankedRows } from "./ranked-rows";
import { inLocale } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";
import { localePath } from "@/lib/vocab/ui/pair";

/** Options drawn as full cards; the rest of the loaded pages are compact rows. */
export const CARDS = 10;

export type Entry = { option: Option; rank: number; others?: OtherWays };

type Props = {
  entries: Entry[];
  total: number;
  /** Hidden fields that keep the answers and the view when ticked options are compared. */
  hidden: [string, string][];
  cmpIds: string[];
  ctx: CardContext;
  unit: "option" | "model";
  /** The link that loads the next page, below the last row. */
  more?: { href: string; label: string };
};

/**
 * The ranking as far as it is loaded: the top options as cards, the next ones as compact rows,
 * "Show more" for the next page. One GET form around them, so ticked options can be compared.
 */
export function RankedSection({ entries, total, hidden, cmpIds, ctx, unit, more }: Props) {
  const t = inLocale(RESULTS, ctx.W.locale);
  const model = unit === "model";
  if (entries.length === 0) {
    return (
      <p className="mt-2 card bg-warn-soft p-4 text-warn">
        {total === 0 ? t.noOption : t.noMore}
      </p>
    );
  }
  const cards = entries.slice(0, CARDS);
  const rows = entries.slice(CARDS);
  const last = entries[entries.length - 1]?.rank ?? 0;
  return (
    <Form action={localePath(ctx.W.locale, "/results")} prefetch={false} className="mt-3 grid grid-cols-1 gap-3">
      {hidden.map(([k, v], i) => <input key={`${k}-${i}`} type="hidden" name={k} value={v} />)}
      <p className="flex flex-wrap items-center gap-3 text-sm text-muted">
        {t.tickThen}
        <button type="submit" className="btn">{t.compareTicked}</button>
      </p>
      {cards.map((e) => <OptionCard key={e.option.id} option={e.option} rank={e.rank} compared={cmpIds.includes(e.option.id)} ctx={ctx} {...(e.others ? { others: e.others } : {})} />)}
      {rows.length > 0 ? (
        <>
          <h3 className="mt-2 font-semibold">{t.more(model)}</h3>
          <RankedRows rows={rows} label={t.moreRanks(model, rows[0]?.rank ?? 0, last)} cmpIds={cmpIds} W={ctx.W} />
        </>
      ) : null}
      <p className="text-sm text-muted" aria-live="polite">{t.showing(last, total, model)}</p>
      {more ? (
        <p>
          <Link href={more.href} scroll={false} prefetch={false} className="btn">{more.label}</Link>
        </p>
      ) : null}
      <div>
        <button type="submit" className="btn btn-primary">{t.compareTicked}</button>
      </div>
    </Form>
  );
}
