import type { Candidate } from "../core/types";
import { apiCostLines, reasoningRatio, type CostLine as Line } from "../cost/api";
import { electricityPrice, ownCostLines, rentedCostLines } from "../cost/self-hosted";
import { contributions } from "../score/combine";
import { CRITERIA_TABLE } from "../score/criteria";
import type { Answers } from "../schema/answers";
import type { CostLine, Deployment, Evidence, Option } from "../schema/recommendation";
import { msg, type Message } from "../vocab/messages";
import type { Words } from "../vocab/words";
import type { Context } from "./context";
import { tiedWithTop, type Ranking, type Scored } from "./rank";
import { allRegionsAllowed } from "../core/regions";

/**
 * The options of a page, explained: every sentence a message worded by the vocabulary. Only the
 * page is explained (issue 14): ranking reads numbers, this reads them and writes.
 */

export function deploymentOf(c: Candidate): Deployment {
  const d: Deployment = { kind: c.kind, regions: c.regions.slice() };
  if (c.provider) {
    d.providerId = c.provider.id;
    d.providerName = c.provider.name;
  } else if (c.offering) d.providerId = c.offering.providerId;
  if (c.offering) {
    d.scope = c.offering.scope;
    if (c.offering.planRequired) d.planRequired = c.offering.planRequired;
  }
  const s = c.self;
  if (s) {
    d.gpu = s.gpu.id;
    d.gpuName = s.gpu.name;
    d.gpuCount = s.count;
    d.quantization = s.quant;
    d.runtime = s.runtime;
    d.parallelism = s.parallelism;
    d.kvDtype = s.estimate.kvDtype;
    d.replicas = s.replicas;
    if (c.kind === "cloud-gpu") d.serverless = s.serverless;
    if (s.rental) {
      const r = s.rental;
      d.rental = {
        provider: r.cloud.name,
        cloudId: r.cloud.id,
        ...(r.rental.region && !r.marketplace ? { region: r.rental.region } : {}),
        ...(r.rental.location ? { location: r.rental.location } : {}),
        marketplace: r.marketplace,
        usdPerGpuHour: r.usdPerGpuHour,
        kind: s.serverless ? "serverless" : "on-demand",
        source: r.rental.source,
        asOf: r.rental.asOf,
      };
    }
  } else if (c.kind !== "api" && !c.stub && c.problems.length === 0) d.gpuCount = 0;
  return d;
}

/** The lines of the option's monthly cost (numbers and messages). */
export function costLinesOf(c: Candidate, a: Answers, ctx: Context): Line[] {
  if (c.kind === "api" && c.offering) return apiCostLines(c.offering, c.facts.model, a);
  const s = c.self;
  if (!s) return [];
  if (c.kind === "cloud-gpu" && s.rental) return rentedCostLines({ usdPerGpuHour: s.rental.usdPerGpuHour, count: s.count, replicas: s.replicas, busyHours: s.busyHours, serverless: s.serverless, cloud: s.rental.cloud.name });
  return ownCostLines(s.gpu, s.count, s.busyHours, a, electricityPrice(a, ctx.catalog));
}

export function evidenceOf(c: Candidate): Evidence {
  const e: Evidence = { regions: c.regions.slice(), locationProven: c.kind === "own-hardware" || (c.regions.length > 0 && !(c.self?.rental?.marketplace ?? false)) };
  const p = c.provider;
  const cloud = c.self?.rental?.cloud;
  const op = p?.operator ?? cloud?.operator;
  if (op) {
    e.operator = op.name;
    e.operatorCountry = op.country;
    if (op.contractingEntity) e.contractingEntity = op.contractingEntity;
    if (op.contractingCountry) e.contractingCountry = op.contractingCountry;
    e.source = op.source;
    e.asOf = op.asOf;
  }
  if (c.offering) {
    e.scope = c.offering.scope;
    if (c.offering.planRequired) e.planRequired = c.offering.planRequired;
  }
  const policy = p?.dataPolicy ?? cloud?.dataPolicy;
  if (policy) {
    e.trainsOnPrompts = policy.trainsOnPrompts;
    if (policy.retentionDays !== undefined) e.retentionDays = policy.retentionDays;
    e.zeroRetention = policy.zeroRetention;
  }
  const dpa = p?.dpaUrl ?? cloud?.dpaUrl;
  const sub = p?.subprocessorsUrl ?? cloud?.subprocessorsUrl;
  if (dpa) e.dpaUrl = dpa;
  if (sub) e.subprocessorsUrl = sub;
  return e;
}

