import type { Answers } from "../schema/answers";
import type { BreakdownRow } from "../schema/recommendation";
import { HOURS_PER_MONTH, SERVING_BATCH } from "./assumptions";
import { apiCost, ownCost, rentedCost } from "./cost";
import { count, fixed, gb, usd } from "./format";
import { deviceBytes } from "./memory";
import type { Candidate } from "./types";
import { gpuNotes, modelNotes, offeringNotes, sensitiveNotes } from "./words";

// The sentences about an option, written from its numbers once it is known to be returned.

/** The number of a GPU's unverified fields that matter here: its specs, and only the rental used. */
export function gpuUnverifiedCount(c: Candidate): number {
  return c.gpu ? gpuNotes(c.gpu, c.rentalIndex ?? -1).length : 0;
}

/** How the monthly cost was reached, in words; empty for a deployment that could not be built. */
export function costNote(c: Candidate, a: Answers): string {
  if (c.kind === "api") return c.offering ? apiCost(c.offering, a.tokensPerMonth, a.inputShare).note : "";
  if (!c.gpu || c.gpuCount === undefined || c.busyHours === undefined) return "";
  if (c.kind === "own-hardware") return ownCost(c.gpu.watts, c.gpuCount, c.busyHours).note;
  if (!c.rental) return "";
  const { provider, region, usdPerGpuHour } = c.rental;
  return `${rentedCost(usdPerGpuHour, c.gpuCount, c.busyHours).note}, ${provider} (${region}) at ${usd(usdPerGpuHour)}/GPU-hour`;
}

/** Why this quantization and GPU were chosen, in words; undefined for an API. */
export function choiceOf(c: Candidate, a: Answers): string | undefined {
  const { gpu, gpuCount, quant, memory } = c;
  if (!gpu || gpuCount === undefined || !quant || !memory) return undefined;
  if (c.kind === "cloud-gpu") {
    return `${quant} on ${gpuCount} x ${gpu.name}: needs ${gb(memory.totalBytes)} for weights, KV cache of ${SERVING_BATCH} x ${count(a.minContextTokens)} tokens and runtime overhead; the cheapest fit at ${usd(c.costUsd)} a month (${HOURS_PER_MONTH} h always on at least)`;
  }
  const tried = c.tried ?? [];
  const higher = tried.length ? `; higher precision does not: ${tried.map((t) => `${t.quant} needs ${gb(t.totalBytes)}`).join(", ")}` : "";
  return `${quant} fits ${gpuCount} x ${gpu.name} (${gb(deviceBytes(gpu, gpuCount))} usable, needs ${gb(memory.totalBytes)})${higher}`;
}

const Q4_NOTE = "q4 (llama.cpp Q4_K_M, ~4.9 bits per weight) loses some quality against bf16; benchmarks are of the full-precision model.";

/** Notes shown with an option: licence caveats, unverified data, and content notes only when asked. */
export function notesFor(c: Candidate, a: Answers, cost: string): string[] {
  const { model } = c.facts;
  const notes = modelNotes(model).slice();
  if (c.offering) for (const n of offeringNotes(c.offering)) notes.push(n);
  if (c.gpu) for (const n of gpuNotes(c.gpu, c.rentalIndex ?? -1)) notes.push(n);
  const choice = choiceOf(c, a);
  if (choice) notes.push(`Why this setup: ${choice}.`);
  if (c.quant === "q4") notes.push(Q4_NOTE);
  if (cost) notes.push(`Cost: ${cost}.`);
  if (a.sensitiveTopics) for (const n of sensitiveNotes(model)) notes.push(n);
  return notes;
}

const lower = new Map<string, string>();
const lowerCase = (label: string) => {
  let hit = lower.get(label);
  if (hit === undefined) lower.set(label, (hit = label.toLowerCase()));
  return hit;
};

/** One sentence on why this option sits where it does: its strongest and weakest criteria. */
export function whyHere(rank: number, breakdown: BreakdownRow[], topScore: number, score: number): string {
  // Linear scan rather than a sorted copy: this runs for every ranked option. Ties go to the earlier row.
  let best: BreakdownRow | undefined;
  let worst: BreakdownRow | undefined;
  for (const row of breakdown) {
    if (!best || row.value > best.value) best = row;
    if (!worst || row.value < worst.value) worst = row;
  }
  const lead = rank === 1 ? "Ranked first" : `${fixed(topScore - score, 1)} points behind the first`;
  if (!best || !worst) return lead;
  return `${lead}: strongest on ${lowerCase(best.label)} (${best.note}); weakest on ${lowerCase(worst.label)} (${worst.note}).`;
}
