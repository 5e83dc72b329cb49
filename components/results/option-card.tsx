import Link from "next/link";
import type { Option } from "@/lib/schema/recommendation";
import { formatCompact, formatGB, formatUsd } from "../format";
import { HOSTING_LABEL } from "../labels";
import { BreakdownBar } from "./breakdown-bar";
import { deploymentWords, regionsWords } from "./deployment";
import { FoldedList } from "./folded-list";
import "./results.css";

type Props = { option: Option; rank: number; compared: boolean };

/** One ranked option: what it is, where it runs, what it costs, and why it sits here. */
export function OptionCard({ option: o, rank, compared }: Props) {
  const hid = `opt-${rank}`;
  // The engine also lists the cost sentence among the notes; the card shows it once, above.
  const notes = o.costNote ? o.notes.filter((n) => n !== `Cost: ${o.costNote}.` && n !== `Cost: ${o.costNote}`) : o.notes;
  return (
    <article aria-labelledby={hid} className="card p-4">
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
        <span className="opt-rank" aria-hidden="true">{rank}</span>
        <div className="min-w-[12rem] flex-1">
          <h3 id={hid} className="text-lg font-semibold">
            <span className="sr-only">{`Rank ${rank}: `}</span>
            <Link href={`/models/${o.modelId}`} prefetch={false}>{o.modelName}</Link>
          </h3>
          <p className="text-sm text-muted">
            {o.lab ? `${o.lab} · ` : ""}
            <span className="font-medium text-fg">{HOSTING_LABEL[o.deployment.kind]}</span>{`: ${deploymentWords(o.deployment)}`}
          </p>
          <p className="text-sm text-muted">{`Prompts processed in: ${regionsWords(o.deployment)}`}</p>
        </div>
        <dl className="opt-figures">
          <dt>Score</dt>
          <dt>Per month</dt>
          <dd>{o.score.toFixed(1)}</dd>
          <dd>{formatUsd(o.monthlyCostUsd)}</dd>
        </dl>
      </div>
      <div className="mt-3">
        <BreakdownBar rows={o.breakdown} score={o.score} />
      </div>
      {o.whyHere ? <p className="mt-2 text-sm"><span className="font-medium">Why here: </span>{o.whyHere}</p> : null}
      {o.memory || o.tokensPerSecond !== undefined ? (
        <p className="mt-2 text-sm text-muted">
          {o.memory ? <>Memory: <span className="text-fg">{formatGB(o.memory.totalBytes)}</span> (weights {formatGB(o.memory.weightsBytes)}, KV cache {formatGB(o.memory.kvCacheBytes)}). </> : null}
          {o.tokensPerSecond !== undefined ? <>Speed: about <span className="text-fg">{formatCompact(o.tokensPerSecond)} tokens/s</span> per stream (estimate).</> : null}
        </p>
      ) : null}
      {o.costNote ? <p className="mt-1 text-sm text-muted">{`Cost: ${o.costNote}`}</p> : null}
      {notes.length > 0 ? <FoldedList className="opt-more" summary={`Notes (${notes.length})`} items={notes} /> : null}
      <label className="opt-compare">
        <input type="checkbox" name="cmp" value={o.id} defaultChecked={compared} />
        Compare<span className="sr-only">{` ${o.modelName}, ${deploymentWords(o.deployment)}`}</span>
      </label>
    </article>
  );
}
