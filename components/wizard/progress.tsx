import type { Locale } from "@/lib/vocab";
import { STEP_ORDER, wizardWords } from "./steps";

/**
 * Numbered steps. Each is a button of the step's form (`go=to-N`), so jumping to another step
 * keeps what was typed on this one, as Back and Next do.
 */
export function Progress({ step, formId, locale = "en" }: { step: number; formId: string; locale?: Locale }) {
  const t = wizardWords(locale);
  return (
    <nav aria-label={t.progress} className="mb-6">
      <ol className="flex flex-wrap gap-2 text-sm">
        {STEP_ORDER.map((id, i) => {
          const n = i + 1;
          const state = n === step ? "current" : n < step ? "done" : "todo";
          return (
            <li key={id}>
              <button
                type="submit"
                form={formId}
                name="go"
                value={`to-${n}`}
                aria-current={state === "current" ? "step" : undefined}
                className={`flex min-h-10 cursor-pointer items-center gap-2 rounded-full border px-3 ${
                  state === "current" ? "border-accent bg-accent font-semibold text-accent-fg" : state === "done" ? "border-accent bg-bg text-fg" : "border-line bg-bg text-muted"
                }`}
              >
                <span aria-hidden="true" className="font-mono">{state === "done" ? "✓" : n}</span>
                <span className={state === "current" ? "" : "max-sm:sr-only"}>{t.steps[id].title}</span>
                {state === "done" ? <span className="sr-only">{t.done}</span> : null}
              </button>
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