/** Other providers in the allowed regions serving the same release (exit options, issue 18 item 5). */
export function otherHosts(c: Candidate, a: Answers, ctx: Context, today: string): number {
  const others = new Set<string>();
  for (const o of ctx.offeringsByModel.get(c.facts.model.id) ?? []) {
    if (o.providerId === c.offering?.providerId) continue;
    if (o.status === "retired" || (o.retiresOn !== undefined && o.retiresOn <= today)) continue;
    if (allRegionsAllowed(a, o.regions)) others.add(o.providerId);
  }
  return others.size;
}

function notesOf(c: Candidate, a: Answers, ctx: Context, today: string): Message[] {
  const { model } = c.facts;
  const out: Message[] = [];
  if (model.license.note) out.push(msg("note-licence", { id: model.license.id, note: model.license.note }));
  for (const u of model.unverified) out.push(msg("note-unverified", { field: u.field, note: u.note }));
  const o = c.offering;
  if (o) {
    for (const u of o.unverified) out.push(msg("note-unverified", { field: u.field, note: u.note }));
    for (const n of o.notes) out.push(msg("note-data", { text: n }));
    if (o.status === "beta") out.push(msg("note-beta", { provider: c.provider?.name ?? o.providerId }));
    if (o.retiresOn && o.retiresOn > today) out.push(msg("note-retiring", { provider: c.provider?.name ?? o.providerId, date: o.retiresOn }));
    if (o.planRequired) out.push(msg("note-plan", { plan: o.planRequired }));
    if (o.prices.vatIncluded) out.push(msg("note-vat", { currency: o.prices.currency }));
    if (c.tokensPerSecond === undefined) out.push(msg("note-speed-unmeasured", {}));
  }
  const s = c.self;
  if (s) {
    const rentalIndex = s.rental?.index ?? -1;
    for (const u of s.gpu.unverified) {
      const m = /^rentals\[(\d+)\]/.exec(u.field);
      if (!m || Number(m[1]) === rentalIndex) out.push(msg("note-unverified", { field: u.field, note: u.note }));
    }
    const e = s.estimate;
    if (c.kind === "cloud-gpu") {
      out.push(msg("note-setup", { quant: s.quant, count: s.count, gpu: s.gpu.name, runtime: s.runtime, parallelism: s.parallelism, need: e.memory.totalBytes, perGpu: e.memory.perGpuBytes, capacity: e.memory.perGpuCapacity, concurrency: s.concurrency, context: a.minContextTokens, replicas: s.replicas }));
      if (s.rental?.marketplace) out.push(msg("note-location-unguaranteed", { cloud: s.rental.cloud.name }));
      if (s.serverless) out.push(msg("note-serverless", { busyHours: s.busyHours * s.replicas, ...(s.rental?.rental.coldStartSeconds !== undefined ? { coldStart: s.rental.rental.coldStartSeconds } : {}) }));
    } else out.push(msg("note-own-setup", { quant: s.quant, count: s.count, gpu: s.gpu.name, need: e.memory.totalBytes, capacity: e.memory.perGpuCapacity * s.count, tried: s.tried }));
    if (s.quant === "q4_k_m" || s.quant === "int4" || s.quant === "q8_0") out.push(msg("note-quant", { quant: s.quant }));
  }
  const r = reasoningRatio(model, a);
  if (r.ratio > 0) out.push(msg("note-reasoning", r));
  const q = ctx.modelById.get(model.id);
  for (const t of Object.entries(q?.evidence ?? {})) {
    const [task, ev] = t;
    if (ev?.disagree && (a.tasks[task as keyof typeof a.tasks] ?? 0) > 0) out.push(msg("note-quality-disagree", { task: task as never, sources: [...new Set(ev.measurements.map((m) => m.source))] }));
  }
  if (model.successor) {
    const next = ctx.modelById.get(model.successor);
    if (next) out.push(msg("note-newer", { name: next.model.name }));
  }
  if (c.kind === "api") out.push(msg("note-exit", { hosts: otherHosts(c, a, ctx, today), selfHostable: c.facts.selfHostable, provider: c.provider?.name ?? "" }));
  if (a.sensitiveTopics) for (const n of model.contentNotes) out.push(msg("note-sensitive", { text: n.text, source: n.source, asOf: n.asOf }));
  return out;
}


