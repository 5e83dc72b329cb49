import Link from "next/link";
import type { Option } from "@/lib/schema/recommendation";
import { formatCompact, formatGB, formatUsd } from "../format";
import { HOSTING_LABEL } from "../labels";
import { BreakdownBar } from "./breakdown-bar";
import { deploymentWords, regionsWords } from "./deployment";

type Props = { option: Option; rank: number; compared: boolean };

/** One ranked option: what it is, where it runs, what it costs, and why it sits here. */
export function OptionCard({ option: o, rank, compared }: Props) {
  const hid = `opt-${rank}`;
  return (
    <article aria-labelledby={hid} className="card p-4">
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
        <span className="grid size-9 shrink-0 place-items-center rounded-full bg-accent-soft font-bold text-accent" aria-hidden="true">{rank}</span>
        <div className="min-w-[12rem] flex-1">
          <h3 id={hid} className="text-lg font-semibold">
            <span className="sr-only">Rank {rank}: </span>
            <Link href={`/models/${o.modelId}`}>{o.modelName}</Link>
          </h3>
          <p className="text-sm text-muted">
            {o.lab ? `${o.lab} · ` : ""}
            <span className="font-medium text-fg">{HOSTING_LABEL[o.deployment.kind]}</span>: {deploymentWords(o.deployment)}
          </p>
          <p className="text-sm text-muted">Prompts processed in: {regionsWords(o.deployment)}</p>
        </div>
        <dl className="grid grid-cols-2 gap-x-4 text-right max-sm:ml-13">
          <dt className="text-xs text-muted">Score</dt>
          <dt className="text-xs text-muted">Per month</dt>
          <dd className="text-2xl font-bold tabular-nums">{o.score.toFixed(1)}</dd>
          <dd className="text-2xl font-bold tabular-nums">{formatUsd(o.monthlyCostUsd)}</dd>
        </dl>
      </div>
      <div className="mt-3">
        <BreakdownBar rows={o.breakdown} score={o.score} id={hid} />
      </div>
      {o.whyHere ? <p className="mt-2 text-sm"><span className="font-medium">Why here: </span>{o.whyHere}</p> : null}
      {o.memory || o.tokensPerSecond !== undefined ? (
        <p className="mt-2 text-sm text-muted">
          {o.memory ? <>Memory: <span className="text-fg">{formatGB(o.memory.totalBytes)}</span> (weights {formatGB(o.memory.weightsBytes)}, KV cache {formatGB(o.memory.kvCacheBytes)}). </> : null}
          {o.tokensPerSecond !== undefined ? <>Speed: about <span className="text-fg">{formatCompact(o.tokensPerSecond)} tokens/s</span> per stream (estimate).</> : null}
        </p>
      ) : null}
      {o.costNote ? <p className="mt-1 text-sm text-muted">Cost: {o.costNote}</p> : null}
      {o.notes.length > 0 ? (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-muted">Notes ({o.notes.length})</summary>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-muted">
            {o.notes.map((n) => <li key={n}>{n}</li>)}
          </ul>
        </details>
      ) : null}
      <label className="mt-3 flex w-fit items-center gap-2 text-sm">
        <input type="checkbox" name="cmp" value={o.id} defaultChecked={compared} className="size-4 accent-[var(--accent)]" />
        Compare<span className="sr-only"> {o.modelName}, {deploymentWords(o.deployment)}</span>
      </label>
    </article>
  );
}
