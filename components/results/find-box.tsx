import Form from "next/form";
import Link from "next/link";
import type { Find } from "@/lib/schema/recommendation";

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
};

/** "Where is model X, and why?": its best rank and the page that holds it, or why it is left out. */
export function FindBox({ hidden, value, models, result }: Props) {
  return (
    <div className="card p-3">
      <Form action="/results" prefetch={false} className="flex flex-wrap items-end gap-2" role="search" aria-label="Find a model in this result">
        {hidden.map(([k, v], i) => <input key={`${k}-${i}`} type="hidden" name={k} value={v} />)}
        <label className="grid min-w-0 flex-1 basis-60 gap-1 text-sm font-medium">
          Where is a model, and why?
          <input type="search" name="find" defaultValue={value} list="model-names" autoComplete="off" placeholder="e.g. Claude Sonnet 4.5" className="field w-full font-normal" />
        </label>
        <datalist id="model-names">
          {models.map((m) => <option key={m.id} value={m.name} />)}
        </datalist>
        <button type="submit" className="btn">Find</button>
      </Form>
      {result ? (
        <div role="status" className="mt-2 text-sm">
          {result.kind === "unknown" ? <p>{`No model in the catalog matches “${result.text}”.`}</p> : null}
          {result.kind === "several" ? (
            <p>
              {`Several models match “${result.text}”: `}
              {result.matches.map((m, i) => (
                <span key={m.id}>{i > 0 ? ", " : ""}<Link prefetch={false} href={m.href}>{m.name}</Link></span>
              ))}
              .
            </p>
          ) : null}
          {result.kind === "found" ? <FoundLine r={result} /> : null}
        </div>
      ) : null}
    </div>
  );
}

function FoundLine({ r }: { r: Extract<FindResult, { kind: "found" }> }) {
  const f = r.find;
  const name = f.modelName ?? f.modelId;
  if (f.rank !== undefined) {
    return (
      <p>
        <span className="font-semibold">{name}</span>{` is ranked #${f.rank}${r.where}. `}
        {r.href ? <Link prefetch={false} href={r.href}>Show it</Link> : null}
      </p>
    );
  }
  return (
    <div>
      <p><span className="font-semibold">{name}</span> is left out of this result:</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {(f.reasons ?? []).map((x) => <li key={x.message}>{x.message}</li>)}
      </ul>
      {(f.reasons ?? []).length === 0 ? <p className="text-muted">The catalog has no way to run it that these answers could reach.</p> : null}
    </div>
  );
}
