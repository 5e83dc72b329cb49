import type { Metadata } from "next";
import Link from "next/link";
import { catalog } from "@/lib/catalog";
import { TASK_BENCHMARKS } from "@/lib/catalog/task-benchmarks";
import { assumptions, CONSTRAINTS } from "@/lib/engine";
import { Answers } from "@/lib/schema/answers";
import { CRITERIA, QUANTIZATIONS, TASKS } from "@/lib/schema/common";
import { CRITERIA_TABLE } from "@/lib/score/criteria";
import { SourceLink } from "@/components/models/source-link";

export const metadata: Metadata = { title: "Methodology" };

// Two reference answers show how the base weights shift: no region rule vs a region rule with sensitive topics.
const base = { tasks: { chat: 2 }, hosting: ["api"], budgetUsdPerMonth: 500, tokensPerMonth: 30e6 } as const;
const open = Answers.parse({ ...base, regions: ["any"] });
const strict = Answers.parse({ ...base, regions: ["eu"], sensitiveTopics: true });
const pct = (x: number) => `${Math.round(x * 100)}%`;

const H2 = "mt-10 text-2xl font-semibold";

export default function MethodologyPage() {
  const sumOpen = CRITERIA.reduce((s, c) => s + CRITERIA_TABLE[c].baseWeight(open), 0);
  const sumStrict = CRITERIA.reduce((s, c) => s + CRITERIA_TABLE[c].baseWeight(strict), 0);
  const a = assumptions;
  return (
    <article className="max-w-4xl">
      <h1 className="text-3xl font-bold">How flagless ranks</h1>
      <p className="mt-3 text-lg text-muted">
        Every option (a model and a way to run it) first passes hard rules; those that pass get a score from 0 to 100, the
        weighted sum of soft criteria. Each score comes with its breakdown. The lab&rsquo;s country changes nothing unless
        you ask to exclude origins.
      </p>

      <h2 className={H2}>Hard rules</h2>
      <p className="mt-2">An option that breaks one is left out, with the reason in a sentence: {Object.keys(CONSTRAINTS).join(", ")}. Deployments that do not fit in memory, or cannot serve your volume, are left out too.</p>

      <h2 className={H2}>Soft criteria and weights</h2>
      <p className="mt-2 text-muted">Weights are normalised to sum to 100%. You can raise, lower or ignore any criterion on the results page.</p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full min-w-[30rem] text-sm">
          <thead><tr className="border-b border-line text-left"><th scope="col" className="py-1.5 pr-3">Criterion</th><th scope="col" className="pr-3 text-right">Weight, no region rule</th><th scope="col" className="text-right">Weight, region rule and sensitive topics</th></tr></thead>
          <tbody>
            {CRITERIA.map((c) => (
              <tr key={c} className="border-b border-line">
                <th scope="row" className="py-1.5 pr-3 text-left font-medium">{CRITERIA_TABLE[c].label}</th>
                <td className="pr-3 text-right">{pct(CRITERIA_TABLE[c].baseWeight(open) / sumOpen)}</td>
                <td className="text-right">{pct(CRITERIA_TABLE[c].baseWeight(strict) / sumStrict)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 className={H2}>Tasks and the benchmarks behind them</h2>
      <p className="mt-2 text-muted">
        A score is normalised per benchmark: (score − floor) / (ceiling − floor), clamped to 0..1, where the floor is random guessing and the ceiling is
        where the benchmark stops separating models. A task&rsquo;s quality is the weighted mean over the benchmarks a model has, pulled toward the neutral 50 by
        the share of the task&rsquo;s benchmark weight it lacks (coverage &times; measured + (1 &minus; coverage) &times; 50); a task with none counts
        50, and missing coverage lowers data confidence too.
      </p>
      {TASKS.map((t) => (
        <section key={t} aria-labelledby={`task-${t}`} className="mt-4">
          <h3 id={`task-${t}`} className="font-semibold">{TASK_BENCHMARKS[t].label}</h3>
          <div className="overflow-x-auto">
            <table className="mt-1 w-full min-w-[30rem] text-sm">
              <thead><tr className="border-b border-line text-left text-muted"><th scope="col" className="py-1 pr-3 font-medium">Benchmark</th><th scope="col" className="pr-3 text-right font-medium">Floor</th><th scope="col" className="pr-3 text-right font-medium">Ceiling</th><th scope="col" className="pr-3 text-right font-medium">Weight</th><th scope="col" className="font-medium">Why</th></tr></thead>
              <tbody>
                {TASK_BENCHMARKS[t].benchmarks.map((b) => (
                  <tr key={b.name} className="border-b border-line">
                    <th scope="row" className="py-1 pr-3 text-left font-normal">{b.name}</th>
                    <td className="pr-3 text-right">{b.floor}</td><td className="pr-3 text-right">{b.ceiling}</td><td className="pr-3 text-right">{b.weight}</td>
                    <td className="text-muted">{b.why}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}

      <h2 className={H2}>Memory, speed and cost</h2>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        <li><strong>Weights</strong> = total parameters × bits per weight / 8 ({QUANTIZATIONS.map((q) => `${q.toUpperCase()} ${a.BITS_PER_WEIGHT[q]}`).join(", ")} bits). A Mixture-of-Experts model keeps every expert in memory.</li>
        <li><strong>KV cache per token</strong> = 2 × layers × KV heads × head size × {a.KV_BYTES_PER_ELEMENT} bytes for standard and grouped-query attention; layers × (KV latent rank + RoPE head size) × {a.KV_BYTES_PER_ELEMENT} bytes for multi-head latent attention (<a href="https://arxiv.org/abs/2405.04434">DeepSeek-V2 paper</a>, Table 1).</li>
        <li><strong>Total</strong> = (weights + KV cache for {a.SERVING_BATCH} sequences of your minimum context) / {a.USABLE_MEMORY_SHARE}, the share of memory a runtime such as vLLM uses by default.</li>
        <li><strong>Decode speed</strong> ≈ memory bandwidth × {a.DECODE_EFFICIENCY} / bytes of <em>active</em> weights per token: decode is bound by memory bandwidth, and a MoE model reads only its routed experts.</li>
        <li><strong>API cost</strong> = input tokens × input price + output tokens × output price. <strong>Rented GPUs</strong>: GPU-hours × price, kept up all month ({a.HOURS_PER_MONTH} hours) as a minimum. <strong>Own hardware</strong>: electricity for the busy hours at board power, ${a.ELECTRICITY_USD_PER_KWH}/kWh by default; the hardware&rsquo;s purchase is not counted.</li>
      </ul>

      <h2 className={H2}>Data sources and credits</h2>
      <p className="mt-2">
        Catalog version {catalog.version}: {catalog.models.length} models, {catalog.offerings.length} API offerings from {catalog.providers.length} providers, {catalog.gpus.length} GPUs.
        Each figure carries its own source and date on the <Link prefetch={false} href="/models">model pages</Link>. Figures that could not be checked are marked unverified.
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        <li><a href="https://github.com/anomalyco/models.dev">models.dev</a> (MIT): model facts and prices, cross-checked.</li>
        <li><a href="https://github.com/BerriAI/litellm">LiteLLM</a> price map (MIT): prices, cross-checked.</li>
        <li><a href="https://llm-stats.com">llm-stats</a> (CC BY 4.0): benchmark rows where a row names it as its source.</li>
        <li>Model cards, papers and provider pages: linked on each figure.</li>
      </ul>
      <h3 className="mt-5 font-semibold">API providers</h3>
      <ul className="mt-1 grid gap-1 text-sm sm:grid-cols-2">
        {[...catalog.providers].sort((x, y) => x.name.localeCompare(y.name)).map((p) => (
          <li key={p.id}>{p.name} <SourceLink source={p.source} asOf={p.asOf} /></li>
        ))}
      </ul>
    </article>
  );
}
