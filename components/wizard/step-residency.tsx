import type { RegionChoice } from "@/lib/schema/answers";
import type { Hosting, Region } from "@/lib/schema/common";
import type { Locale } from "@/lib/vocab";
import type { FieldErrors } from "./errors";
import { wizardWords } from "./steps";
import { FieldError } from "./field-error";

type Mode = "any" | "eu" | "only" | "but" | "premises";

const MODES: Mode[] = ["any", "eu", "only", "but", "premises"];

export type RegionName = { id: Region; name: string };

/** Which plain-words mode a region list reads as; a long list reads better as "anywhere but". */
function modeOf(regions: RegionChoice[], hosting: Hosting[], all: number): Mode {
  if (regions[0] === "any") return hosting.length === 1 && hosting[0] === "own-hardware" ? "premises" : "any";
  if (regions.length === 1 && regions[0] === "eu") return "eu";
  return regions.length > all / 2 ? "but" : "only";
}

function RegionChecks({ name, regions, checked, error, legend }: { name: "only" | "but"; regions: RegionName[]; checked: (r: Region) => boolean; error?: string; legend: string }) {
  return (
    <fieldset className={`reveal-${name} mt-2 ml-7`} aria-describedby={error ? `err-${name}` : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {regions.map((r) => (
          <label key={r.id} className="flex min-h-9 items-center gap-2">
            <input type="checkbox" name={name} value={r.id} defaultChecked={checked(r.id)} className="size-4 accent-[var(--accent)]" />
            {r.name}
          </label>
        ))}
      </div>
      <FieldError id={`err-${name}`} message={error} />
    </fieldset>
  );
}

type Props = { regions: RegionChoice[]; hosting: Hosting[]; names: RegionName[]; errors: FieldErrors; locale?: Locale };

export function StepResidency({ regions, hosting, names, errors, locale = "en" }: Props) {
  const t = wizardWords(locale);
  const mode = modeOf(regions, hosting, names.length);
  const listed = (r: Region) => (regions as string[]).includes(r);
  return (
    <fieldset className="residency" aria-describedby={errors.residency || errors.regions ? "err-residency" : undefined}>
      <legend className="sr-only">{t.whereLegend}</legend>
      <div className="grid gap-2">
        {MODES.map((mode) => ({ mode, label: t.modes[mode][0], hint: t.modes[mode][1] })).map((m) => (
          <div key={m.mode} className="card p-3">
            <label className="flex cursor-pointer items-start gap-3">
              <input type="radio" name="residency" value={m.mode} defaultChecked={mode === m.mode} aria-describedby={`hint-${m.mode}`} className="mt-1 size-4 accent-[var(--accent)]" />
              <span className="font-medium">{m.label}</span>
            </label>
            <p id={`hint-${m.mode}`} className="ml-7 text-sm text-muted">{m.hint}</p>
            {m.mode === "only" ? <RegionChecks name="only" regions={names} checked={(r) => mode === "only" && listed(r)} error={errors.only} legend={t.allowedRegions} /> : null}
            {m.mode === "but" ? <RegionChecks name="but" regions={names} checked={(r) => mode === "but" && !listed(r)} error={errors.but} legend={t.avoidRegions} /> : null}
          </div>
        ))}
      </div>
      <FieldError id="err-residency" message={errors.residency ?? errors.regions} />
    </fieldset>
  );
}
