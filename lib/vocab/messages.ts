import type { RegionChoice } from "../schema/answers";
import type { CriterionId, Currency, Hosting, Parallelism, Quantization, Runtime, Task } from "../schema/common";

/**
 * Every sentence the engine says, as a code and its parameters: the engine never writes words
 * (lib/engine builds these), the vocabulary words them per locale (en.ts, zh.ts). A new code
 * fails to compile until every locale words it.
 */

/** A USD amount with what a display currency needs to show it natively. */
export type Usd = number;

export type MessageParams = {
  // ---- reasons an option is left out (ReasonCode) ----
  hosting: { kind: Hosting; allowed: Hosting[] };
  residency: { provider: string; regions: string[]; allowed: RegionChoice[] };
  marketplace: { cloud: string; allowed: RegionChoice[] };
  "no-rental": { allowed: RegionChoice[]; gpus: number };
  "open-weights": { model: string };
  commercial: { model: string; licence: string };
  context: { has: number; need: number };
  vision: { model: string };
  origin: { lab: string; country: string };
  operator: { operator: string; country: string };
  budget: { cost: Usd; limit: Usd };
  retired: { provider: string; model: string; date?: string };
  "hardware-fit": { model: string; need: number; have: string; concurrency: number; context: number };
  "no-gpu-fit": { model: string; need: number; concurrency: number; context: number };
  speed: { model: string; tps: number; need: number };
  ttft: { model: string; ttft: number; max: number };
  "missing-data": { model: string };
  // ---- notes ----
  "note-licence": { id: string; note: string };
  "note-unverified": { field: string; note: string };
  "note-data": { text: string };
  "note-quant": { quant: Quantization };
  "note-setup": { quant: Quantization; count: number; gpu: string; runtime: Runtime; parallelism: Parallelism; need: number; perGpu: number; capacity: number; concurrency: number; context: number; replicas: number };
  "note-own-setup": { quant: Quantization; count: number; gpu: string; need: number; capacity: number; tried: { quant: Quantization; need: number }[] };
  "note-sensitive": { text: string; source: string; asOf: string };
  "note-retiring": { provider: string; date: string };
  "note-beta": { provider: string };
  "note-plan": { plan: string };
  "note-speed-unmeasured": Record<string, never>;
  "note-location-unguaranteed": { cloud: string };
  "note-exit": { hosts: number; selfHostable: boolean; provider: string };
  "note-newer": { name: string };
  "note-serverless": { coldStart?: number; busyHours: number };
  "note-vat": { currency: Currency };
  "note-reasoning": { ratio: number; published: boolean };
  "note-quality-disagree": { task: Task; sources: string[] };
  "note-tied": { count: number };
  // ---- breakdown notes (one per criterion) ----
  "crit-quality": { parts: { task: Task; score?: number; low: number; high: number; sources: string[] }[] };
  "crit-cost": { cost: Usd; budget: Usd; share?: number; ownElectricity?: boolean };
  "crit-speed": { tps?: number; low?: number; high?: number; ttft?: number; reasoning?: boolean; measured: boolean };
  "crit-context": { has: number; need: number };
  "crit-effort": { kind: Hosting; gpus: number };
  "crit-control": { kind: Hosting; training?: string; zdr?: boolean };
  "crit-confidence": { unverified: number };
  "crit-sensitivity": { band: "none" | "api" | "self" };
  // ---- why an option sits where it does ----
  "why-first": { runnerUp?: string; diffs: { criterion: CriterionId; points: number }[]; tied: boolean; costRatio?: number };
  "why-behind": { points: number; lift?: { criterion: CriterionId; points: number }; halfPrice?: boolean };
  // ---- what-if changes ----
  "wi-budget": { usd: Usd };
  "wi-region": { region: RegionChoice };
  "wi-hosting": { kind: Hosting };
  "wi-closed": Record<string, never>;
  "wi-own-gpu": { gpu: string };
  "wi-volume": { tokens: number; factor: number };
  "wi-retiring": { provider: string; model: string; date: string };
  "wi-result": { model: string; deployment: string; sameModel: boolean };
  // ---- cost lines ----
  "cost-input": { tokens: number };
  "cost-cached": { tokens: number; reuse: number };
  "cost-cache-write": { tokens: number; reuse: number };
  "cost-output": { tokens: number };
  "cost-reasoning": { tokens: number; ratio: number; published: boolean };
  "cost-batch-input": { tokens: number };
  "cost-batch-output": { tokens: number };
  "cost-tier": { above: number };
  "cost-surcharge": { uplift: number };
  "cost-native": { currency: Currency; price: number; rate: number; asOf: string };
  "cost-gpu-hours": { gpus: number; replicas: number; hours: number; price: Usd; cloud: string };
  "cost-serverless": { gpus: number; hours: number; price: Usd; cloud: string };
  "cost-electricity": { watts: number; hours: number; kwh: number; price: number; regionDefault: boolean };
  "cost-idle": { watts: number; hours: number; price: number };
  "cost-amortization": { price: Usd; gpus: number; months: number; listed: boolean };
  "cost-operations": { hours: number; rate: Usd };
};

export type MessageCode = keyof MessageParams;
export type Message<C extends MessageCode = MessageCode> = { [K in C]: { code: K; params: MessageParams[K] } }[C];

/** Build a message: `msg("budget", { cost, limit })`. */
export function msg<C extends MessageCode>(code: C, params: MessageParams[C]): Message<C> {
  return { code, params } as Message<C>;
}

/** The reasons an option is left out: every one a code of its own, counted in the summary. */
export const REASON_CODES = [
  "hosting",
  "residency",
  "marketplace",
  "no-rental",
  "open-weights",
  "commercial",
  "context",
  "vision",
  "origin",
  "operator",
  "budget",
  "retired",
  "hardware-fit",
  "no-gpu-fit",
  "speed",
  "ttft",
  "missing-data",
] as const satisfies readonly MessageCode[];
export type ReasonCode = (typeof REASON_CODES)[number];
export type ReasonMessage = Message<ReasonCode>;
