import Link from "next/link";
import type { Option } from "@/lib/schema/recommendation";
import type { Words } from "@/lib/vocab";
import { Fold } from "../ui/fold";
import { BreakdownBar } from "./breakdown-bar";
import { CostLines } from "./cost-lines";
import { EvidenceBlock } from "./evidence-block";
import { deploymentLine, qualityLine, range, speedLine, ttftLine, whereLine } from "./option-words";
import { QualityDetail } from "./quality-detail";
import { ServingFacts } from "./serving-facts";
import "./results.css";
import { inLocale } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";
import { localePath } from "@/lib/vocab/ui/pair";

export type CardContext = {
  W: Words;
  /** A catalog model's name, for successors. */
  modelName: (id: string) => string | undefined;
  /** A ranked option's name and deployment, for break-even lines. */
  optionName: (id: string) => string | undefined;
  plannedTokens: number;
};

/** With one row per model: the other ways to run it, behind a link that expands them in place. */
export type OtherWays = { count: number; href: string; expanded: boolean; list?: React.ReactNode };

type Props = { option: Option; rank: number; compared: boolean; ctx: CardContext; others?: OtherWays };

const fixed1 = (n: number) => n.toFixed(1);

/** One ranked option: what it is, where it runs, what it costs, and why it sits here. */
export function OptionCard({ option: o, rank, compared, ctx, others }: Props) {
  const { W } = ctx;
  const t = inLocale(RESULTS, W.locale);
  const at = (href: string) => localePath(W.locale, href);
  const hid = `opt-${rank}`;
  const self = o.deployment.kind !== "api";
  const successor = o.successorId ? ctx.modelName(o.successorId) : undefined;
  const facts: [string, string][] = [[t.quality, qualityLine(o.quality, W.locale)]];
  const s = speedLine(o, W.locale);
  if (s) facts.push([t.speed, s]);
  const ttft = ttftLine(o);
  if (ttft) facts.push([t.firstToken, ttft]);
  if (o.concurrencyServed !== undefined) facts.push([t.servesAtOnce, String(o.concurrencyServed)]);
  return (
    <article id={`rank-${rank}`} aria-labelledby={hid} className="card scroll-mt-4 p-4">
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
        <span className="opt-rank" aria-hidden="true">{rank}</span>
        <div className="min-w-0 flex-1 basis-48">
          <h3 id={hid} className="text-lg font-semibold break-words">
            <span className="sr-only">{t.rank(rank)}</span>
            <Link href={at(`/models/${o.modelId}`)} prefetch={false}>{o.modelName}</Link>
          </h3>
          <p className="text-sm text-muted">
            {o.lab ? `${o.lab} · ` : ""}
            <span className="font-medium text-fg">{deploymentLine(o, W)}</span>
          </p>
          <p className="text-sm text-muted">
            {whereLine(o, W)}
            {o.evidence.operator && o.deployment.kind !== "own-hardware" ? t.runBy(o.evidence.operator, o.evidence.operatorCountry ? W.country(o.evidence.operatorCountry) : "") : ""}
          </p>
        </div>
        <dl className="opt-figures">
          <dt>{t.score}</dt>
          <dt>{t.perMonth}</dt>
          <dd>
            {fixed1(o.score)}
            <span className="block text-xs font-normal text-muted">{t.range(range(o.scoreLow, o.scoreHigh, fixed1))}</span>
          </dd>
          <dd>{W.money(o.monthlyCostUsd)}</dd>
        </dl>
      </div>
      <div className="mt-3">
        <BreakdownBar rows={o.breakdown} score={o.score} W={W} />
      </div>
      <ul className="fact-chips" aria-label={t.keyFigures}>
        {facts.map(([k, v]) => <li key={k}><span className="text-muted">{`${k}${t.factSep}`}</span>{v}</li>)}
      </ul>
      {o.tiedWithTop && rank > 1 ? <p className="badge">{t.tied}</p> : null}
      {o.status === "retiring" ? <p className="badge badge-warn">{t.retiring(o.retiresOn ?? "")}</p> : null}
      {o.status === "beta" ? <p className="badge badge-warn">{t.beta}</p> : null}
      {o.successorId ? (
        <p className="badge">{t.newer}<Link href={at(`/models/${o.successorId}`)} prefetch={false}>{successor ?? o.successorId}</Link></p>
      ) : null}
      {o.whyHere ? <p className="mt-2 text-sm"><span className="font-medium">{t.whyHere}</span>{o.whyHere}</p> : null}
      <div className="opt-folds">
        <Fold className="opt-more" summary={t.qualityBy(qualityLine(o.quality, W.locale))}>
          <QualityDetail q={o.quality} W={W} />
        </Fold>
        <Fold className="opt-more" summary={t.costBy(W.money(o.monthlyCostUsd), o.breakEven !== undefined)}>
          <CostLines o={o} W={W} plannedTokens={ctx.plannedTokens} {...(o.breakEven ? { versusName: ctx.optionName(o.breakEven.versusOptionId) } : {})} />
        </Fold>
        <Fold className="opt-more" summary={t.wherePrompts}>
          <EvidenceBlock o={o} W={W} />
        </Fold>
        {self ? (
          <Fold className="opt-more" summary={t.howRuns}>
            <ServingFacts o={o} W={W} />
          </Fold>
        ) : null}
        {o.notes.length > 0 ? (
          <Fold className="opt-more" summary={t.notes(o.notes.length)}>
            <ul>{o.notes.map((n, i) => <li key={i}>{n}</li>)}</ul>
          </Fold>
        ) : null}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-2">
        <label className="opt-compare">
          <input type="checkbox" name="cmp" value={o.id} defaultChecked={compared} />
          {t.compare}<span className="sr-only">{` ${o.modelName}, ${deploymentLine(o, W)}`}</span>
        </label>
        {others && others.count > 0 ? (
          <Link href={others.href} scroll={false} prefetch={false} className="text-sm" aria-expanded={others.expanded}>
            {others.expanded ? t.hideOthers : t.others(others.count)}
          </Link>
        ) : null}
      </div>
      {others?.expanded && others.list ? <div className="mt-3">{others.list}</div> : null}
    </article>
  );
}
