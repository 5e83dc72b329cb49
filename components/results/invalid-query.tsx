import Link from "next/link";
import type { DecodeIssue } from "@/lib/share/query";
import type { Field } from "@/lib/share/params";
import { FIELD_LABEL } from "../labels";
import { encodeDraft, readDraft } from "../wizard/draft";
import { stepOfField } from "../wizard/steps";

/** A bad or tampered link: which answers are wrong, and a way back to the wizard keeping the rest. */
export function InvalidQuery({ issues, params }: { issues: DecodeIssue[]; params: URLSearchParams }) {
  const { draft } = readDraft(params);
  const fields = issues.map((i) => i.path.split(/[.[]/)[0] as Field);
  const firstStep = Math.min(...fields.map((f) => (f in FIELD_LABEL ? stepOfField(f) : 1)));
  const state = encodeDraft(draft);
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">This link has answers we cannot read</h1>
      <p className="mt-3 text-muted">
        The results depend on every answer in the link. {issues.length === 1 ? "One of them is" : `${issues.length} of them are`} missing
        or not valid, so there is nothing to rank yet.
      </p>
      <ul className="mt-5 grid gap-2" aria-label="Invalid answers">
        {issues.map((i, k) => {
          const f = fields[k];
          return (
            <li key={`${i.path}-${k}`} className="rounded border-l-4 border-bad bg-bad-soft p-3">
              <span className="font-semibold text-bad">{f && f in FIELD_LABEL ? FIELD_LABEL[f] : i.path}</span>
              <span className="block text-sm">{i.message}</span>
            </li>
          );
        })}
      </ul>
      <p className="mt-6 flex flex-wrap gap-3">
        <Link prefetch={false} className="btn btn-primary" href={`/wizard?${state}${state ? "&" : ""}step=${Number.isFinite(firstStep) ? firstStep : 1}`}>
          Fix it in the wizard
        </Link>
        <Link prefetch={false} className="btn" href="/wizard">Start over</Link>
      </p>
      <p className="mt-3 text-sm text-muted">The wizard keeps the answers that were valid.</p>
    </div>
  );
}
