import { catalog } from "@/lib/catalog";
import type { Answers } from "@/lib/schema/answers";
import { countryName } from "../labels";
import { formatTokens } from "../format";

const CONTEXTS = [8192, 32768, 131072, 200_000, 1_048_576] as const;

function Check({ name, checked, label, hint }: { name: string; checked: boolean; label: string; hint: string }) {
  return (
    <div className="card p-3">
      <label className="flex cursor-pointer items-start gap-3">
        <input type="checkbox" name={name} value="1" defaultChecked={checked} aria-describedby={`hint-${name}`} className="mt-1 size-4 accent-[var(--accent)]" />
        <span className="font-medium">{label}</span>
      </label>
      <p id={`hint-${name}`} className="ml-7 text-sm text-muted">{hint}</p>
    </div>
  );
}

type Props = { answers: Pick<Answers, "openWeightsOnly" | "commercialUse" | "minContextTokens" | "sensitiveTopics" | "excludedOrigins"> };

export function StepConstraints({ answers }: Props) {
  // Lab countries present in the catalog, so every box can change something.
  const origins = [...new Set(catalog.models.map((m) => m.origin))].sort();
  const contexts = CONTEXTS.some((c) => c === answers.minContextTokens) ? CONTEXTS : [...CONTEXTS, answers.minContextTokens].sort((a, b) => a - b);
  return (
    <div className="grid gap-3">
      <Check name="open" checked={answers.openWeightsOnly} label="Open weights only" hint="Only models whose weights you can download and run yourself." />
      <Check name="com" checked={answers.commercialUse} label="Commercial use" hint="The licence must allow use in a business. On by default." />
      <Check
        name="sens" checked={answers.sensitiveTopics} label="Prompts touch politically sensitive topics"
        hint="Shows what is documented about how each model handles such prompts, and weighs it."
      />
      <label className="grid max-w-md gap-1 font-medium">
        Minimum context (how much text the model reads at once)
        <select name="ctx" defaultValue={String(answers.minContextTokens)} className="field font-normal">
          {contexts.map((c) => <option key={c} value={String(c)}>{`${formatTokens(c)} tokens${c === 8192 ? " (default)" : ""}`}</option>)}
        </select>
      </label>
      <fieldset className="card p-3" aria-describedby="origins-hint">
        <legend className="px-1 font-medium">Exclude labs from these countries</legend>
        <p id="origins-hint" className="px-1 text-sm text-muted">
          Off by default: flagless is flag-neutral, and a lab&rsquo;s country never changes a score unless you tick a box
          here. Where prompts are processed is a separate question, answered in the data residency step.
        </p>
        <div className="mt-2 grid gap-1 px-1 sm:grid-cols-3">
          {origins.map((o) => (
            <label key={o} className="flex min-h-9 items-center gap-2">
              <input type="checkbox" name="ex" value={o} defaultChecked={answers.excludedOrigins.includes(o)} className="size-4 accent-[var(--accent)]" />
              {countryName(o)}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
