import type { Metadata } from "next";
import Link from "next/link";
import { catalog } from "@/lib/catalog";
import * as ASSUMPTIONS from "@/lib/core/assumptions";
import { Answers, CONCURRENCY_DEFAULT } from "@/lib/schema/answers";
import { CRITERIA } from "@/lib/schema/common";
import { CRITERIA_TABLE } from "@/lib/score/criteria";
import { format, REASON_CODES, words } from "@/lib/vocab";
import { SourceLink } from "@/components/models/source-link";
import { docComments } from "./_lib/doc-comments.server";
import { QualitySources } from "./quality";
import { H2, H3, Table } from "./table";
import { TimeModel } from "./time-model";

export const metadata: Metadata = { title: "Methodology" };

const W = words("en");

// Two reference answers show how the base weights shift: no region rule, and a region rule with sensitive topics.
const base = { tasks: { chat: 2 }, hosting: ["api"], budgetUsdPerMonth: 500, tokensPerMonth: 30e6 } as const;
const open = Answers.parse({ ...base, regions: ["any"] });
const strict = Answers.parse({ ...base, regions: ["eu"], sensitiveTopics: true });

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function value(v: unknown): string {
  if (typeof v === "number") return format.grouped(v, 4);
  if (Array.isArray(v)) return v.join(", ");
  return String(v);
}

export default function MethodologyPage() {
  const sumOpen = CRITERIA.reduce((s, c) => s + CRITERIA_TABLE[c].baseWeight(open), 0);
  const sumStrict = CRITERIA.reduce((s, c) => s + CRITERIA_TABLE[c].baseWeight(strict), 0);
  const docs = docComments("lib/core/assumptions.ts");
  const assumptions = Object.entries(ASSUMPTIONS).filter(([, v]) => typeof v === "number" || Array.isArray(v));
  return (
    <article className="min-w-0 max-w-4xl">
      <h1 className="text-3xl font-bold">How flagless ranks</h1>
      <p className="mt-3 text-lg text-muted">
        Every option (a model and a way to run it) first passes hard rules; those that pass get a score from 0 to 100, the weighted sum of soft criteria, with a range
        from the evidence behind it. Each score comes with its breakdown. The lab&rsquo;s country, and the country of the company that runs a service, change nothing
        unless you ask to exclude them.
      </p>

      <h2 className={H2}>Hard rules</h2>
      <p className="mt-2">An option that breaks one is left out, with the reason in a sentence. The results page counts every reason and lists the most relevant first:</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {REASON_CODES.map((c) => <li key={c}>{W.tables.reason[c].heading}</li>)}
      </ul>

      <h2 className={H2}>Soft criteria and weights</h2>
      <p className="mt-2 text-muted">Weights are normalised to sum to 100 %. You can raise, lower or ignore any criterion on the results page.</p>
      <Table
        caption="Base weight of each criterion for two sets of answers"
        head={["Criterion", "No region rule", "A region rule and sensitive topics"]}
        rows={CRITERIA.map((c) => [cap(W.tables.criterion[c].long), format.percent(CRITERIA_TABLE[c].baseWeight(open) / sumOpen), format.percent(CRITERIA_TABLE[c].baseWeight(strict) / sumStrict)])}
      />
      <p className="mt-3">
        Options whose score range overlaps the first&rsquo;s are <strong>tied within the evidence</strong>, and the page says so as a group. The concurrency a volume
        implies, when you do not say it: the business-hours decode load ({format.count(CONCURRENCY_DEFAULT.workingSecondsPerMonth / 3600)} working hours a month) at{" "}
        {CONCURRENCY_DEFAULT.tokensPerSecondPerRequest} tokens/s per request, with a peak of {CONCURRENCY_DEFAULT.peakFactor} times the average.
      </p>

      <QualitySources />
      <TimeModel />

      <h2 className={H2}>Cost, and the other assumptions</h2>
      <p className="mt-2">
        An API costs its lines: uncached input, cached input at the cached price, output, hidden reasoning output, the batch share at the batch price, a long-context
        tier where the prompt passes it, and a residency surcharge; a price in euros or yuan names its native price and dated rate. Rented GPUs bill GPU-hours (always
        on, or per second of work when serverless pays); your own hardware costs its electricity, or its full cost of ownership if you ask. Every assumption the
        engine makes, from the code:
      </p>
      <Table
        caption="Assumptions (lib/core/assumptions.ts)"
        head={["Name", "Value", "Why"]}
        rows={assumptions.map(([k, v]) => [<code key={k} className="text-xs">{k}</code>, value(v), docs.get(k) ?? ""])}
      />

      <h2 className={H2}>Data sources and credits</h2>
      <p className="mt-2">
        Catalog version {catalog.version}: {catalog.models.length} models, {catalog.offerings.length} API offerings from {catalog.providers.length} providers, {catalog.gpus.length} GPUs, {catalog.clouds.length} GPU clouds.
        Each figure carries its own source and date on the <Link prefetch={false} href="/models">model pages</Link>. Figures that could not be checked are marked unverified.
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        <li><a href="https://github.com/anomalyco/models.dev">models.dev</a> (MIT): model facts and prices, cross-checked.</li>
        <li><a href="https://github.com/BerriAI/litellm">LiteLLM</a> price map (MIT): prices, cross-checked.</li>
        {(catalog.quality?.sources ?? []).filter((s) => s.credit).map((s) => <li key={s.id}>{`${s.name}: ${s.credit}`}</li>)}
        <li>Model cards, papers and provider pages: linked on each figure.</li>
      </ul>
      <h3 className={H3}>API providers</h3>
      <ul className="mt-1 grid gap-1 text-sm sm:grid-cols-2">
        {[...catalog.providers].sort((x, y) => x.name.localeCompare(y.name)).map((p) => (
          <li key={p.id} className="min-w-0 break-words">{p.name} <SourceLink source={p.source} asOf={p.asOf} /></li>
        ))}
      </ul>
    </article>
  );
}
