import Link from "next/link";

export type IssueRow = { label: string; path: string; message: string; fixHref: string };

/**
 * A bad or tampered link: which answers are wrong and what to write instead (the one input
 * boundary's messages, the same the API answers with), and a way back to the wizard keeping the rest.
 */
export function InvalidQuery({ issues, fixHref }: { issues: IssueRow[]; fixHref: string }) {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">This link has answers we cannot read</h1>
      <p className="mt-3 text-muted">
        The results depend on every answer in the link. {issues.length === 1 ? "One of them is" : `${issues.length} of them are`} missing
        or not valid, so there is nothing to rank yet: nothing was ignored.
      </p>
      <ul className="mt-5 grid gap-2" aria-label="Invalid answers">
        {issues.map((i, k) => (
          <li key={`${i.path}-${k}`} className="rounded border-l-4 border-bad bg-bad-soft p-3">
            <span className="font-semibold text-bad">{i.label}</span>
            <span className="block text-sm">{i.message}</span>
            {issues.length > 1 ? (
              <Link prefetch={false} href={i.fixHref} className="text-sm text-fg hover:text-fg">
                Fix this in the wizard<span className="sr-only">{`: ${i.label}`}</span>
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="mt-6 flex flex-wrap gap-3">
        <Link prefetch={false} className="btn btn-primary" href={fixHref}>Fix it in the wizard</Link>
        <Link prefetch={false} className="btn" href="/wizard">Start over</Link>
      </p>
      <p className="mt-3 text-sm text-muted">The wizard keeps the answers that were valid.</p>
    </div>
  );
}
