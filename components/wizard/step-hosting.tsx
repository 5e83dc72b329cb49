import Link from "next/link";
import { catalog } from "@/lib/catalog";
import type { Answers } from "@/lib/schema/answers";
import { HOSTINGS, type Hosting } from "@/lib/schema/common";
import { HOSTING_LABEL } from "../labels";
import type { FieldErrors } from "./draft";
import { FieldError } from "./field-error";

const HINT: Record<Hosting, string> = {
  api: "Pay per token; the provider runs the model where it processes prompts.",
  "cloud-gpu": "Rent GPUs by the hour in a region you choose and run open weights there.",
  "own-hardware": "Run open weights on GPUs you own: the data stays with you.",
};

const KINDS = [
  ["consumer", "Consumer cards"],
  ["workstation", "Workstation cards"],
  ["datacenter", "Datacenter GPUs"],
  ["apple", "Apple silicon"],
] as const;

function GpuRow({ i, gpu, count, errors }: { i: number; gpu: string; count: number; errors: FieldErrors }) {
  const countErr = errors[`count.${i}`];
  return (
    <div className="flex flex-wrap items-end gap-3">
      <label className="grid gap-1 text-sm font-medium">
        {i === 0 ? "GPU you own" : "Another GPU type (optional)"}
        <select name={`gpu.${i}`} defaultValue={gpu} className="field w-72 max-w-full font-normal" aria-describedby={i === 0 && errors.hardware ? "err-hardware" : undefined}>
          <option value="">{i === 0 ? "Choose a GPU" : "None"}</option>
          {KINDS.map(([kind, label]) => (
            <optgroup key={kind} label={label}>
              {catalog.gpus.filter((g) => g.kind === kind).map((g) => (
                <option key={g.id} value={g.id}>{`${g.name} (${g.memoryGB} GB)`}</option>
              ))}
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

export function StepHosting({ answers, errors, residencyHref }: { answers: Pick<Answers, "hosting" | "hardware" | "regions">; errors: FieldErrors; residencyHref: string }) {
  const premises = answers.regions[0] === "any" && answers.hosting.length === 1 && answers.hosting[0] === "own-hardware";
  const rows = [...answers.hardware, ...(answers.hardware.length < 4 ? [{ gpu: "", count: 1 }] : [])];
  const gpus = (
    <div className={`hosting-own mt-3 grid gap-3 ${premises ? "always" : "ml-7"}`}>
      {rows.map((h, i) => <GpuRow key={i} i={i} gpu={h.gpu} count={h.count} errors={errors} />)}
      <FieldError id="err-hardware" message={errors.hardware} />
    </div>
  );
  if (premises) {
    return (
      <div className="hosting">
        <p className="card bg-accent-soft p-3">
          Nothing leaves your premises, so only your own hardware fits.{" "}
          <Link prefetch={false} href={residencyHref} className="font-medium">Change data residency</Link>
        </p>
        <input type="hidden" name="hosting" value="own-hardware" />
        {gpus}
      </div>
    );
  }
  return (
    <fieldset className="hosting" aria-describedby={errors.hosting ? "err-hosting" : undefined}>
      <legend className="sr-only">Ways to run the model (pick all that you accept)</legend>
      <div className="grid gap-2">
        {HOSTINGS.map((h) => (
          <div key={h} className="card p-3">
            <label className="flex cursor-pointer items-start gap-3">
              <input type="checkbox" name="hosting" value={h} defaultChecked={answers.hosting.includes(h)} aria-describedby={`hint-${h}`} className="mt-1 size-4 accent-[var(--accent)]" />
              <span className="font-medium">{HOSTING_LABEL[h]}</span>
            </label>
            <p id={`hint-${h}`} className="ml-7 text-sm text-muted">{HINT[h]}</p>
            {h === "own-hardware" ? gpus : null}
          </div>
        ))}
      </div>
      <FieldError id="err-hosting" message={errors.hosting} />
    </fieldset>
  );
}
