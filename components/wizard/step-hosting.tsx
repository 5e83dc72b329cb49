import type { Answers } from "@/lib/schema/answers";
import type { Hosting } from "@/lib/schema/common";
import type { FieldErrors } from "./errors";
import { FieldError } from "./field-error";
import { NumberField } from "./number-field";
import { wizardWords } from "./steps";
import type { Locale } from "@/lib/vocab";

const KINDS: Hosting[] = ["api", "cloud-gpu", "own-hardware"];
type T = ReturnType<typeof wizardWords>;

export type GpuGroup = { label: string; gpus: { id: string; label: string }[] };

type Cost = Pick<Answers, "ownHardwareCost" | "gpuPriceUsd" | "amortizationMonths" | "opsHoursPerMonth" | "opsUsdPerHour" | "electricityUsdPerKwh">;

type Props = {
  hosting: Hosting[];
  hardware: Answers["hardware"];
  cost: Cost;
  premises: boolean;
  hostingNames: Record<Hosting, string>;
  gpuGroups: GpuGroup[];
  rows: number;
  errors: FieldErrors;
  residencyButton: React.ReactNode;
  locale?: Locale;
};

function GpuRow({ i, gpu, count, groups, errors, t }: { i: number; gpu: string; count: number; groups: GpuGroup[]; errors: FieldErrors; t: T }) {
  const countErr = errors[`count.${i}`];
  return (
    <div className="flex flex-wrap items-end gap-3">
      <label className="grid min-w-0 max-w-full gap-1 text-sm font-medium">
        {i === 0 ? t.gpuYouOwn : t.gpuAnother}
        <select name={`gpu.${i}`} defaultValue={gpu} className="field w-80 max-w-full font-normal" aria-describedby={i === 0 && errors.hardware ? "err-hardware" : undefined}>
          <option value="">{i === 0 ? t.chooseGpu : t.none}</option>
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.gpus.map((x) => <option key={x.id} value={x.id}>{x.label}</option>)}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="grid gap-1 text-sm font-medium">
        {t.howMany}
        <input
          type="number" name={`count.${i}`} min={1} max={64} step={1} defaultValue={count}
          inputMode="numeric" className="field w-24 font-normal"
          aria-invalid={countErr ? true : undefined} aria-describedby={countErr ? `err-count-${i}` : undefined}
        />
      </label>
      <FieldError id={`err-count-${i}`} message={countErr} />
    </div>
  );
}

/** What owning the GPUs costs: electricity only (the default), or the full cost with purchase and operations. */
function OwnCost({ cost, errors, t }: { cost: Cost; errors: FieldErrors; t: T }) {
  return (
    <fieldset className="own-cost mt-2 grid gap-3 border-t border-line pt-3">
      <legend className="sr-only">{t.ownCostLegend}</legend>
      <p className="text-sm font-medium">{t.ownCostHead}</p>
      <div className="grid gap-1">
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="ohc" value="electricity" defaultChecked={cost.ownHardwareCost === "electricity"} className="mt-1 size-4 accent-[var(--accent)]" />
          <span><span className="font-medium">{t.electricityOnly}</span>{t.electricityOnlyHint}</span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="ohc" value="tco" defaultChecked={cost.ownHardwareCost === "tco"} className="mt-1 size-4 accent-[var(--accent)]" />
          <span><span className="font-medium">{t.tco}</span>{t.tcoHint}</span>
        </label>
      </div>
      <div className="tco-fields grid gap-3 sm:grid-cols-2">
        <NumberField name="gpup" label={t.gpuPrice} value={cost.gpuPriceUsd} hint={t.gpuPriceHint} min={0} step="any" error={errors.gpuPriceUsd} />
        <NumberField name="amort" label={t.amort} value={cost.amortizationMonths} hint={t.amortHint} min={1} max={240} step={1} error={errors.amortizationMonths} />
        <NumberField name="opsh" label={t.opsHours} value={cost.opsHoursPerMonth} hint={t.opsHoursHint} min={0} max={744} step="any" error={errors.opsHoursPerMonth} />
        <NumberField name="opsr" label={t.opsRate} value={cost.opsUsdPerHour} hint={t.opsRateHint} min={0} step="any" error={errors.opsUsdPerHour} />
      </div>
      <NumberField name="kwh" label={t.kwh} value={cost.electricityUsdPerKwh} hint={t.kwhHint} min={0} max={10} step="any" error={errors.electricityUsdPerKwh} />
    </fieldset>
  );
}

export function StepHosting({ hosting, hardware, cost, premises, hostingNames, gpuGroups, rows: maxRows, errors, residencyButton, locale = "en" }: Props) {
  const t = wizardWords(locale);
  const rows = [...hardware, ...(hardware.length < maxRows ? [{ gpu: "", count: 1 }] : [])];
  const own = (
    <div className={`hosting-own mt-3 grid gap-3 ${premises ? "always" : "ml-7"}`}>
      {rows.map((h, i) => <GpuRow key={i} i={i} gpu={h.gpu} count={h.count} groups={gpuGroups} errors={errors} t={t} />)}
      <FieldError id="err-hardware" message={errors.hardware} />
      <OwnCost cost={cost} errors={errors} t={t} />
    </div>
  );
  if (premises) {
    return (
      <div className="hosting">
        <p className="card bg-accent-soft p-3">
          {t.premises} {residencyButton}
        </p>
        <input type="hidden" name="hosting" value="own-hardware" />
        {own}
      </div>
    );
  }
  return (
    <fieldset className="hosting" aria-describedby={errors.hosting ? "err-hosting" : undefined}>
      <legend className="sr-only">{t.hostingLegend}</legend>
      <div className="grid gap-2">
        {KINDS.map((h) => (
          <div key={h} className="card min-w-0 p-3">
            <label className="flex cursor-pointer items-start gap-3">
              <input type="checkbox" name="hosting" value={h} defaultChecked={hosting.includes(h)} aria-describedby={`hint-${h}`} className="mt-1 size-4 accent-[var(--accent)]" />
              <span className="font-medium">{hostingNames[h]}</span>
            </label>
            <p id={`hint-${h}`} className="ml-7 text-sm text-muted">{t.hostingHints[h]}</p>
            {h === "own-hardware" ? own : null}
          </div>
        ))}
      </div>
      <FieldError id="err-hosting" message={errors.hosting} />
    </fieldset>
  );
}
