"use client";

import { useState } from "react";
import type { Currency } from "@/lib/schema/common";
import { parseCount } from "@/lib/share/tokens";
import type { FieldErrors } from "./errors";
import { FieldError } from "./field-error";
import { NumberField } from "./number-field";
import { describeVolume, VOLUME_PRESETS } from "./volume-estimate";

export type BudgetValues = {
  budget: number;
  hard: boolean;
  tokens: number;
  inputShare: number;
  /** The answer as set, or undefined for the default worked out from the volume. */
  concurrency: number | undefined;
  /** The default the volume gives (server-side, from the Answers schema's rule). */
  derivedConcurrency: number;
  cachedShare: number;
  batchShare: number;
  reasoning: number | undefined;
  currency: Currency;
};

type Props = { values: BudgetValues; currencies: { id: Currency; name: string }[]; errors: FieldErrors };

const SHARES = [
  [0.9, "Mostly reading: long inputs, short answers (90 % input)"],
  [0.75, "Typical: more input than output (75 % input, the default)"],
  [0.5, "Balanced (50 % input)"],
  [0.25, "Mostly writing: short prompts, long answers (25 % input)"],
] as const;

const PRESETS = [
  ["1", "Just me", "one request at a time"],
  ["4", "A team", "4 at the same time"],
] as const;

function concurrencyChoice(v: BudgetValues): string {
  if (v.concurrency === undefined) return "derived";
  if (v.concurrency === 1 || v.concurrency === 4) return String(v.concurrency);
  return "custom";
}

