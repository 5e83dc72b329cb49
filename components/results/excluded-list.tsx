import type { Excluded } from "@/lib/schema/recommendation";
import { deploymentWords } from "./deployment";
import { FoldedList } from "./folded-list";

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

/** Entries listed per group unless the person asks for all: a whole catalog left out is hundreds. */
export const EXCLUDED_PER_GROUP = 8;

type Props = { excluded: Excluded[]; showAll: boolean; allHref: string };

function titleOf(code: string): string {
  return GROUP_TITLE[code] ?? code.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
}

/** Options left out, grouped by their first reason with counts, each with the engine's own sentence. */
export function ExcludedList({ excluded, showAll, allHref }: Props) {
  if (excluded.length === 0) return <p className="text-muted">Nothing was left out.</p>;
  const groups = new Map<string, Excluded[]>();
  for (const e of excluded) {
    const code = e.reasons[0]?.code ?? "other";
    const list = groups.get(code);
    if (list) list.push(e);
    else groups.set(code, [e]);
  }
  const hidden = showAll ? 0 : [...groups.values()].reduce((n, items) => n + Math.max(0, items.length - EXCLUDED_PER_GROUP), 0);
  return (
    <div className="grid gap-2">
      {[...groups].sort((a, b) => b[1].length - a[1].length).map(([code, items]) => {
        const shown = showAll ? items : items.slice(0, EXCLUDED_PER_GROUP);
        return (
          <FoldedList
            key={code}
            className="card p-3"
            summaryClassName="cursor-pointer font-medium"
            listClassName="mt-2 space-y-1.5 text-sm"
            summary={`${titleOf(code)} (${items.length})`}
            items={shown.map((e) => `${e.modelName ?? e.modelId}${e.deployment ? ` (${deploymentWords(e.deployment)})` : ""}: ${e.reasons.map((r) => r.message).join(" ")}`)}
            initiallyOpen={showAll}
            footer={shown.length < items.length ? `and ${items.length - shown.length} more` : undefined}
          />
        );
      })}
      {hidden > 0 ? <p className="text-sm"><a href={allHref}>List all {excluded.length} left-out options with their reasons</a></p> : null}
    </div>
  );
}
