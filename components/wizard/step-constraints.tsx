import type { Answers } from "@/lib/schema/answers";
import type { FieldErrors } from "./errors";
import { NumberField } from "./number-field";

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

export type Country = { code: string; name: string };
export type SizeChoice = { value: number; label: string };

type Values = Pick<
  Answers,
  "openWeightsOnly" | "commercialUse" | "minContextTokens" | "sensitiveTopics" | "excludedOrigins" | "excludedOperatorCountries" | "minTokensPerSecond" | "maxTimeToFirstTokenSeconds"
> & { promptTokens: number | undefined };

type Props = { values: Values; contexts: SizeChoice[]; prompts: SizeChoice[]; origins: Country[]; operators: Country[]; errors: FieldErrors };

/** Countries to exclude, opt-in: nothing is ticked unless the person ticks it (flag-neutral by default). */
function CountryBoxes({ name, legend, hint, countries, checked }: { name: string; legend: string; hint: string; countries: Country[]; checked: readonly string[] }) {
  return (
    <fieldset className="card min-w-0 p-3" aria-describedby={`${name}-hint`}>
      <legend className="px-1 font-medium">{legend}</legend>
      <p id={`${name}-hint`} className="px-1 text-sm text-muted">{hint}</p>
      <div className="mt-2 grid gap-1 px-1 sm:grid-cols-3">
        {countries.map((c) => (
          <label key={c.code} className="flex min-h-9 items-center gap-2">
            <input type="checkbox" name={name} value={c.code} defaultChecked={checked.includes(c.code)} className="size-4 accent-[var(--accent)]" />
            {c.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function StepConstraints({ values: v, contexts, prompts, origins, operators, errors }: Props) {
  return (
    <div className="grid gap-3">
      <Check name="open" checked={v.openWeightsOnly} label="Open weights only" hint="Only models whose weights you can download and run yourself." />
      <Check name="com" checked={v.commercialUse} label="Commercial use" hint="The licence must allow use in a business. On by default." />
      <Check
        name="sens" checked={v.sensitiveTopics} label="Prompts touch politically sensitive topics"
        hint="Shows what is documented about how each model handles such prompts, and weighs it."
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="grid min-w-0 content-start gap-1 font-medium">
          Minimum context
          <span className="text-sm font-normal text-muted">How much text the model must read at once</span>
          <select name="ctx" defaultValue={String(v.minContextTokens)} className="field w-full font-normal">
            {contexts.map((c) => <option key={c.value} value={String(c.value)}>{c.label}</option>)}
          </select>
        </label>
        <label className="grid min-w-0 content-start gap-1 font-medium">
          Typical prompt length
          <span className="text-sm font-normal text-muted">Sets the time to the first token and long-context prices</span>
          <select name="pt" defaultValue={v.promptTokens === undefined ? "same" : String(v.promptTokens)} className="field w-full font-normal">
            <option value="same">Same as the minimum context (default)</option>
            {prompts.map((c) => <option key={c.value} value={String(c.value)}>{c.label}</option>)}
          </select>
        </label>
      </div>
      <fieldset className="card grid min-w-0 gap-4 p-3 sm:grid-cols-2">
        <legend className="px-1 font-medium">Speed you need (optional)</legend>
        <NumberField name="tps" label="Slowest speed per request (tokens/s)" value={v.minTokensPerSecond} hint="No floor by default. A fast reader reads about 10 tokens/s." min={0} step="any" error={errors.minTokensPerSecond} />
        <NumberField name="ttft" label="Longest wait for the first token (seconds)" value={v.maxTimeToFirstTokenSeconds} hint="No limit by default." min={0} step="any" error={errors.maxTimeToFirstTokenSeconds} />
      </fieldset>
      <CountryBoxes
        name="ex" legend="Exclude labs from these countries" countries={origins} checked={v.excludedOrigins}
        hint="Off by default: flagless is flag-neutral, and a lab’s country never changes a score unless you tick a box here. Where prompts are processed is a separate question, answered in the data residency step."
      />
      <CountryBoxes
        name="exop" legend="Exclude providers operated from these countries" countries={operators} checked={v.excludedOperatorCountries}
        hint="Off by default. The country of the company that runs an API or rents the GPUs (its ultimate parent: a US cloud’s EU subsidiary counts as US), for jurisdiction rules. Separate from the lab’s origin and from where prompts are processed."
      />
    </div>
  );
}