/** Budget, volume and load, with a live estimate of what the volume means. A client leaf: it only converts units. */
export function StepBudget({ values: v, currencies, errors }: Props) {
  const preset = VOLUME_PRESETS.find((p) => p.tokens === v.tokens);
  const [volume, setVolume] = useState<string>(preset?.value ?? "custom");
  const [custom, setCustom] = useState(preset ? "" : String(v.tokens));
  const [money, setMoney] = useState(String(v.budget));
  const [conc, setConc] = useState(concurrencyChoice(v));
  const t = volume === "custom" ? parseCount(custom) : VOLUME_PRESETS.find((p) => p.value === volume)?.tokens;
  const lines = t === undefined ? ["Enter tokens per month to see what it means."] : describeVolume(t, Number(money) || 0);
  const tokErr = errors.tokensPerMonth;
  const budErr = errors.budgetUsdPerMonth;
  const concErr = errors.concurrentRequests;
  const radio = "mt-1 size-4 shrink-0 accent-[var(--accent)]";
  const tile = "card min-w-0 p-3 has-checked:border-accent has-checked:bg-accent-soft";
  return (
    <div className="grid gap-6">
      <fieldset aria-describedby={tokErr ? "err-tokens" : undefined} className="min-w-0">
        <legend className="font-semibold">Volume: input and output tokens together</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {VOLUME_PRESETS.map((p) => (
            <div key={p.value} className={tile}>
              <label className="flex cursor-pointer items-start gap-3">
                <input type="radio" name="volume" value={p.value} checked={volume === p.value} onChange={() => setVolume(p.value)} aria-describedby={`hint-vol-${p.value}`} className={radio} />
                <span className="font-medium">{p.label}</span>
              </label>
              <p id={`hint-vol-${p.value}`} className="ml-7 text-sm text-muted">{p.value} a month: {p.hint}</p>
            </div>
          ))}
          <div className={`${tile} flex items-start gap-3 sm:col-span-2`}>
            <input id="volume-custom" type="radio" name="volume" value="custom" checked={volume === "custom"} onChange={() => setVolume("custom")} className={radio} />
            <div className="grid min-w-0 gap-1">
              <label htmlFor="volume-custom" className="font-medium">Another amount</label>
              <label className="text-sm text-muted">
                Tokens per month (300M, 1.5B, 2000000)
                <input
                  type="text" name="tokens" value={custom} inputMode="decimal" autoComplete="off"
                  onChange={(e) => { setCustom(e.target.value); setVolume("custom"); }}
                  className="field mt-1 block w-48 max-w-full text-fg" aria-invalid={tokErr ? true : undefined}
                  aria-describedby={tokErr ? "err-tokens" : undefined}
                />
              </label>
            </div>
          </div>
        </div>
        <FieldError id="err-tokens" message={tokErr} />
      </fieldset>

      <div className="flex flex-wrap items-end gap-4">
        <label className="grid gap-1 font-semibold">
          Monthly budget (US dollars)
          <input
            type="number" name="budget" min={0} step="any" value={money} onChange={(e) => setMoney(e.target.value)}
            inputMode="decimal" className="field w-40 font-normal" aria-invalid={budErr ? true : undefined}
            aria-describedby={budErr ? "err-budget" : undefined}
          />
        </label>
        <label className="flex min-h-10 items-center gap-2">
          <input type="checkbox" name="hard" value="1" defaultChecked={v.hard} className="size-4 accent-[var(--accent)]" />
          Hard limit: leave out anything over budget
        </label>
      </div>
      <FieldError id="err-budget" message={budErr} />
      <div aria-live="polite" className="card bg-surface p-3 text-sm">
        <p className="font-semibold">What this means</p>
        {lines.map((l) => <p key={l} className="mt-1">{l}</p>)}
      </div>

      <fieldset className="min-w-0" aria-describedby={concErr ? "err-conc" : "hint-conc"}>
        <legend className="font-semibold">How many people or requests at the same time?</legend>
        <p id="hint-conc" className="text-sm text-muted">
          Self-hosted options are sized for this many requests generating at once, at peak.
        </p>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {PRESETS.map(([value, label, hint]) => (
            <label key={value} className={`${tile} flex cursor-pointer items-start gap-3`}>
              <input type="radio" name="conc" value={value} checked={conc === value} onChange={() => setConc(value)} className={radio} />
              <span><span className="block font-medium">{label}</span><span className="block text-sm text-muted">{hint}</span></span>
            </label>
          ))}
          <label className={`${tile} flex cursor-pointer items-start gap-3`}>
            <input type="radio" name="conc" value="derived" checked={conc === "derived"} onChange={() => setConc("derived")} className={radio} />
            <span>
              <span className="block font-medium">A product (default)</span>
              <span className="block text-sm text-muted">{`${v.derivedConcurrency} at the same time, worked out from your volume and its peak hours`}</span>
            </span>
          </label>
          <div className={`${tile} flex items-start gap-3`}>
            <input id="conc-custom" type="radio" name="conc" value="custom" checked={conc === "custom"} onChange={() => setConc("custom")} className={radio} />
            <div className="grid min-w-0 gap-1">
              <label htmlFor="conc-custom" className="font-medium">Another number</label>
              <label className="text-sm text-muted">
                Requests at the same time
                <input
                  type="number" name="concn" min={1} step={1} inputMode="numeric" defaultValue={conc === "custom" ? v.concurrency : ""}
                  onChange={() => setConc("custom")} className="field mt-1 block w-28 text-fg"
                  aria-invalid={concErr ? true : undefined} aria-describedby={concErr ? "err-conc" : undefined}
                />
              </label>
            </div>
          </div>
        </div>
        <FieldError id="err-conc" message={concErr} />
      </fieldset>

      <label className="grid w-full max-w-xl min-w-0 gap-1 font-semibold">
        What the traffic looks like
        <select name="share" defaultValue={String(v.inputShare)} className="field w-full font-normal">
          {SHARES.map(([s, label]) => <option key={s} value={String(s)}>{label}</option>)}
          {SHARES.some(([s]) => s === v.inputShare) ? null : <option value={String(v.inputShare)}>{`${Math.round(v.inputShare * 100)} % input`}</option>}
        </select>
      </label>

      <fieldset className="card grid min-w-0 gap-4 p-3">
        <legend className="px-1 font-semibold">Prompt cache, batch and reasoning (optional)</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberField name="cache" label="Input read from the prompt cache" unit="%" value={Math.round(v.cachedShare * 1000) / 10} hint="Default 0 %: a repeated system prompt or document is billed at the cached price" min={0} max={100} step="any" error={errors.cachedInputShare} />
          <NumberField name="batch" label="Tokens that can wait for a batch API" unit="%" value={Math.round(v.batchShare * 1000) / 10} hint="Default 0 %: answers within a day, at the batch price" min={0} max={100} step="any" error={errors.batchShare} />
        </div>
        <NumberField name="rsn" label="Hidden reasoning tokens per visible output token" value={v.reasoning} hint="Default: each reasoning model's published figure, else 1" min={0} max={50} step="any" error={errors.reasoningTokensPerOutputToken} />
      </fieldset>

      <label className="grid w-full max-w-xs gap-1 font-semibold">
        Show prices in
        <select name="cur" defaultValue={v.currency} className="field w-full font-normal">
          {currencies.map((c) => <option key={c.id} value={c.id}>{`${c.name} (${c.id})${c.id === "USD" ? ", the default" : ""}`}</option>)}
        </select>
        <span className="text-sm font-normal text-muted">The budget stays in US dollars; other currencies at the catalog&rsquo;s dated rates.</span>
      </label>
    </div>
  );
}
