import { EFFORTS, type Mode } from "./types";

export type Candidate = { mode?: Mode; prefer?: number; date?: string; order: number };

const KEYS = ["thinking", "effort", "budget"] as const;

/**
 * The row of a release an offering uses, among rows of several settings: one whose every stated
 * key agrees with the release's default (a key the row leaves out counts as the default: the source
 * ran the model as served). Among those: most keys stated and agreeing, then the reader's
 * preference, then the newest date, then the later row. With none agreeing, the nearest setting
 * (thinking counts most, then effort steps) and `exact: false`.
 */
export function chooseDefault(rows: readonly Candidate[], def: Mode): { index: number; exact: boolean } {
  const scored = rows.map((r, index) => {
    let agree = 0;
    let distance = 0;
    for (const k of KEYS) {
      const want = def[k];
      const have = r.mode?.[k];
      if (want === undefined || have === undefined) continue;
      if (have === want) agree++;
      else distance += k === "thinking" ? 10 : k === "effort" ? effortSteps(have as string, want as string) : 1;
    }
    return { index, agree, distance, r };
  });
  const exact = scored.filter((s) => s.distance === 0);
  const pool = exact.length > 0 ? exact : scored;
  const best = [...pool].sort(
    (a, b) =>
      a.distance - b.distance ||
      b.agree - a.agree ||
      (b.r.prefer ?? 0) - (a.r.prefer ?? 0) ||
      (b.r.date ?? "").localeCompare(a.r.date ?? "") ||
      b.r.order - a.r.order,
  )[0];
  return { index: best?.index ?? 0, exact: exact.length > 0 };
}

function effortSteps(a: string, b: string): number {
  const i = EFFORTS.indexOf(a as (typeof EFFORTS)[number]);
  const j = EFFORTS.indexOf(b as (typeof EFFORTS)[number]);
  return i < 0 || j < 0 ? 3 : Math.abs(i - j);
}
