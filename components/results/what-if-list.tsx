import Link from "next/link";
import { cachedWhatIfs } from "@/app/_lib/recommendation-cache.server";
import type { Answers } from "@/lib/schema/answers";

/**
 * Single-answer changes that would change the top pick. The engine's what-if pass re-ranks many
 * times, so the page streams it after the ranking instead of waiting for it; the shared cache keeps
 * the list beside the ranking, so the API, the memo and the next view of this page reuse it.
 */
export async function WhatIfList({ answers, now }: { answers: Answers; now: Date }) {
  // Yield once so the ranking above is flushed before this pass starts.
  await Promise.resolve();
  const items = cachedWhatIfs(answers, now);
  if (items.length === 0) return <p className="text-muted">No single change to your answers would change the top pick.</p>;
  return (
    <ul className="grid gap-2">
      {items.map((w) => (
        <li key={w.change} className="card p-3 text-sm">
          <span className="font-medium">{w.change}</span>: the top pick would become {w.newTopName ?? w.newTopId}.{" "}
          {w.shareQuery ? <Link href={`/results?${w.shareQuery}`} prefetch={false}>See that result</Link> : null}
        </li>
      ))}
    </ul>
  );
}
