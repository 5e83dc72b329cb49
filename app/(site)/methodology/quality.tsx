import { catalog } from "@/lib/catalog";
import { TASKS } from "@/lib/schema/common";
import { format, words, type Locale } from "@/lib/vocab";
import { METHOD } from "@/lib/vocab/ui/methodology";
import { inLocale } from "@/lib/vocab/ui/pair";
import { H2, H3, Table } from "./table";


/** The quality sources and the mapping from evaluations to tasks (data/quality), rendered from the catalog: whatever is there. */
export function QualitySources({ locale = "en" }: { locale?: Locale }) {
  const W = words(locale);
  const t = inLocale(METHOD, locale);
  const zh = locale === "zh";
  const q = catalog.quality;
  const sources = q?.sources ?? [];
  const byId = new Map(sources.map((s) => [s.id, s]));
  const scale = (s: (typeof sources)[number]) =>
    s.scale.kind === "anchored" ? t.qScale.anchored(s.scale.low.model, s.scale.low.maps, s.scale.high.model, s.scale.high.maps) : s.scale.kind === "fraction" ? t.qScale.fraction : t.qScale.percent;
  return (
    <section aria-labelledby="quality-h">
      <h2 id="quality-h" className={H2}>{t.qH}</h2>
      <p className="mt-2">{t.qIntro(q ? format.percent(q.mapping.vendorWeight) : "")}</p>
      {sources.length === 0 ? (
        <p className="mt-3 text-muted">{t.qNone}</p>
      ) : (
        <>
          <h3 className={H3}>{t.qSources}</h3>
          {/* The harness and the mapping reasons are the catalog's own (English) text: the Chinese page leaves them to the English one. */}
          <Table
            caption={t.qSourcesCaption(sources.length)}
            head={zh ? t.qHead.filter((_, i) => i !== 2) : [...t.qHead]}
            rows={sources.map((s) => [
              s.url ? <a href={s.url}>{s.name}</a> : s.name,
              t.qKind(s.kind === "independent", Boolean(s.secondary)),
              ...(zh ? [] : [s.harness]),
              scale(s),
              format.grouped(s.sigma, 1),
              `${s.licence}${s.credit ? `; ${s.credit}` : ""}`,
              s.asOf,
            ])}
          />
          <h3 className={H3}>{t.qMap}</h3>
          {TASKS.map((task) => {
            const entries = (q?.mapping.entries ?? []).filter((e) => e.task === task);
            return entries.length === 0 ? (
              <p key={task} className="mt-3 text-sm"><span className="font-semibold">{W.tables.task[task].short}</span>{t.qUnmapped}</p>
            ) : (
              <Table
                key={task}
                caption={W.tables.task[task].short}
                heading
                head={zh ? t.qMapHead.slice(0, 2) : [...t.qMapHead]}
                rows={entries.map((e) => {
                  const s = byId.get(e.source);
                  const row = [`${s?.name ?? e.source}: ${s?.metrics[e.metric]?.label ?? e.metric}`, format.grouped(e.weight, 2)];
                  return zh ? row : [...row, e.reason];
                })}
              />
            );
          })}
        </>
      )}
    </section>
  );
}
