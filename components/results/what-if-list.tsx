import Link from "next/link";
import type { WhatIf } from "@/lib/schema/recommendation";

/**
 * Single-answer changes that would change the top pick, in the engine's own sentence: a change
 * whose new #1 is the same model on another deployment says so ("would stay X, on Y instead").
 */
export function WhatIfList({ items }: { items: Pick<WhatIf, "sentence" | "shareQuery" | "newTopId">[] }) {
  if (items.length === 0) return <p className="text-muted">No single change to your answers would change the top pick.</p>;
  return (
    <ul className="grid gap-2">
      {items.map((w) => (
        <li key={w.sentence} className="card p-3 text-sm">
          {w.sentence}{" "}
          {w.shareQuery ? <Link href={`/results?${w.shareQuery}`} prefetch={false}>See that result</Link> : null}
        </li>
      ))}
    </ul>
  );
}
