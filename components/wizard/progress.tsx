import Link from "next/link";
import { STEPS, STEP_ORDER } from "./steps";

/** Numbered steps; every step is a link that keeps the answers so far. */
export function Progress({ step, hrefFor }: { step: number; hrefFor: (n: number) => string }) {
  return (
    <nav aria-label="Wizard steps" className="mb-6">
      <ol className="flex flex-wrap gap-2 text-sm">
        {STEP_ORDER.map((id, i) => {
          const n = i + 1;
          const state = n === step ? "current" : n < step ? "done" : "todo";
          return (
            <li key={id}>
              <Link
                href={hrefFor(n)}
                prefetch={false}
                aria-current={state === "current" ? "step" : undefined}
                className={`flex min-h-10 items-center gap-2 rounded-full border px-3 no-underline ${
                  state === "current" ? "border-accent bg-accent font-semibold text-accent-fg hover:text-accent-fg" : state === "done" ? "border-accent text-fg" : "border-line text-muted"
                }`}
              >
                <span aria-hidden="true" className="font-mono">{state === "done" ? "✓" : n}</span>
                <span className={state === "current" ? "" : "max-sm:sr-only"}>{STEPS[id].title}</span>
                {state === "done" ? <span className="sr-only">(done)</span> : null}
              </Link>
            </li>
          );
        })}
      </ol>
      <div className="mt-3 h-1.5 rounded bg-line" aria-hidden="true">
        <div className="h-1.5 rounded bg-accent" style={{ width: `${(step / STEP_ORDER.length) * 100}%` }} />
      </div>
    </nav>
  );
}
