"use client";

import { useState } from "react";
import { parseCount } from "@/lib/share/tokens";
import type { FieldErrors } from "./draft";
import { FieldError } from "./field-error";
import { describeVolume, VOLUME_PRESETS } from "./volume-estimate";

type Props = { budget: number; hard: boolean; tokens: number; share: number; errors: FieldErrors };

const SHARES = [
  [0.9, "Mostly reading: long inputs, short answers (90% input)"],
  [0.75, "Typical: more input than output (75% input)"],
  [0.5, "Balanced (50% input)"],
  [0.25, "Mostly writing: short prompts, long answers (25% input)"],
] as const;

/** Budget and volume, with a live estimate of what the volume means. A client leaf: it only converts units. */
export function StepBudget({ budget, hard, tokens, share, errors }: Props) {
  const preset = VOLUME_PRESETS.find((p) => p.tokens === tokens);
  const [volume, setVolume] = useState<string>(preset?.value ?? "custom");
  const [custom, setCustom] = useState(preset ? "" : String(tokens));
  const [money, setMoney] = useState(String(budget));
  const t = volume === "custom" ? parseCount(custom) : VOLUME_PRESETS.find((p) => p.value === volume)?.tokens;
  const lines = t === undefined ? ["Enter tokens per month to see what it means."] : describeVolume(t, Number(money) || 0);
  const tokErr = errors.tokensPerMonth;
  const budErr = errors.budgetUsdPerMonth;
  return (
    <div className="grid gap-6">
      <fieldset aria-describedby={tokErr ? "err-tokens" : undefined}>
        <legend className="font-semibold">Volume: input and output tokens together</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {VOLUME_PRESETS.map((p) => (
            <div key={p.value} className="card p-3 has-checked:border-accent has-checked:bg-accent-soft">
              <label className="flex cursor-pointer items-start gap-3">
                <input type="radio" name="volume" value={p.value} checked={volume === p.value} onChange={() => setVolume(p.value)} aria-describedby={`hint-vol-${p.value}`} className="mt-1 size-4 accent-[var(--accent)]" />
                <span className="font-medium">{p.label}</span>
              </label>
              <p id={`hint-vol-${p.value}`} className="ml-7 text-sm text-muted">{p.value} a month: {p.hint}</p>
            </div>
          ))}
          <div className="card flex items-start gap-3 p-3 has-checked:border-accent has-checked:bg-accent-soft sm:col-span-2">
            <input id="volume-custom" type="radio" name="volume" value="custom" checked={volume === "custom"} onChange={() => setVolume("custom")} className="mt-1 size-4 accent-[var(--accent)]" />
            <div className="grid gap-1">
              <label htmlFor="volume-custom" className="font-medium">Another amount</label>
              <label className="text-sm text-muted">
                Tokens per month (300M, 1.5B, 2000000)
                <input
                  type="text" name="tokens" value={custom} inputMode="decimal" autoComplete="off"
                  onChange={(e) => { setCustom(e.target.value); setVolume("custom"); }}
                  className="field mt-1 block w-48 text-fg" aria-invalid={tokErr ? true : undefined}
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
          <input type="checkbox" name="hard" value="1" defaultChecked={hard} className="size-4 accent-[var(--accent)]" />
          Hard limit: leave out anything over budget
        </label>
      </div>
      <FieldError id="err-budget" message={budErr} />
      <div aria-live="polite" className="card bg-surface p-3 text-sm">
        <p className="font-semibold">What this means</p>
        {lines.map((l) => <p key={l} className="mt-1">{l}</p>)}
      </div>
      <label className="grid max-w-xl gap-1 font-semibold">
        What the traffic looks like
        <select name="share" defaultValue={String(share)} className="field font-normal">
          {SHARES.map(([v, label]) => <option key={v} value={String(v)}>{label}</option>)}
          {SHARES.some(([v]) => v === share) ? null : <option value={String(share)}>{`${Math.round(share * 100)}% input`}</option>}
        </select>
      </label>
    </div>
  );
}
