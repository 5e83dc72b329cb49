import type { Excluded } from "@/lib/schema/recommendation";
import { deploymentWords } from "./deployment";

const GROUP_TITLE: Record<string, string> = {
  residency: "Processed outside the regions you allowed",
  hosting: "A way of running you did not pick",
  "open-weights": "No open weights",
  commercial: "Licence does not allow commercial use",
  context: "Context too short",
  vision: "Does not read images",
  origin: "Lab from a country you excluded",
  budget: "Over your hard budget limit",
};

/** Options left out, grouped by their first reason, each with the engine's own sentence. */
export function ExcludedList({ excluded }: { excluded: Excluded[] }) {
  if (excluded.length === 0) return <p className="text-muted">Nothing was left out.</p>;
  const groups = new Map<string, Excluded[]>();
  for (const e of excluded) {
    const code = e.reasons[0]?.code ?? "other";
    groups.set(code, [...(groups.get(code) ?? []), e]);
  }
  return (
    <div className="grid gap-2">
      {[...groups].sort((a, b) => b[1].length - a[1].length).map(([code, items]) => (
        <details key={code} className="card p-3">
          <summary className="cursor-pointer font-medium">
            {GROUP_TITLE[code] ?? code.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase())} ({items.length})
          </summary>
          <ul className="mt-2 space-y-1.5 text-sm">
            {items.map((e) => (
              <li key={e.id}>
                <span className="font-medium">{e.modelName ?? e.modelId}</span>
                {e.deployment ? <span className="text-muted"> ({deploymentWords(e.deployment)})</span> : null}
                : {e.reasons.map((r) => r.message).join(" ")}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
