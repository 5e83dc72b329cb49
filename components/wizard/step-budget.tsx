"use client";

import { useState } from "react";
import type { Currency } from "@/lib/schema/common";
import { parseCount } from "@/lib/share/tokens";
import type { DisplayFx, Locale } from "@/lib/vocab/format";
import { money as moneyText } from "@/lib/vocab/format";
import { wizardWords } from "./steps";
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

type Props = { values: BudgetValues; currencies: { id: Currency; name: string }[]; errors: FieldErrors; locale?: Locale; fx?: DisplayFx };

/** USD per unit of a currency at the catalog's dated rate (1 for USD, or without a rate). */
const usdPer = (fx: DisplayFx, c: Currency) => (c === "USD" ? 1 : (fx[c]?.usdPer ?? 1));
/** A budget shown in a currency: at most two decimals. */
const shown = (usd: number, fx: DisplayFx, c: Currency) => String(Math.round((usd / usdPer(fx, c)) * 100) / 100);


function concurrencyChoice(v: BudgetValues): string {
  if (v.concurrency === undefined) return "derived";
  if (v.concurrency === 1 || v.concurrency === 4) return String(v.concurrency);
  return "custom";
}

/** Budget, volume and load, with a live estimate of what the volume means. A client leaf: it only converts units. */
export function StepBudget({ values: v, currencies, errors, locale = "en", fx = {} }: Props) {
  const w = wizardWords(locale);
  const initial = shown(v.budget, fx, v.currency);
  const preset = VOLUME_PRESETS.find((p) => p.tokens === v.tokens);
  const [volume, setVolume] = useState<string>(preset?.value ?? "custom");
  const [custom, setCustom] = useState(preset ? "" : String(v.tokens));
  const [money, setMoney] = useState(initial);
  const [cur, setCur] = useState<Currency>(v.currency);
  // The budget in US dollars: the answer itself while the shown figure is untouched, so nothing is rounded twice.
  const budgetUsd = (m: string, c: Currency) => (m === initial && c === v.currency ? v.budget : (Number(m) || 0) * usdPer(fx, c));
  const [conc, setConc] = useState(concurrencyChoice(v));
  const t = volume === "custom" ? parseCount(custom) : VOLUME_PRESETS.find((p) => p.value === volume)?.tokens;
  const lines = t === undefined ? [w.enterTokens] : describeVolume(t, budgetUsd(money, cur), { locale, currency: cur, fx });
  const tokErr = errors.tokensPerMonth;
  const budErr = errors.budgetUsdPerMonth;
  const concErr = errors.concurrentRequests;
  const radio = "mt-1 size-4 shrink-0 accent-[var(--accent)]";
  const tile = "card min-w-0 p-3 has-checked:border-accent has-checked:bg-accent-soft";
  return (
    <div className="grid gap-6">
      <fieldset aria-describedby={tokErr ? "err-tokens" : undefined} className="min-w-0">
        <legend className="font-semibold">{w.volumeLegend}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {VOLUME_PRESETS.map((p) => (
            <div key={p.value} className={tile}>
              <label className="flex cursor-pointer items-start gap-3">
                <input type="radio" name="volume" value={p.value} checked={volume === p.value} onChange={() => setVolume(p.value)} aria-describedby={`hint-vol-${p.value}`} className={radio} />
                <span className="font-medium">{w.volumePresets[p.value]?.[0] ?? p.label}</span>
              </label>
              <p id={`hint-vol-${p.value}`} className="ml-7 text-sm text-muted">{w.volumeHint(p.value, w.volumePresets[p.value]?.[1] ?? p.hint)}</p>
            </div>
          ))}
          <div className={`${tile} flex items-start gap-3 sm:col-span-2`}>
            <input id="volume-custom" type="radio" name="volume" value="custom" checked={volume === "custom"} onChange={() => setVolume("custom")} className={radio} />
            <div className="grid min-w-0 gap-1">
              <label htmlFor="volume-custom" className="font-medium">{w.anotherAmount}</label>
              <label className="text-sm text-muted">
                {w.tokensPerMonthHint}
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
          {w.budgetIn(currencies.find((c) => c.id === cur)?.name ?? cur)}
          <input type="hidden" name="bcur" value={cur} />
          <input type="hidden" name="bshown" value={cur === v.currency ? initial : ""} />
          <input type="hidden" name="busd" value={v.budget} />
          <input
            type="number" name="budget" min={0} step="any" value={money} onChange={(e) => setMoney(e.target.value)}
            inputMode="decimal" className="field w-40 font-normal" aria-invalid={budErr ? true : undefined}
            aria-describedby={budErr ? "err-budget" : undefined}
          />
        </label>
        <label className="flex min-h-10 items-center gap-2">
          <input type="checkbox" name="hard" value="1" defaultChecked={v.hard} className="size-4 accent-[var(--accent)]" />
          {w.hard}
        </label>
      </div>
      <FieldError id="err-budget" message={budErr} />
      <div aria-live="polite" className="card bg-surface p-3 text-sm">
        <p className="font-semibold">{w.whatMeans}</p>
        {lines.map((l) => <p key={l} className="mt-1">{l}</p>)}
      </div>

      <fieldset className="min-w-0" aria-describedby={concErr ? "err-conc" : "hint-conc"}>
        <legend className="font-semibold">{w.concLegend}</legend>
        <p id="hint-conc" className="text-sm text-muted">
          {w.concHint}
        </p>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {w.concPresets.map(([value, label, hint]) => (
            <label key={value} className={`${tile} flex cursor-pointer items-start gap-3`}>
              <input type="radio" name="conc" value={value} checked={conc === value} onChange={() => setConc(value)} className={radio} />
              <span><span className="block font-medium">{label}</span><span className="block text-sm text-muted">{hint}</span></span>
            </label>
          ))}
          <label className={`${tile} flex cursor-pointer items-start gap-3`}>
            <input type="radio" name="conc" value="derived" checked={conc === "derived"} onChange={() => setConc("derived")} className={radio} />
            <span>
              <span className="block font-medium">{w.product}</span>
              <span className="block text-sm text-muted">{w.productHint(v.derivedConcurrency)}</span>
            </span>
          </label>
          <div className={`${tile} flex items-start gap-3`}>
            <input id="conc-custom" type="radio" name="conc" value="custom" checked={conc === "custom"} onChange={() => setConc("custom")} className={radio} />
            <div className="grid min-w-0 gap-1">
              <label htmlFor="conc-custom" className="font-medium">{w.anotherNumber}</label>
              <label className="text-sm text-muted">
                {w.concField}
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
        {w.traffic}
        <select name="share" defaultValue={String(v.inputShare)} className="field w-full font-normal">
          {w.shares.map(([s, label]) => <option key={s} value={String(s)}>{label}</option>)}
          {w.shares.some(([s]) => s === v.inputShare) ? null : <option value={String(v.inputShare)}>{w.shareInput(Math.round(v.inputShare * 100))}</option>}
        </select>
      </label>

      <fieldset className="card grid min-w-0 gap-4 p-3">
        <legend className="px-1 font-semibold">{w.optionalLegend}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberField name="cache" label={w.cache} unit="%" value={Math.round(v.cachedShare * 1000) / 10} hint={w.cacheHint} min={0} max={100} step="any" error={errors.cachedInputShare} />
          <NumberField name="batch" label={w.batch} unit="%" value={Math.round(v.batchShare * 1000) / 10} hint={w.batchHint} min={0} max={100} step="any" error={errors.batchShare} />
        </div>
        <NumberField name="rsn" label={w.rsn} value={v.reasoning} hint={w.rsnHint} min={0} max={50} step="any" error={errors.reasoningTokensPerOutputToken} />
      </fieldset>

      <label className="grid w-full max-w-xs gap-1 font-semibold">
        {w.showIn}
        <select
          name="cur" value={cur} className="field w-full font-normal"
          onChange={(e) => {
            const next = e.target.value as Currency;
            setMoney(shown(budgetUsd(money, cur), fx, next));
            setCur(next);
          }}
        >
          {currencies.map((c) => <option key={c.id} value={c.id}>{w.currencyOption(c.name, c.id, c.id === "USD")}</option>)}
        </select>
        <span className="text-sm font-normal text-muted">{w.currencyHint}</span>
        {cur !== "USD" ? <span className="text-sm font-normal text-muted">{w.budgetConverted(moneyText(budgetUsd(money, cur)), `1 ${cur} = ${usdPer(fx, cur)} USD${fx[cur] ? `, ${fx[cur].asOf}` : ""}`)}</span> : null}
      </label>
    </div>
  );
}
