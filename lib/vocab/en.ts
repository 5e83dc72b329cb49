import { count, gigabytes, grouped, nativeMoney, percent, seconds, speed, tokens } from "./format";
import type { MessageCode, MessageParams } from "./messages";
import type { Helpers } from "./helpers";

/**
 * English sentences for every message code. Each renderer reads its parameters and the helpers
 * (regions, money in the display currency, names of codes); none builds numbers by hand.
 */
export type Renderers = { [C in MessageCode]: (p: MessageParams[C], h: Helpers) => string };

const pl = (n: number, one: string, many = `${one}s`) => (n === 1 ? one : many);
/** Score points to one decimal, "1 point" when that is what is shown. */
const points = (n: number) => {
  const shown = grouped(n, 1);
  return `${shown} ${shown === "1" ? "point" : "points"}`;
};

export const EN: Renderers = {
  hosting: (p, h) => `Runs on ${h.hosting(p.kind)}; you allowed ${p.allowed.map((k) => h.hosting(k)).join(" or ")} only.`,
  residency: (p, h) => `${p.provider} may process prompts in ${h.regions(p.regions)}; you allowed ${h.regions(p.allowed)} only.`,
  marketplace: (p, h) => `Rentable only from marketplace hosts, whose location is not guaranteed; you allowed ${h.regions(p.allowed)} only.`,
  "no-rental": (p, h) => `No GPU rental with a documented data centre in ${h.regions(p.allowed)}.`,
  "open-weights": (p) => `${p.model} has no open weights; you asked for open-weight models only.`,
  commercial: (p) => `The ${p.licence} licence of ${p.model} does not allow commercial use.`,
  context: (p) => `Reads up to ${count(p.has)} tokens; you need ${count(p.need)}.`,
  vision: (p) => `${p.model} does not read images; you asked for image tasks.`,
  origin: (p, h) => `${p.lab} is based in ${h.country(p.country)}; you excluded labs from ${h.country(p.country)}.`,
  operator: (p, h) => `Run by ${p.operator}, whose parent is in ${h.country(p.country)}; you excluded operators from ${h.country(p.country)}.`,
  budget: (p, h) => `Costs about ${h.money(p.cost)} a month; your hard limit is ${h.money(p.limit)}.`,
  retired: (p) => `${p.provider} retired ${p.model}${p.date ? ` on ${p.date}` : ""}.`,
  "hardware-fit": (p) => `${p.model} does not fit ${p.have} with ${p.concurrency} ${pl(p.concurrency, "request")} of ${count(p.context)} tokens: it needs ${gigabytes(p.need)} even at its smallest format.`,
  "no-gpu-fit": (p) => `${p.model} fits no rentable GPU setup (up to 16 GPUs) for ${p.concurrency} ${pl(p.concurrency, "request")} of ${count(p.context)} tokens${p.need > 0 ? `: it needs ${gigabytes(p.need)}` : ""}.`,
  speed: (p) => `${p.model} would decode at about ${speed(p.tps)} tokens/s per request at best; you asked for ${speed(p.need)}.`,
  ttft: (p) => `${p.model} would take about ${seconds(p.ttft)} to the first token; you accept ${seconds(p.max)}.`,
  "missing-data": (p) => `The catalog lacks the parameter count or attention dimensions of ${p.model}, so a deployment cannot be sized.`,

  "note-licence": (p) => `Licence (${p.id}): ${p.note}`,
  "note-unverified": (p) => `Unverified ${p.field}: ${p.note}`,
  "note-data": (p) => p.text,
  "note-quant": (p, h) => `${h.quant(p.quant)} is a quantized format: it loses some quality against the full-precision model the evaluations measured.`,
  "note-setup": (p, h) =>
    `Why this setup: ${h.quant(p.quant)} on ${p.count} x ${p.gpu} with ${h.runtime(p.runtime)} (${h.parallelism(p.parallelism)}); each replica holds ${p.concurrency} ${pl(p.concurrency, "request")} of ${count(p.context)} tokens in ${gigabytes(p.perGpu)} per GPU of ${gigabytes(p.capacity)}${p.replicas > 1 ? `, ${p.replicas} replicas for your peak` : ""}; the cheapest setup that serves your load.`,
  "note-own-setup": (p, h) =>
    `Why this setup: ${h.quant(p.quant)} fits ${p.count} x ${p.gpu} (needs ${gigabytes(p.need)} of ${gigabytes(p.capacity)})${p.tried.length ? `; higher precision does not: ${p.tried.map((t) => `${h.quant(t.quant)} needs ${gigabytes(t.need)}`).join(", ")}` : ""}.`,
  "note-sensitive": (p) => `Sensitive topics: ${p.text} (source: ${p.source}, ${p.asOf})`,
  "note-retiring": (p) => `${p.provider} retires this offering on ${p.date}.`,
  "note-beta": (p) => `${p.provider} offers this in beta.`,
  "note-plan": (p) => `Needs a plan: ${p.plan}`,
  "note-speed-unmeasured": () => "Speed not measured: the catalog has no published speed for this endpoint.",
  "note-location-unguaranteed": (p) => `Location not guaranteed: ${p.cloud} is a marketplace of third-party hosts.`,
  "note-exit": (p) => `If ${p.provider} goes: ${p.hosts} other ${pl(p.hosts, "host")} in your regions serve${p.hosts === 1 ? "s" : ""} this release${p.selfHostable ? ", and you can run it on your own GPUs" : ""}.`,
  "note-newer": (p) => `A newer version is available: ${p.name}.`,
  "note-serverless": (p) => `Serverless: billed per second of work (~${grouped(p.busyHours, 0)} busy hours a month)${p.coldStart !== undefined ? `; a cold start takes ~${seconds(p.coldStart)}` : "; cold starts add delay after idle periods"}.`,
  "note-vat": (p, h) => `Published in ${h.currencyName(p.currency)} including VAT.`,
  "note-reasoning": (p) => `A reasoning model: it bills hidden reasoning tokens as output (${grouped(p.ratio, 1)} per visible token, ${p.published ? "published figure" : "an assumption you can change"}) and thinks before its first visible token.`,
  "note-quality-disagree": (p, h) => `The evaluations disagree on ${h.task(p.task)} (${p.sources.join(", ")}): read the interval, not the point.`,
  "note-tied": (p) => `Tied with the top pick within the evidence, with ${p.count - 1} ${pl(p.count - 1, "other")}.`,

  "crit-quality": (p, h) =>
    p.parts
      .map((t) => (t.score === undefined ? `${h.task(t.task)} not measured` : `${h.task(t.task)} ${grouped(t.score, 0)} (${grouped(t.low, 0)}-${grouped(t.high, 0)}; ${t.sources.join(", ")})`))
      .join("; "),
  "crit-cost": (p, h) =>
    p.ownElectricity
      ? `${h.money(p.cost)} a month of electricity for hardware you own: not held against a $0 budget`
      : p.share === undefined
        ? `${h.money(p.cost)} a month with a budget of ${h.money(0)}`
        : `${h.money(p.cost)} a month, ${percent(p.share)} of your budget`,
  "crit-speed": (p) => {
    if (p.tps === undefined) return p.reasoning ? "speed not measured; a reasoning model thinks before it answers" : "speed not measured for this API: neutral";
    const range = p.low !== undefined && p.high !== undefined ? ` (${speed(p.low)}-${speed(p.high)})` : "";
    const wait = p.ttft !== undefined ? `, first ${p.reasoning ? "visible " : ""}token in ~${seconds(p.ttft)}` : "";
    return `~${speed(p.tps)} tokens/s per request${range}${wait}${p.measured ? " (measured)" : ""}`;
  },
  "crit-context": (p) => (p.need <= 0 ? `reads ${count(p.has)} tokens` : `reads ${count(p.has)} tokens, ${grouped(p.has / p.need, 1)}x what you need`),
  "crit-effort": (p) =>
    p.kind === "api" ? "an API key: nothing to operate" : `${p.kind === "cloud-gpu" ? "rented GPUs: you run the serving stack" : "your hardware: you run the machine and the serving stack"}${p.gpus > 1 ? `, over ${p.gpus} GPUs` : ""}`,
  "crit-control": (p) =>
    p.kind === "own-hardware" ? "prompts never leave your premises" : p.kind === "cloud-gpu" ? "your own instance at a GPU provider; no model vendor sees prompts" : `training on API data: ${p.training ?? "unknown"}${p.zdr ? "; zero data retention available" : ""}`,
  "crit-confidence": (p) => (p.unverified === 0 ? "no unverified figures" : `${p.unverified} unverified ${pl(p.unverified, "figure")}`),
  "crit-sensitivity": (p) =>
    p.band === "none" ? "no documented restriction on sensitive topics in the catalog" : p.band === "api" ? "documented restrictions; the hosted service may filter further" : "documented trained-in restrictions; no service-side filter when self-hosted",

  "why-first": (p, h) => {
    if (!p.runnerUp) return "Ranked first: the only option that meets every requirement.";
    const lead = p.diffs.filter((d) => d.points > 0).slice(0, 2);
    const on = lead.map((d) => `${h.criterion(d.criterion)} (+${points(d.points)})`).join(" and ");
    const tie = p.tied ? `as good as ${p.runnerUp} on quality within the intervals` : `ahead of ${p.runnerUp}`;
    const cost = p.costRatio !== undefined && p.costRatio >= 1.5 ? `, at ${p.costRatio >= 10 ? "a tenth or less" : `about 1/${grouped(p.costRatio, 0)}`} of its cost` : "";
    return `Ranked first: ${tie}${cost}; it leads on ${on || "the total"}.`;
  },
  "why-behind": (p, h) => {
    const gap = `${points(p.points)} behind the first`;
    if (p.halfPrice) return `${gap}; at half the price it would be first.`;
    return p.lift ? `${gap}, mostly on ${h.criterion(p.lift.criterion)} (${points(p.lift.points)}).` : `${gap}.`;
  },

  "wi-budget": (p, h) => `Set the budget to ${h.money(p.usd, true)} a month`,
  "wi-region": (p, h) => `Also allow processing in ${h.region(p.region)}`,
  "wi-hosting": (p, h) => `Also allow ${h.hosting(p.kind)}`,
  "wi-closed": () => "Allow models without open weights",
  "wi-own-gpu": (p) => `Buy one ${p.gpu} and run models on it (its price spread over 36 months)`,
  "wi-volume": (p) => `At ${grouped(p.factor, 0)}x your volume (${tokens(p.tokens)} tokens a month)`,
  "wi-retiring": (p) => `When ${p.provider} retires ${p.model} on ${p.date}`,
  "wi-result": (p) => (p.sameModel ? `the top pick would stay ${p.model}, on ${p.deployment} instead` : `the top pick would become ${p.model} on ${p.deployment}`),

  "cost-input": (p) => `Input: ${tokens(p.tokens)} tokens`,
  "cost-cached": (p) => `Cached input: ${tokens(p.tokens)} tokens read from the prompt cache (each written once per ${p.reuse} reads)`,
  "cost-cache-write": (p) => `Cache writes: ${tokens(p.tokens)} tokens (one write per ${p.reuse} cached reads, assumed)`,
  "cost-output": (p) => `Output: ${tokens(p.tokens)} tokens`,
  "cost-reasoning": (p) => `Reasoning output: ${tokens(p.tokens)} hidden tokens (${grouped(p.ratio, 1)} per visible token, ${p.published ? "published" : "assumed"})`,
  "cost-batch-input": (p) => `Batch input: ${tokens(p.tokens)} tokens at the batch price`,
  "cost-batch-output": (p) => `Batch output: ${tokens(p.tokens)} tokens at the batch price`,
  "cost-tier": (p) => `Long-context tier: prompts over ${count(p.above)} tokens are priced at the tier's rates (applied to every line)`,
  "cost-surcharge": (p) => `Residency surcharge: +${grouped((p.uplift - 1) * 100, 0)} % for in-region processing`,
  "cost-native": (p, h) => `${nativeMoney(p.price, p.currency)}/M (~${h.money(p.price * p.rate)} at the rate of ${p.asOf})`,
  "cost-gpu-hours": (p, h) => `${p.cloud}: ${p.gpus} ${pl(p.gpus, "GPU")} x ${p.replicas} ${pl(p.replicas, "replica")} x ${count(p.hours)} h (always on) at ${h.money(p.price)}/GPU-hour`,
  "cost-serverless": (p, h) => `${p.cloud} serverless: ${p.gpus} ${pl(p.gpus, "GPU")} x ${grouped(p.hours, 1)} busy h at ${h.money(p.price)}/GPU-hour, billed per second`,
  "cost-electricity": (p, h) => `Electricity: ${grouped(p.watts, 0)} W x ${grouped(p.hours, 1)} busy h = ${grouped(p.kwh, 1)} kWh at ${h.money(p.price)}/kWh${p.regionDefault ? " (regional average)" : ""}`,
  "cost-idle": (p, h) => `Idle power: ${grouped(p.watts, 0)} W x ${grouped(p.hours, 0)} h at ${h.money(p.price)}/kWh`,
  "cost-amortization": (p, h) => `Purchase: ${p.gpus} x ${h.money(p.price)}${p.listed ? " (list price)" : ""} over ${p.months} months`,
  "cost-operations": (p, h) => `Operations: ${grouped(p.hours, 1)} h a month at ${h.money(p.rate)}/h`,
};
