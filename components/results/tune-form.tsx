"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { setParam } from "./query";

type Crit = { id: string; label: string };
type Props = { shareQuery: string; criteria: Crit[]; weights: Record<string, number>; budget: number; tokens: string; hard: boolean; open: boolean };

const LEVELS = ["ignore", "½×", "normal", "1.5×", "2×", "2.5×", "3×"];
const levelText = (v: number) => (v === 0 ? "ignored" : v === 1 ? "normal weight" : `${v} times the normal weight`);

/**
 * Change answers or weights in place: each change rewrites the share query and replaces the URL,
 * and the server renders the new ranking. This form only edits the query: no scoring here.
 */
export function TuneForm({ shareQuery, criteria, weights: w0, budget, tokens, hard, open }: Props) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [weights, setWeights] = useState(w0);
  const [money, setMoney] = useState(String(budget));
  const [tok, setTok] = useState(tokens);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  function go(edit: (q: string) => string, delay = 300) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => start(() => router.replace(`/results?${edit(shareQuery)}`, { scroll: false })), delay);
  }
  function weightsParam(next: Record<string, number>) {
    const list = Object.entries(next).filter(([, v]) => v !== 1).map(([k, v]) => `${k}:${v}`);
    return list.length ? list.join(",") : undefined;
  }

  return (
    <form className="grid gap-4" onSubmit={(e) => e.preventDefault()} aria-describedby="tune-status">
      <div className="grid gap-3">
        <label className="grid gap-1 text-sm font-medium">
          Monthly budget (USD)
          <input className="field font-normal" type="number" min={0} inputMode="decimal" value={money}
            onChange={(e) => { setMoney(e.target.value); if (e.target.value !== "" && Number(e.target.value) >= 0) go((q) => setParam(q, "b", e.target.value), 600); }} />
        </label>
        <label className="grid gap-1 text-sm font-medium">
          Tokens per month (e.g. 300M)
          <input className="field font-normal" type="text" value={tok} autoComplete="off"
            onChange={(e) => { setTok(e.target.value); if (/^\d+(\.\d+)?[kKMBGT]?$/.test(e.target.value.trim())) go((q) => setParam(q, "tok", e.target.value.trim()), 600); }} />
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" defaultChecked={hard} className="size-4 accent-[var(--accent)]" onChange={(e) => go((q) => setParam(q, "hard", e.target.checked ? "1" : undefined), 0)} />
          Budget is a hard limit
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" defaultChecked={open} className="size-4 accent-[var(--accent)]" onChange={(e) => go((q) => setParam(q, "open", e.target.checked ? "1" : undefined), 0)} />
          Open weights only
        </label>
      </div>
      <fieldset>
        <legend className="text-sm font-semibold">How much each criterion counts</legend>
        <div className="mt-2 grid gap-y-2">
          {criteria.map((c) => {
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
      <p id="tune-status" role="status" className="min-h-5 text-sm text-muted">{pending ? "Updating the ranking…" : ""}</p>
    </form>
  );
}
