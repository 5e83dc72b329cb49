import type { Answers } from "../schema/answers";
import type { Unverified } from "../schema/catalog";
import type { BreakdownRow } from "../schema/recommendation";
import type { Candidate } from "./types";

/** A GPU's unverified fields that matter here: its specs, and only the rental price actually used. */
export function gpuUnverified(c: Candidate): Unverified[] {
  const rental = /^rentals\[(\d+)\]/;
  return (c.gpu?.unverified ?? []).filter((u) => {
    const m = rental.exec(u.field);
    return !m || Number(m[1]) === c.rentalIndex;
  });
}

/** Notes shown with an option: licence caveats, unverified data, and content notes only when asked. */
export function notesFor(c: Candidate, a: Answers): string[] {
  const { model } = c.facts;
  const notes: string[] = [];
  if (model.license.note) notes.push(`Licence (${model.license.id}): ${model.license.note}`);
  for (const u of [...model.unverified, ...(c.offering?.unverified ?? []), ...gpuUnverified(c)]) notes.push(`Unverified ${u.field}: ${u.note}`);
  for (const n of c.offering?.notes ?? []) notes.push(n);
  if (c.choice) notes.push(`Why this setup: ${c.choice}.`);
  if (c.quant === "q4") notes.push("q4 (llama.cpp Q4_K_M, ~4.9 bits per weight) loses some quality against bf16; benchmarks are of the full-precision model.");
  if (c.cost.note) notes.push(`Cost: ${c.cost.note}.`);
  if (a.sensitiveTopics) for (const n of model.contentNotes) notes.push(`Sensitive topics: ${n.text} (source: ${n.source}, ${n.asOf})`);
  return notes;
}

/** One sentence on why this option sits where it does: its strongest and weakest criteria. */
export function whyHere(rank: number, breakdown: BreakdownRow[], topScore: number, score: number): string {
  // Linear scan rather than a sorted copy: this runs for every ranked option. Ties go to the earlier row.
  let best: BreakdownRow | undefined;
  let worst: BreakdownRow | undefined;
  for (const row of breakdown) {
    if (!best || row.value > best.value) best = row;
    if (!worst || row.value < worst.value) worst = row;
  }
  const lead = rank === 1 ? "Ranked first" : `${(topScore - score).toFixed(1)} points behind the first`;
  if (!best || !worst) return lead;
  return `${lead}: strongest on ${best.label.toLowerCase()} (${best.note}); weakest on ${worst.label.toLowerCase()} (${worst.note}).`;
}
