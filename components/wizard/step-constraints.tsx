import type { Answers } from "@/lib/schema/answers";
import type { FieldErrors } from "./errors";
import { NumberField } from "./number-field";
import { wizardWords } from "./steps";
import type { Locale } from "@/lib/vocab";

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

type Props = { values: Values; contexts: SizeChoice[]; prompts: SizeChoice[]; origins: Country[]; operators: Country[]; errors: FieldErrors; locale?: Locale };

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

export function StepConstraints({ values: v, contexts, prompts, origins, operators, errors, locale = "en" }: Props) {
  const t = wizardWords(locale);
  return (
    <div className="grid gap-3">
      <Check name="open" checked={v.openWeightsOnly} label={t.open[0]} hint={t.open[1]} />
      <Check name="com" checked={v.commercialUse} label={t.com[0]} hint={t.com[1]} />
      <Check
        name="sens" checked={v.sensitiveTopics} label={t.sens[0]}
        hint={t.sens[1]}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="grid min-w-0 content-start gap-1 font-medium">
          {t.minContext}
          <span className="text-sm font-normal text-muted">{t.minContextHint}</span>
          <select name="ctx" defaultValue={String(v.minContextTokens)} className="field w-full font-normal">
            {contexts.map((c) => <option key={c.value} value={String(c.value)}>{c.label}</option>)}
          </select>
        </label>
        <label className="grid min-w-0 content-start gap-1 font-medium">
          {t.promptLength}
          <span className="text-sm font-normal text-muted">{t.promptLengthHint}</span>
          <select name="pt" defaultValue={v.promptTokens === undefined ? "same" : String(v.promptTokens)} className="field w-full font-normal">
            <option value="same">{t.sameAsContext}</option>
            {prompts.map((c) => <option key={c.value} value={String(c.value)}>{c.label}</option>)}
          </select>
        </label>
      </div>
      <fieldset className="card grid min-w-0 gap-4 p-3 sm:grid-cols-2">
        <legend className="px-1 font-medium">{t.speedLegend}</legend>
        <NumberField name="tps" label={t.tps} value={v.minTokensPerSecond} hint={t.tpsHint} min={0} step="any" error={errors.minTokensPerSecond} />
        <NumberField name="ttft" label={t.ttft} value={v.maxTimeToFirstTokenSeconds} hint={t.ttftHint} min={0} step="any" error={errors.maxTimeToFirstTokenSeconds} />
      </fieldset>
      <CountryBoxes
        name="ex" legend={t.exLegend} countries={origins} checked={v.excludedOrigins}
        hint={t.exHint}
      />
      <CountryBoxes
        name="exop" legend={t.exopLegend} countries={operators} checked={v.excludedOperatorCountries}
        hint={t.exopHint}
      />
    </div>
  );
}
