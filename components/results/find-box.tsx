import Form from "next/form";
import Link from "next/link";
import type { Find } from "@/lib/schema/recommendation";
import { inLocale, localePath } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";
import type { Locale } from "@/lib/vocab/format";


export type FindResult =
  | { kind: "found"; find: Find; href?: string; where: string }
  | { kind: "unknown"; text: string }
  | { kind: "several"; text: string; matches: { id: string; name: string; href: string }[] };

type Props = {
  /** Hidden fields that keep the answers and the view. */
  hidden: [string, string][];
  value: string;
  models: { id: string; name: string }[];
  result?: FindResult;
  locale?: Locale;
};

/** "Where is model X, and why?": its best rank and the page that holds it, or why it is left out. */
export function FindBox({ hidden, value, models, result, locale = "en" }: Props) {
  const t = inLocale(RESULTS, locale);
  return (
    <div className="card p-3">
      <Form action={localePath(locale, "/results")} prefetch={false} className="flex flex-wrap items-end gap-2" role="search" aria-label={t.findLabel}>
        {hidden.map(([k, v], i) => <input key={`${k}-${i}`} type="hidden" name={k} value={v} />)}
        <label className="grid min-w-0 flex-1 basis-60 gap-1 text-sm font-medium">
          {t.findQ}
          <input type="search" name="find" defaultValue={value} list="model-names" autoComplete="off" placeholder={t.findPlaceholder} className="field w-full font-normal" />
        </label>
        <datalist id="model-names">
          {models.map((m) => <option key={m.id} value={m.name} />)}
        </datalist>
        <button type="submit" className="btn">{t.find}</button>
      </Form>
      {result ? (
        <div role="status" className="mt-2 text-sm">
          {result.kind === "unknown" ? <p>{t.noMatch(result.text)}</p> : null}
          {result.kind === "several" ? (
            <p>
              {t.several(result.text)}
              {result.matches.map((m, i) => (
                <span key={m.id}>{i > 0 ? (locale === "zh" ? "、" : ", ") : ""}<Link prefetch={false} href={m.href}>{m.name}</Link></span>
              ))}
              {locale === "zh" ? "。" : "."}
            </p>
          ) : null}
          {result.kind === "found" ? <FoundLine r={result} t={t} /> : null}
        </div>
      ) : null}
    </div>
  );
}

function FoundLine({ r, t }: { r: Extract<FindResult, { kind: "found" }>; t: ReturnType<typeof inLocale<typeof RESULTS>> }) {
  const f = r.find;
  const name = f.modelName ?? f.modelId;
  if (f.rank !== undefined) {
    return (
      <p>
        <span className="font-semibold">{name}</span>{t.rankedAt(f.rank, r.where)}
        {r.href ? <Link prefetch={false} href={r.href}>{t.showIt}</Link> : null}
      </p>
    );
  }
  return (
    <div>
      <p><span className="font-semibold">{name}</span>{t.leftOutOf}</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {(f.reasons ?? []).map((x) => <li key={x.message}>{x.message}</li>)}
      </ul>
      {(f.reasons ?? []).length === 0 ? <p className="text-muted">{t.noWay}</p> : null}
    </div>
  );
}
