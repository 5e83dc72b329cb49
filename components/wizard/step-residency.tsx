import type { RegionChoice } from "@/lib/schema/answers";
import type { Hosting, Region } from "@/lib/schema/common";
import type { FieldErrors } from "./errors";
import { FieldError } from "./field-error";

type Mode = "any" | "eu" | "only" | "but" | "premises";

const MODES: { mode: Mode; label: string; hint: string }[] = [
  { mode: "any", label: "Anywhere", hint: "No rule on where prompts are processed." },
  { mode: "eu", label: "EU only", hint: "Prompts are processed in the European Union only." },
  { mode: "only", label: "Only in regions I pick", hint: "e.g. the EU and the UK." },
  { mode: "but", label: "Anywhere but ...", hint: "Every region except those you pick." },
  { mode: "premises", label: "Nothing leaves our premises", hint: "Only models you run on your own hardware." },
];

export type RegionName = { id: Region; name: string };

/** Which plain-words mode a region list reads as; a long list reads better as "anywhere but". */
function modeOf(regions: RegionChoice[], hosting: Hosting[], all: number): Mode {
  if (regions[0] === "any") return hosting.length === 1 && hosting[0] === "own-hardware" ? "premises" : "any";
  if (regions.length === 1 && regions[0] === "eu") return "eu";
  return regions.length > all / 2 ? "but" : "only";
}

function RegionChecks({ name, regions, checked, error }: { name: "only" | "but"; regions: RegionName[]; checked: (r: Region) => boolean; error?: string }) {
  return (
    <fieldset className={`reveal-${name} mt-2 ml-7`} aria-describedby={error ? `err-${name}` : undefined}>
      <legend className="text-sm font-medium">{name === "only" ? "Allowed regions" : "Regions to avoid"}</legend>
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

type Props = { regions: RegionChoice[]; hosting: Hosting[]; names: RegionName[]; errors: FieldErrors };

export function StepResidency({ regions, hosting, names, errors }: Props) {
  const mode = modeOf(regions, hosting, names.length);
  const listed = (r: Region) => (regions as string[]).includes(r);
  return (
    <fieldset className="residency" aria-describedby={errors.residency || errors.regions ? "err-residency" : undefined}>
      <legend className="sr-only">Where may prompts be processed?</legend>
      <div className="grid gap-2">
        {MODES.map((m) => (
          <div key={m.mode} className="card p-3">
            <label className="flex cursor-pointer items-start gap-3">
              <input type="radio" name="residency" value={m.mode} defaultChecked={mode === m.mode} aria-describedby={`hint-${m.mode}`} className="mt-1 size-4 accent-[var(--accent)]" />
              <span className="font-medium">{m.label}</span>
            </label>
            <p id={`hint-${m.mode}`} className="ml-7 text-sm text-muted">{m.hint}</p>
            {m.mode === "only" ? <RegionChecks name="only" regions={names} checked={(r) => mode === "only" && listed(r)} error={errors.only} /> : null}
            {m.mode === "but" ? <RegionChecks name="but" regions={names} checked={(r) => mode === "but" && !listed(r)} error={errors.but} /> : null}
          </div>
        ))}
      </div>
      <FieldError id="err-residency" message={errors.residency ?? errors.regions} />
    </fieldset>
  );
}