/** The least monthly saving, USD, that the #1's sentence calls "at 1/N of its cost". */
export const MATERIAL_SAVING_USD = 1;

/** The least lead, in points of the total, that a sentence may call deciding (it prints as 0.1). */
export const DECIDING_POINTS = 0.05;

/** Why the #1 leads, or what keeps another option behind it: from the rows that decided. */
function whyOf(s: Scored, rank: number, top: Scored, runnerUp: Scored | undefined, r: Ranking, a: Answers): Message {
  const w = r.weights;
  if (rank === 1) {
    if (!runnerUp) return msg("why-first", { diffs: [], tied: false });
    // Only a criterion that moved the total by a shown tenth of a point decided anything.
    const diffs = w
      .map((x, i) => ({ criterion: x.id, points: x.weight * 100 * ((s.values[i] ?? 0) - (runnerUp.values[i] ?? 0)) }))
      .filter((d) => d.points >= DECIDING_POINTS)
      .sort((p, q) => q.points - p.points);
    const qi = w.findIndex((x) => x.id === "quality");
    const tied = qi >= 0 && s.quality.high >= runnerUp.quality.low && runnerUp.quality.high >= s.quality.low;
    // A cost ratio is worth saying only when the saving is real money (a cent against five cents of electricity is not).
    const ratio = s.c.costUsd > 0 && runnerUp.c.costUsd - s.c.costUsd >= MATERIAL_SAVING_USD ? runnerUp.c.costUsd / s.c.costUsd : undefined;
    return msg("why-first", { runnerUp: runnerUp.c.facts.model.name, diffs, tied, ...(ratio !== undefined ? { costRatio: ratio } : {}) });
  }
  const gap = top.score - s.score;
  const deficits = w.map((x, i) => ({ criterion: x.id, points: x.weight * 100 * ((top.values[i] ?? 0) - (s.values[i] ?? 0)) })).sort((p, q) => q.points - p.points);
  const ci = w.findIndex((x) => x.id === "cost");
  let halfPrice = false;
  if (ci >= 0 && s.c.costUsd > 0) {
    const half = { ...s.c, costUsd: s.c.costUsd / 2 };
    const gain = (w[ci]?.weight ?? 0) * 100 * (CRITERIA_TABLE.cost.value(half, a, r.env) - (s.values[ci] ?? 0));
    halfPrice = gain > gap;
  }
  const lift = deficits[0];
  return msg("why-behind", { points: gap, ...(lift && lift.points > 0 ? { lift } : {}), halfPrice });
}

function wordLines(lines: Line[], W: Words): CostLine[] {
  return lines.map((l) => {
    const out: CostLine = { label: W.say(l.label), usd: l.usd };
    if (l.tokens !== undefined) out.tokens = l.tokens;
    if (l.usdPerMTok !== undefined) out.usdPerMTok = l.usdPerMTok;
    if (l.native) {
      out.native = l.native;
      out.label += ` at ${W.say(msg("cost-native", { currency: l.native.currency, price: l.native.perMTok, rate: l.native.usdPer, asOf: l.native.asOf }))}`;
    }
    return out;
  });
}

