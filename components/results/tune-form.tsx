"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { setParam } from "./query";
import { inLocale, localePath } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";
import type { Locale } from "@/lib/vocab/format";


type Choice = { id: string; label: string };
type Props = {
  shareQuery: string;
  criteria: Choice[];
  weights: Record<string, number>;
  budget: number;
  tokens: string;
  concurrency: number;
  derivedConcurrency: number;
  hard: boolean;
  open: boolean;
  currency: string;
  /** Each currency as the select shows it (`label`) and as a field's unit names it (`name`). */
  currencies: (Choice & { name: string })[];
  locale?: Locale;
  /** USD per unit of the display currency, for the budget field shown in it. */
  usdPer?: number;
};


/**
 * Change answers or weights in place: each change rewrites the share query and replaces the URL,
 * and the server renders the new ranking. This form only edits the query: no scoring here.
 */
export function TuneForm(p: Props) {
  const locale = p.locale ?? "en";
  const t = inLocale(RESULTS, locale);
  const LEVELS = t.levels;
  const levelText = t.levelText;
  const rate = p.usdPer ?? 1;
  const shownBudget = String(Math.round((p.budget / rate) * 100) / 100);
  const router = useRouter();
  const [pending, start] = useTransition();
  const [weights, setWeights] = useState(p.weights);
  const [money, setMoney] = useState(shownBudget);
  const [tok, setTok] = useState(p.tokens);
  const [conc, setConc] = useState(String(p.concurrency));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  function go(edit: (q: string) => string, delay = 300) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => start(() => router.replace(localePath(locale, `/results?${edit(p.shareQuery)}`), { scroll: false })), delay);
  }
  function weightsParam(next: Record<string, number>) {
    const list = Object.entries(next).filter(([, v]) => v !== 1).map(([k, v]) => `${k}:${v}`);
    return list.length ? list.join(",") : undefined;
  }

  return (
    <form className="grid gap-4" onSubmit={(e) => e.preventDefault()} aria-describedby="tune-status">
      <div className="grid gap-3">
        <label className="grid gap-1 text-sm font-medium">
          {t.tuneBudget(p.currencies.find((c) => c.id === p.currency)?.name ?? p.currency)}
          <input className="field font-normal" type="number" min={0} inputMode="decimal" value={money}
            onChange={(e) => { setMoney(e.target.value); if (e.target.value !== "" && Number(e.target.value) >= 0) go((q) => setParam(q, "b", rate === 1 ? e.target.value : String(Math.round(Number(e.target.value) * rate * 1e6) / 1e6)), 600); }} />
        </label>
        <label className="grid gap-1 text-sm font-medium">
          {t.tuneTokens}
          <input className="field font-normal" type="text" value={tok} autoComplete="off"
            onChange={(e) => { setTok(e.target.value); if (/^\d+(\.\d+)?[kKMBGT]?$/.test(e.target.value.trim())) go((q) => setParam(q, "tok", e.target.value.trim()), 600); }} />
        </label>
        <label className="grid gap-1 text-sm font-medium">
          {t.tuneConc}
          <input className="field font-normal" type="number" min={1} step={1} inputMode="numeric" value={conc} aria-describedby="conc-default"
            onChange={(e) => { setConc(e.target.value); if (/^\d+$/.test(e.target.value) && Number(e.target.value) >= 1) go((q) => setParam(q, "conc", e.target.value === String(p.derivedConcurrency) ? undefined : e.target.value), 600); }} />
          <span id="conc-default" className="font-normal text-muted">{t.tuneConcDefault(p.derivedConcurrency)}</span>
        </label>
        <label className="grid gap-1 text-sm font-medium">
          {t.showIn}
          <select className="field font-normal" defaultValue={p.currency} onChange={(e) => go((q) => setParam(q, "cur", e.target.value === "USD" && locale === "en" ? undefined : e.target.value), 0)}>
            {p.currencies.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" defaultChecked={p.hard} className="size-4 accent-[var(--accent)]" onChange={(e) => go((q) => setParam(q, "hard", e.target.checked ? "1" : undefined), 0)} />
          {t.hard}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" defaultChecked={p.open} className="size-4 accent-[var(--accent)]" onChange={(e) => go((q) => setParam(q, "open", e.target.checked ? "1" : undefined), 0)} />
          {t.openOnly}
        </label>
      </div>
      <fieldset>
        <legend className="text-sm font-semibold">{t.weightsLegend}</legend>
        <div className="mt-2 grid gap-y-2">
          {p.criteria.map((c) => {
            const v = weights[c.id] ?? 1;
            return (
              <label key={c.id} className="grid grid-cols-[1fr_auto] items-center gap-x-2 text-sm">
                <span>{c.label}</span>
                <span className="w-14 text-right text-muted" aria-hidden="true">{LEVELS[v * 2] ?? `${v}×`}</span>
                <input type="range" min={0} max={3} step={0.5} value={v} aria-valuetext={levelText(v)} className="col-span-2 accent-[var(--accent)]"
                  onChange={(e) => {
                    const next = { ...weights, [c.id]: Number(e.target.value) };
                    setWeights(next);
                    go((q) => setParam(q, "w", weightsParam(next)));
                  }} />
              </label>
            );
          })}
        </div>
      </fieldset>
      <p id="tune-status" role="status" className="min-h-5 text-sm text-muted">{pending ? t.updating : ""}</p>
    </form>
  );
}
