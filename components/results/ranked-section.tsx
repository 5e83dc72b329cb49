import Form from "next/form";
import type { Option } from "@/lib/schema/recommendation";
import { OptionCard } from "./option-card";
import { pairsOf, viewHref, type View } from "./query";
import { RankedRows } from "./ranked-rows";

/** Options drawn as full cards, with their breakdown, notes and memory. */
export const CARDS = 10;
/** Compact rows below the cards before "Show all": the page stays light for a whole catalog. */
export const ROWS = 10;

type Props = { ranked: Option[]; shareQuery: string; view: View };

/**
 * The ranking: the top options as cards, the next ones as compact rows, the rest behind a
 * "Show all" link (`&all=1`). One GET form around them, so ticked options can be compared.
 */
export function RankedSection({ ranked, shareQuery, view }: Props) {
  if (ranked.length === 0) {
    return (
      <p className="mt-2 card bg-warn-soft p-4 text-warn">
        No option meets every answer. The reasons are listed below, and the suggestions show which change would help.
      </p>
    );
  }
  const rowsEnd = view.all ? ranked.length : CARDS + ROWS;
  const rows = ranked.slice(CARDS, rowsEnd);
  return (
    <Form action="/results" prefetch={false} className="mt-3 grid grid-cols-1 gap-3">
      {pairsOf(shareQuery).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      {view.all ? <input type="hidden" name="all" value="1" /> : null}
      {view.excludedAll ? <input type="hidden" name="excluded" value="all" /> : null}
      <p className="flex flex-wrap items-center gap-3 text-sm text-muted">
        Tick two or three options, then
        <button type="submit" className="btn">Compare ticked options</button>
      </p>
      {ranked.slice(0, CARDS).map((o, i) => <OptionCard key={o.id} option={o} rank={i + 1} compared={view.cmp.includes(o.id)} />)}
      {rows.length > 0 ? (
        <>
          <h3 className="mt-2 font-semibold">More options</h3>
          <RankedRows options={rows} firstRank={CARDS + 1} cmpIds={view.cmp} />
        </>
      ) : null}
      {ranked.length > CARDS + ROWS ? (
        <p className="text-sm">
          {view.all ? (
            <a href={viewHref(shareQuery, { ...view, all: false })}>Show the top {CARDS + ROWS} only</a>
          ) : (
            <a href={viewHref(shareQuery, { ...view, all: true })}>Show all {ranked.length} options</a>
          )}
        </p>
      ) : null}
      <div>
        <button type="submit" className="btn btn-primary">Compare ticked options</button>
      </div>
    </Form>
  );
}
