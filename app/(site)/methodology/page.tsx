import type { Metadata } from "next";
import Link from "next/link";
import { catalog } from "@/lib/catalog";
import * as ASSUMPTIONS from "@/lib/core/assumptions";
import { Answers, CONCURRENCY_DEFAULT } from "@/lib/schema/answers";
import { CRITERIA } from "@/lib/schema/common";
import { CRITERIA_TABLE } from "@/lib/score/criteria";
import { format, REASON_CODES, words, type Locale } from "@/lib/vocab";
import { METHOD } from "@/lib/vocab/ui/methodology";
import { inLocale, localePath } from "@/lib/vocab/ui/pair";
import { SourceLink } from "@/components/models/source-link";
import { docComments } from "./_lib/doc-comments.server";
import { QualitySources } from "./quality";
import { H2, H3, Table } from "./table";
import { TimeModel } from "./time-model";

export const metadata: Metadata = { title: "Methodology" };

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

/** The methodology page; the Chinese one (/zh/methodology) renders it with locale "zh". */
export default function MethodologyPage({ locale = "en" }: { locale?: Locale }) {
  const W = words(locale);
  const t = inLocale(METHOD, locale);
  const zh = locale === "zh";
  const sumOpen = CRITERIA.reduce((s, c) => s + CRITERIA_TABLE[c].baseWeight(open), 0);
  const sumStrict = CRITERIA.reduce((s, c) => s + CRITERIA_TABLE[c].baseWeight(strict), 0);
  const docs = docComments("lib/core/assumptions.ts");
  const assumptions = Object.entries(ASSUMPTIONS).filter(([, v]) => typeof v === "number" || Array.isArray(v));
  return (
    <article className="min-w-0 max-w-4xl">
      <h1 className="text-3xl font-bold">{t.h1}</h1>
      <p className="mt-3 text-lg text-muted">{t.lead}</p>

      <h2 className={H2}>{t.hard}</h2>
      <p className="mt-2">{t.hardIntro}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {REASON_CODES.map((c) => <li key={c}>{W.tables.reason[c].heading}</li>)}
      </ul>

      <h2 className={H2}>{t.residency}</h2>
      {t.residencyText.map((para) => <p key={para.slice(0, 24)} className="mt-2">{para}</p>)}

      <h2 className={H2}>{t.soft}</h2>
      <p className="mt-2 text-muted">{t.softIntro}</p>
      <Table
        caption={t.weightsCaption}
        head={[...t.weightsHead]}
        rows={CRITERIA.map((c) => [cap(W.tables.criterion[c].long), format.percent(CRITERIA_TABLE[c].baseWeight(open) / sumOpen), format.percent(CRITERIA_TABLE[c].baseWeight(strict) / sumStrict)])}
      />
      <p className="mt-3">{t.tied(format.count(CONCURRENCY_DEFAULT.workingSecondsPerMonth / 3600), CONCURRENCY_DEFAULT.tokensPerSecondPerRequest, CONCURRENCY_DEFAULT.peakFactor)}</p>

      <QualitySources locale={locale} />
      <TimeModel locale={locale} />

      <h2 className={H2}>{t.cost}</h2>
      <p className="mt-2">{t.costIntro}</p>
      {/* The "why" of each assumption is the code's own (English) comment: the Chinese page links to it instead. */}
      <Table
        caption={t.assumptionsCaption}
        head={zh ? t.assumptionsHead.slice(0, 2) : [...t.assumptionsHead]}
        rows={assumptions.map(([k, v]) => (zh ? [<code key={k} className="text-xs">{k}</code>, value(v)] : [<code key={k} className="text-xs">{k}</code>, value(v), docs.get(k) ?? ""]))}
      />
      {zh ? <p className="mt-2 text-sm text-muted">{t.inEnglish}<a href="/methodology" hrefLang="en">{t.englishPage}</a></p> : null}

      <h2 className={H2}>{t.credits}</h2>
      <p className="mt-2">
        {t.catalogLine(catalog.version, catalog.models.length, catalog.offerings.length, catalog.providers.length, catalog.gpus.length, catalog.clouds.length)}
        <Link prefetch={false} href={localePath(locale, "/models")}>{t.modelPages}</Link>{t.catalogEnd}
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        <li><a href="https://github.com/anomalyco/models.dev">models.dev</a>{t.modelsDev}</li>
        <li><a href="https://github.com/BerriAI/litellm">LiteLLM</a>{t.litellm}</li>
        {(catalog.quality?.sources ?? []).filter((s) => s.credit).map((s) => <li key={s.id}>{`${s.name}${zh ? "：" : ": "}${s.credit}`}</li>)}
        <li>{t.cards}</li>
      </ul>
      <h3 className={H3}>{t.providers}</h3>
      <ul className="mt-1 grid gap-1 text-sm sm:grid-cols-2">
        {[...catalog.providers].sort((x, y) => x.name.localeCompare(y.name)).map((p) => (
          <li key={p.id} className="min-w-0 break-words">{p.name} <SourceLink source={p.source} asOf={p.asOf} /></li>
        ))}
      </ul>
    </article>
  );
}
