import type { Answers } from "../schema/answers";
import { CRITERIA, TASKS, type Quantization } from "../schema/common";
import type { Deployment, Option } from "../schema/recommendation";
import { count, gigabytes, percent, seconds, speed, tokens } from "./format";
import type { Words } from "./words";

/**
 * Answers, deployments and options in words, for every surface that shows them to a person
 * (results page, widget, PDF memo, CLI table). Pure: names of GPUs come from the caller.
 */

/** One answer in words: `field` is the Answers field, `step` the wizard step that asks it. */
export type AnswerLine = { field: keyof Answers; step: WizardStep; label: string; text: string };
export type WizardStep = "tasks" | "residency" | "hosting" | "budget" | "constraints";

export type GpuNames = (id: string) => string | undefined;

const EN_LABELS = {
  tasks: "Used for",
  regions: "Data may be processed",
  hosting: "Acceptable ways to run",
  hardware: "Hardware already owned",
  budget: "Budget",
  volume: "Volume",
  concurrency: "At the same time",
  context: "Context needed",
  constraints: "Constraints",
  weights: "Weight adjustments",
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function join(items: string[], word: string): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

export function describeAnswers(a: Answers, W: Words, gpuName: GpuNames = () => undefined): AnswerLine[] {
  const L = EN_LABELS;
  const byLevel = [3, 2, 1].flatMap((level) => {
    const ts = TASKS.filter((t) => a.tasks[t] === level).map((t) => W.tables.task[t].long);
    return ts.length === 0 ? [] : [`${ts.join(", ")} (${W.tables.importance[level as 1 | 2 | 3].toLowerCase()})`];
  });
  const regions = a.regions.includes("any") ? "Anywhere: no restriction on where prompts are processed." : `Only in ${join(a.regions.map((r) => W.region(r)), "or")}.`;
  const hw = a.hardware.length === 0 ? "None listed." : `${join(a.hardware.map((h) => `${h.count} x ${gpuName(h.gpu) ?? h.gpu}`), "and")}.`;
  const cons = [
    a.openWeightsOnly ? "open-weight models only" : "open-weight and closed models",
    a.commercialUse ? "the licence must allow commercial use" : "non-commercial use",
    a.excludedOrigins.length > 0 ? `excluding labs based in ${join(a.excludedOrigins.map((c) => W.country(c)), "or")}` : "no lab excluded for its country",
    ...(a.excludedOperatorCountries.length > 0 ? [`excluding operators under ${join(a.excludedOperatorCountries.map((c) => W.country(c)), "or")}`] : []),
    ...(a.sensitiveTopics ? ["prompts touch politically sensitive topics"] : []),
    ...(a.minTokensPerSecond !== undefined ? [`at least ${speed(a.minTokensPerSecond)} tokens/s per request`] : []),
    ...(a.maxTimeToFirstTokenSeconds !== undefined ? [`first token within ${seconds(a.maxTimeToFirstTokenSeconds)}`] : []),
  ];
  const mix = [`${percent(a.inputShare)} of them input`, ...(a.cachedInputShare > 0 ? [`${percent(a.cachedInputShare)} of the input cached`] : []), ...(a.batchShare > 0 ? [`${percent(a.batchShare)} can wait for a batch API`] : [])];
  const lines: AnswerLine[] = [
    { field: "tasks", step: "tasks", label: L.tasks, text: `${byLevel.join("; ")}.` },
    { field: "regions", step: "residency", label: L.regions, text: regions },
    { field: "hosting", step: "hosting", label: L.hosting, text: `${cap(join(a.hosting.map((h) => W.hosting(h)), "or"))}.` },
    { field: "hardware", step: "hosting", label: L.hardware, text: hw },
    { field: "budgetUsdPerMonth", step: "budget", label: L.budget, text: `${W.money(a.budgetUsdPerMonth)} a month, ${a.budgetIsHardLimit ? "a hard limit: dearer options are left out" : "a target: dearer options lose points"}.` },
    { field: "tokensPerMonth", step: "budget", label: L.volume, text: `${tokens(a.tokensPerMonth)} tokens a month, ${mix.join(", ")}.` },
    { field: "concurrentRequests", step: "budget", label: L.concurrency, text: `${count(a.concurrentRequests)} ${a.concurrentRequests === 1 ? "request" : "requests"} at peak.` },
    { field: "minContextTokens", step: "constraints", label: L.context, text: `At least ${count(a.minContextTokens)} tokens${a.promptTokens !== Math.max(1, a.minContextTokens) ? `; prompts of about ${count(a.promptTokens)}` : ""}.` },
    { field: "openWeightsOnly", step: "constraints", label: L.constraints, text: `${cap(cons.join("; "))}.` },
  ];
  const ws = a.weights ? CRITERIA.filter((c) => a.weights?.[c] !== undefined && a.weights[c] !== 1) : [];
  if (ws.length > 0) lines.push({ field: "weights", step: "constraints", label: L.weights, text: `${cap(ws.map((c) => `${W.tables.criterion[c].long} x${a.weights?.[c] ?? 1}`).join(", "))}.` });
  return lines;
}

/** Where prompts are processed, in words: "the EU", "your premises", "location not guaranteed". */
export function regionsText(d: Deployment, W: Words): string {
  if (d.rental?.marketplace) return "location not guaranteed (marketplace host)";
  return W.regions(d.regions);
}

const quantWords = (q: Quantization | undefined, W: Words) => (q ? `, ${W.quant(q)}` : "");

/** One line on how the option runs, e.g. "2 x H100 rented from Scaleway (the EU), FP8". */
export function deploymentText(d: Deployment, W: Words): string {
  const gpu = d.gpuName ?? d.gpu ?? "GPU";
  switch (d.kind) {
    case "api":
      return `API from ${d.providerName ?? d.providerId ?? "an unnamed provider"}`;
    case "cloud-gpu": {
      const from = d.rental ? ` rented from ${d.rental.provider} (${regionsText(d, W)})` : " rented";
      const reps = (d.replicas ?? 1) > 1 ? ` x ${d.replicas} replicas` : "";
      return `${d.gpuCount ?? 1} x ${gpu}${reps}${from}${quantWords(d.quantization, W)}${d.serverless ? ", serverless" : ""}`;
    }
    case "own-hardware":
      return `Your ${d.gpuCount ?? 1} x ${gpu}${quantWords(d.quantization, W)}`;
  }
}

export type Fact = { label: string; value: string };

/** The headline figures of an option: cost, region, operator, memory and speed where self-hosted. */
export function optionFacts(o: Option, W: Words): Fact[] {
  const facts: Fact[] = [
    { label: "Monthly cost", value: W.money(o.monthlyCostUsd) },
    { label: "Prompts processed in", value: regionsText(o.deployment, W) },
  ];
  if (o.evidence.operator) facts.push({ label: "Run by", value: `${o.evidence.operator} (${W.country(o.evidence.operatorCountry ?? "")})` });
  if (o.quality.score !== undefined) facts.push({ label: "Quality", value: `${Math.round(o.quality.score)} (${Math.round(o.quality.low)}-${Math.round(o.quality.high)})` });
  if (o.memory) facts.push({ label: "Memory needed", value: gigabytes(o.memory.totalBytes) });
  if (o.tokensPerSecond !== undefined) {
    const r = o.tokensPerSecondRange;
    facts.push({ label: "Speed per request", value: r ? `${speed(r.low)}-${speed(r.high)} tokens/s` : `~${speed(o.tokensPerSecond)} tokens/s` });
  }
  if (o.timeToFirstTokenSeconds) facts.push({ label: "First token", value: `${seconds(o.timeToFirstTokenSeconds.low)}-${seconds(o.timeToFirstTokenSeconds.high)}` });
  if (o.deployment.rental) facts.push({ label: "GPU price", value: `${W.money(o.deployment.rental.usdPerGpuHour)} per GPU-hour` });
  return facts;
}
