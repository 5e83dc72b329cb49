import type { Answers } from "@/lib/schema/answers";
import type { Hosting } from "@/lib/schema/common";
import type { FieldErrors } from "./errors";
import { FieldError } from "./field-error";
import { NumberField } from "./number-field";

const HINT: Record<Hosting, string> = {
  api: "Pay per token; the provider runs the model where it processes prompts.",
  "cloud-gpu": "Rent GPUs by the hour from a cloud with a documented data centre, and run open weights there.",
  "own-hardware": "Run open weights on GPUs you own: the data stays with you.",
};

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
};

function GpuRow({ i, gpu, count, groups, errors }: { i: number; gpu: string; count: number; groups: GpuGroup[]; errors: FieldErrors }) {
  const countErr = errors[`count.${i}`];
  return (
    <div className="flex flex-wrap items-end gap-3">
      <label className="grid min-w-0 max-w-full gap-1 text-sm font-medium">
        {i === 0 ? "GPU you own" : "Another GPU type (optional)"}
        <select name={`gpu.${i}`} defaultValue={gpu} className="field w-80 max-w-full font-normal" aria-describedby={i === 0 && errors.hardware ? "err-hardware" : undefined}>
          <option value="">{i === 0 ? "Choose a GPU" : "None"}</option>
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.gpus.map((x) => <option key={x.id} value={x.id}>{x.label}</option>)}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="grid gap-1 text-sm font-medium">
        How many
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
function OwnCost({ cost, errors }: { cost: Cost; errors: FieldErrors }) {
  return (
    <fieldset className="own-cost mt-2 grid gap-3 border-t border-line pt-3">
      <legend className="sr-only">How your own hardware is costed</legend>
      <p className="text-sm font-medium">How to count its cost</p>
      <div className="grid gap-1">
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="ohc" value="electricity" defaultChecked={cost.ownHardwareCost === "electricity"} className="mt-1 size-4 accent-[var(--accent)]" />
          <span><span className="font-medium">Electricity only</span> (default): the cards are already bought; a $0 budget does not count against them.</span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="ohc" value="tco" defaultChecked={cost.ownHardwareCost === "tco"} className="mt-1 size-4 accent-[var(--accent)]" />
          <span><span className="font-medium">Full cost of ownership</span>: the purchase spread over months, idle and host power, and your time.</span>
        </label>
      </div>
      <div className="tco-fields grid gap-3 sm:grid-cols-2">
        <NumberField name="gpup" label="Purchase price per GPU (US dollars)" value={cost.gpuPriceUsd} hint="Default: the catalog's list price" min={0} step="any" error={errors.gpuPriceUsd} />
        <NumberField name="amort" label="Months to spread it over" value={cost.amortizationMonths} hint="Default 36" min={1} max={240} step={1} error={errors.amortizationMonths} />
        <NumberField name="opsh" label="Hours of operations work a month" value={cost.opsHoursPerMonth} hint="Default 0" min={0} max={744} step="any" error={errors.opsHoursPerMonth} />
        <NumberField name="opsr" label="Hourly rate of that work (US dollars)" value={cost.opsUsdPerHour} hint="Needed when the hours are above 0" min={0} step="any" error={errors.opsUsdPerHour} />
      </div>
      <NumberField name="kwh" label="Electricity price (US dollars per kWh)" value={cost.electricityUsdPerKwh} hint="Default: the average price of your first allowed region in the catalog" min={0} max={10} step="any" error={errors.electricityUsdPerKwh} />
    </fieldset>
  );
}

export function StepHosting({ hosting, hardware, cost, premises, hostingNames, gpuGroups, rows: maxRows, errors, residencyButton }: Props) {
  const rows = [...hardware, ...(hardware.length < maxRows ? [{ gpu: "", count: 1 }] : [])];
  const own = (
    <div className={`hosting-own mt-3 grid gap-3 ${premises ? "always" : "ml-7"}`}>
      {rows.map((h, i) => <GpuRow key={i} i={i} gpu={h.gpu} count={h.count} groups={gpuGroups} errors={errors} />)}
      <FieldError id="err-hardware" message={errors.hardware} />
      <OwnCost cost={cost} errors={errors} />
    </div>
  );
  if (premises) {
    return (
      <div className="hosting">
        <p className="card bg-accent-soft p-3">
          Nothing leaves your premises, so only your own hardware fits. {residencyButton}
        </p>
        <input type="hidden" name="hosting" value="own-hardware" />
        {own}
      </div>
    );
  }
  return (
    <fieldset className="hosting" aria-describedby={errors.hosting ? "err-hosting" : undefined}>
      <legend className="sr-only">Ways to run the model (pick all that you accept)</legend>
      <div className="grid gap-2">
        {(Object.keys(HINT) as Hosting[]).map((h) => (
          <div key={h} className="card min-w-0 p-3">
            <label className="flex cursor-pointer items-start gap-3">
              <input type="checkbox" name="hosting" value={h} defaultChecked={hosting.includes(h)} aria-describedby={`hint-${h}`} className="mt-1 size-4 accent-[var(--accent)]" />
              <span className="font-medium">{hostingNames[h]}</span>
            </label>
            <p id={`hint-${h}`} className="ml-7 text-sm text-muted">{HINT[h]}</p>
            {h === "own-hardware" ? own : null}
          </div>
        ))}
      </div>
      <FieldError id="err-hosting" message={errors.hosting} />
    </fieldset>
  );
}
