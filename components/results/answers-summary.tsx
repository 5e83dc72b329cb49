import { TASK_BENCHMARKS } from "@/lib/catalog/task-benchmarks";
import { catalog } from "@/lib/catalog";
import type { Answers } from "@/lib/schema/answers";
import { TASKS } from "@/lib/schema/common";
import { formatCompact, formatTokens, formatUsd } from "../format";
import { countryName, HOSTING_LABEL, IMPORTANCE_LABEL, regionWords } from "../labels";

/** The answers behind this result, in plain words. */
export function AnswersSummary({ a }: { a: Answers }) {
  const gpu = (id: string) => catalog.gpus.find((g) => g.id === id)?.name ?? id;
  const items: [string, string][] = [
    ["Tasks", TASKS.filter((t) => (a.tasks[t] ?? 0) > 0).map((t) => `${TASK_BENCHMARKS[t].label} (${IMPORTANCE_LABEL[a.tasks[t] ?? 0].toLowerCase()})`).join(", ")],
    ["Data may go to", a.regions[0] === "any" ? "anywhere" : a.regions.map(regionWords).join(", ")],
    ["Hosting", a.hosting.map((h) => HOSTING_LABEL[h]).join(", ")],
    ...(a.hardware.length ? [["Your GPUs", a.hardware.map((h) => `${h.count} × ${gpu(h.gpu)}`).join(", ")] as [string, string]] : []),
    ["Budget", `${formatUsd(a.budgetUsdPerMonth)} a month${a.budgetIsHardLimit ? " (hard limit)" : ""}`],
    ["Volume", `${formatCompact(a.tokensPerMonth)} tokens a month`],
    ["Context", `at least ${formatTokens(a.minContextTokens)} tokens`],
  ];
  const extra = [
    a.openWeightsOnly ? "open weights only" : "",
    a.commercialUse ? "" : "non-commercial use",
    a.sensitiveTopics ? "sensitive topics" : "",
    a.excludedOrigins.length ? `excluding labs from ${a.excludedOrigins.map(countryName).join(", ")}` : "",
  ].filter(Boolean);
  if (extra.length) items.push(["Also", extra.join("; ")]);
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      {items.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-muted">{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
