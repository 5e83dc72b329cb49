import type { CriterionId } from "@/lib/schema/common";
import type { Option } from "@/lib/schema/recommendation";
import { format, type Words } from "@/lib/vocab";
import { inLocale } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";

/** How many criteria the tie note names: the ones whose points differ most among the tied options. */
const SEPARATORS = 3;
/** A difference in points below this separates nothing a person would weigh. */
const MIN_GAP = 0.25;

/** Ranks as a person reads them: a run of three or more as "4 to 9", the rest one by one. */
function rankList(ranks: number[], locale: Words["locale"]): string {
  const sorted = [...ranks].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  const to = locale === "zh" ? " 至 " : " to ";
  return runs
    .flatMap(([a, b]) => (b - a >= 2 ? [`${a}${to}${b}`] : a === b ? [String(a)] : [String(a), String(b)]))
    .join(locale === "zh" ? "、" : ", ");
}

/**
 * Options whose score interval overlaps the #1's are tied within the evidence (the engine marks
 * them `tiedWithTop`): said out loud as a group, with the criteria that separate them most.
 * This compares the engine's own points; it scores nothing.
 */
export function TieGroup({ tied, W }: { tied: { option: Option; rank: number }[]; W: Words }) {
  if (tied.length < 2) return null;
  const criteria = [...new Set(tied.flatMap((t) => t.option.breakdown.map((r) => r.criterion)))];
  const points = (o: Option, c: CriterionId) => o.breakdown.find((r) => r.criterion === c)?.contribution ?? 0;
  const spread = criteria
    .map((c) => {
      const sorted = [...tied].sort((x, y) => points(y.option, c) - points(x.option, c));
      const best = sorted[0] as (typeof tied)[number];
      const worst = sorted[sorted.length - 1] as (typeof tied)[number];
      return { c, best, worst, gap: points(best.option, c) - points(worst.option, c) };
    })
    .filter((s) => s.gap >= MIN_GAP)
    .sort((x, y) => y.gap - x.gap)
    .slice(0, SEPARATORS);
  const costs = tied.map((t) => t.option.monthlyCostUsd);
  const t = inLocale(RESULTS, W.locale);
  return (
    <section aria-labelledby="tie-h" className="card border-accent bg-accent-soft p-4 text-sm">
      <h3 id="tie-h" className="text-base font-semibold">{t.tiedHead(tied.length)}</h3>
      <p className="mt-1">
        {t.tiedBody(rankList(tied.map((x) => x.rank), W.locale), W.money(Math.min(...costs)), W.money(Math.max(...costs)))}
      </p>
      {spread.length > 0 ? (
        <>
          <p className="mt-2 font-medium">{t.separates}</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {spread.map((s) => (
              <li key={s.c}>
                {t.separateLine(W.tables.criterion[s.c].long.replace(/^./, (x) => x.toUpperCase()), s.best.option.modelName, s.best.rank, format.fixed(points(s.best.option, s.c), 1), s.worst.option.modelName, s.worst.rank, format.fixed(points(s.worst.option, s.c), 1))}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-2">{t.nothingSeparates}</p>
      )}
    </section>
  );
}
