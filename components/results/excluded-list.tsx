import type { Excluded, ExcludedSummary } from "@/lib/schema/recommendation";
import type { ReasonCode, Words } from "@/lib/vocab";
import { deploymentText } from "@/lib/vocab";
import { Fold } from "../ui/fold";
import { inLocale } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";


/** Examples listed per reason unless the person asks for all (the engine sends a few per reason). */
const EXAMPLES = 5;

type Props = {
  summary: ExcludedSummary[];
  excluded: Excluded[];
  /** Every exclusion is listed (excluded=all), not a few examples per reason. */
  all: boolean;
  /** The link that lists every exclusion, landing on one reason's group. */
  allHref: (code: string) => string;
  W: Words;
};

function heading(code: string, W: Words): string {
  return Object.hasOwn(W.tables.reason, code) ? W.tables.reason[code as ReasonCode].heading : code;
}

/** One left-out option: its name, its deployment unless the reason already names the provider, and the reason. */
function line(e: Excluded, code: string, W: Words): string {
  const reasons = e.reasons.filter((r) => r.code === code);
  const text = (reasons.length > 0 ? reasons : e.reasons).map((r) => r.message).join(" ");
  const d = e.deployment;
  const who = d?.providerName ?? d?.rental?.provider;
  const where = d && d.regions.length + (d.gpu ? 1 : 0) + (who ? 1 : 0) > 0 && !(who && text.includes(who)) ? ` (${deploymentText(d, W)})` : "";
  return W.locale === "zh" ? `${e.modelName ?? e.modelId}${where.replace(/^ \((.*)\)$/, "（$1）")}：${text}` : `${e.modelName ?? e.modelId}${where}: ${text}`;
}

/**
 * Options left out, by reason, most relevant reason first (the engine orders the summary by the
 * best model each reason excludes): each reason's count, a few examples, and all of them on request.
 */
export function ExcludedList({ summary, excluded, all, allHref, W }: Props) {
  const t = inLocale(RESULTS, W.locale);
  if (summary.length === 0) return <p className="text-muted">{t.nothingLeft}</p>;
  return (
    <div className="grid gap-2">
      {summary.map((s) => {
        const matching = excluded.filter((e) => e.reasons.some((r) => r.code === s.code));
        const items = all ? matching : matching.slice(0, EXAMPLES);
        return (
          <Fold
            key={s.code}
            id={`left-${s.code}`}
            className="card scroll-mt-4 p-3"
            summaryClassName="cursor-pointer font-medium"
            initiallyOpen={all}
            summary={W.locale === "zh" ? `${heading(s.code, W)}（${s.count}）` : `${heading(s.code, W)} (${s.count})`}
          >
            <p className="mt-1 text-sm text-muted">{W.locale === "zh" ? `${s.message}。` : `${s.message}.`}</p>
            <ul className="mt-2 list-disc space-y-1.5 pl-5 text-sm">
              {items.map((e) => <li key={e.id}>{line(e, s.code, W)}</li>)}
            </ul>
            {items.length < s.count ? (
              <p className="mt-2 text-sm">
                {t.mostRelevant(items.length)}
                <a href={allHref(s.code)}>{t.showAll(s.count)}</a>
              </p>
            ) : null}
          </Fold>
        );
      })}
    </div>
  );
}