export type ExplainContext = { a: Answers; ctx: Context; r: Ranking; W: Words; today: string; top?: Scored; runnerUp?: Scored };

/** The option as returned: numbers from the ranking, sentences worded by the vocabulary. */
export function optionOf(s: Scored, rank: number, x: ExplainContext): Option {
  const { c } = s;
  const { a, ctx, r, W } = x;
  const { model } = c.facts;
  const contrib = contributions(s.values, r.weights);
  const breakdown = r.weights.map((w, i) => ({
    criterion: w.id,
    label: W.tables.criterion[w.id].short,
    weight: w.weight,
    value: s.values[i] ?? 0,
    contribution: contrib[i] ?? 0,
    note: W.say(CRITERIA_TABLE[w.id].note(c, a, r.env, s.values[i] ?? 0)),
  }));
  const lines = costLinesOf(c, a, ctx);
  const q = s.quality;
  const o: Option = {
    id: c.id,
    modelId: model.id,
    modelName: model.name,
    lab: model.labName,
    origin: model.origin,
    deployment: deploymentOf(c),
    score: s.score,
    scoreLow: Math.round(s.scoreLow * 100) / 100,
    scoreHigh: Math.round(s.scoreHigh * 100) / 100,
    tiedWithTop: tiedWithTop(s, x.top),
    breakdown,
    quality: {
      ...(q.score !== undefined ? { score: round1(q.score) } : {}),
      low: round1(q.low),
      high: round1(q.high),
      coverage: Math.round(q.coverage * 1000) / 1000,
      perTask: q.perTask.map((t) => ({ task: t.task, ...(t.score !== undefined ? { score: round1(t.score) } : {}), low: round1(t.low), high: round1(t.high), sources: t.sources, independent: t.independent })),
    },
    monthlyCostUsd: c.costUsd,
    costLines: wordLines(lines, W),
    evidence: evidenceOf(c),
    notes: notesOf(c, a, ctx, x.today).map(W.say),
  };
  const self = c.self;
  if (self) {
    const m = self.estimate.memory;
    o.memory = { weightsBytes: m.weightsBytes, kvCacheBytes: m.kvCacheBytes, overheadBytes: m.overheadBytes, totalBytes: m.totalBytes, perGpuBytes: m.perGpuBytes };
    o.tokensPerSecond = round1(self.decode.value);
    o.tokensPerSecondRange = { low: round1(self.decode.low), high: round1(self.decode.high) };
    if (self.ttft) o.timeToFirstTokenSeconds = { value: round2(self.ttft.value), low: round2(self.ttft.low), high: round2(self.ttft.high) };
    o.aggregateTokensPerSecond = round1(self.decode.value * self.concurrency * self.replicas);
    o.concurrencyServed = self.concurrency * self.replicas;
    o.selfHostable = true;
  } else {
    if (c.tokensPerSecond !== undefined) o.tokensPerSecond = c.tokensPerSecond;
    if (c.ttftSeconds !== undefined) o.timeToFirstTokenSeconds = { value: c.ttftSeconds, low: c.ttftSeconds, high: c.ttftSeconds };
    o.otherHosts = otherHosts(c, a, ctx, x.today);
    o.selfHostable = c.facts.selfHostable;
  }
  if (c.offering) {
    o.status = c.offering.retiresOn && c.offering.retiresOn > x.today ? "retiring" : c.offering.status;
    if (c.offering.retiresOn) o.retiresOn = c.offering.retiresOn;
  }
  if (model.successor) o.successorId = model.successor;
  if (x.top) o.whyHere = W.say(whyOf(s, rank, x.top, x.runnerUp, r, a));
  return o;
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const round2 = (v: number) => Math.round(v * 100) / 100;
