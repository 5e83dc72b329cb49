import { FieldError } from "./field-error";

type Props = {
  name: string;
  label: string;
  value: number | undefined;
  hint: string;
  min?: number;
  max?: number;
  step?: number | "any";
  error?: string;
  /** Shown after the field, e.g. "%". */
  unit?: string;
};

/** A labelled number input with its default said under it; blank means "use the default". */
export function NumberField({ name, label, value, hint, min, max, step, error, unit }: Props) {
  const hintId = `hint-${name}`;
  const errId = `err-${name}`;
  return (
    <div className="grid min-w-0 content-start gap-1">
      <label htmlFor={`f-${name}`} className="text-sm font-medium">{label}</label>
      <span className="flex items-center gap-2">
        <input
          id={`f-${name}`} type="number" name={name} defaultValue={value ?? ""} min={min} max={max} step={step ?? "any"} inputMode="decimal"
          className="field w-36 max-w-full" aria-describedby={error ? `${hintId} ${errId}` : hintId} aria-invalid={error ? true : undefined}
        />
        {unit ? <span aria-hidden="true" className="text-sm text-muted">{unit}</span> : null}
      </span>
      <span id={hintId} className="text-sm text-muted">{hint}</span>
      <FieldError id={errId} message={error} />
    </div>
  );
}
