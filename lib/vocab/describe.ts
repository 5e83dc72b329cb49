import type { Answers } from "../schema/answers";
import { CRITERIA, TASKS, type Quantization } from "../schema/common";
import type { Deployment } from "../schema/recommendation";
import { count, percent, seconds, speed, tokens, type Locale } from "./format";
import type { Words } from "./words";

/**
 * Answers, deployments and options in words, for every surface that shows them to a person
 * (results page, widget, PDF memo, CLI table). Pure: names of GPUs come from the caller.
 */

/** One answer in words: `field` is the Answers field, `step` the wizard step that asks it. */
export type AnswerLine = { field: keyof Answers; step: WizardStep; label: string; text: string };
export type WizardStep = "tasks" | "residency" | "hosting" | "budget" | "constraints";

export type GpuNames = (id: string) => string | undefined;

type Phrases = {
  labels: Record<"tasks" | "regions" | "hosting" | "hardware" | "budget" | "volume" | "concurrency" | "context" | "constraints" | "weights", string>;
  or: string;
  and: string;
  anywhere: string;
  onlyIn: (r: string) => string;
  noHardware: string;
  hw: (n: number, name: string) => string;
  budget: (money: string, hard: boolean) => string;
  volume: (tokens: string, mix: string[]) => string;
  inputShare: (p: string) => string;
  cached: (p: string) => string;
  batched: (p: string) => string;
  concurrency: (n: number) => string;
  context: (n: string, prompt?: string) => string;
  cons: {
    open: (only: boolean) => string;
    commercial: (yes: boolean) => string;
    origins: (list?: string) => string;
    operators: (list: string) => string;
    sensitive: string;
    speed: (s: string) => string;
    ttft: (s: string) => string;
  };
  end: string;
  sep: string;
};

const PHRASES: Record<Locale, Phrases> = {
  en: {
    labels: { tasks: "Used for", regions: "Data may be processed", hosting: "Acceptable ways to run", hardware: "Hardware already owned", budget: "Budget", volume: "Volume", concurrency: "At the same time", context: "Context needed", constraints: "Constraints", weights: "Weight adjustments" },
    or: "or",
    and: "and",
    anywhere: "Anywhere: no restriction on where prompts are processed.",
    onlyIn: (r) => `Only in ${r}.`,
    noHardware: "None listed.",
    hw: (n, name) => `${n} x ${name}`,
    budget: (m, hard) => `${m} a month, ${hard ? "a hard limit: dearer options are left out" : "a target: dearer options lose points"}.`,
    volume: (t, mix) => `${t} tokens a month, ${mix.join(", ")}.`,
    inputShare: (p) => `${p} of them input`,
    cached: (p) => `${p} of the input cached`,
    batched: (p) => `${p} can wait for a batch API`,
    concurrency: (n) => `${count(n)} ${n === 1 ? "request" : "requests"} at peak.`,
    context: (n, prompt) => `At least ${n} tokens${prompt ? `; prompts of about ${prompt}` : ""}.`,
    cons: {
      open: (only) => (only ? "open-weight models only" : "open-weight and closed models"),
      commercial: (yes) => (yes ? "the licence must allow commercial use" : "non-commercial use"),
      origins: (list) => (list ? `excluding labs based in ${list}` : "no lab excluded for its country"),
      operators: (list) => `excluding operators under ${list}`,
      sensitive: "prompts touch politically sensitive topics",
      speed: (s) => `at least ${s} tokens/s per request`,
      ttft: (s) => `first token within ${s}`,
    },
    end: ".",
    sep: "; ",
  },
  zh: {
    labels: { tasks: "用途", regions: "数据可处理地区", hosting: "可接受的部署方式", hardware: "已有硬件", budget: "预算", volume: "用量", concurrency: "并发", context: "所需上下文长度", constraints: "约束", weights: "权重调整" },
    or: "或",
    and: "和",
    anywhere: "不限：对提示词的处理地点没有限制。",
    onlyIn: (r) => `仅限${r}。`,
    noHardware: "无。",
    hw: (n, name) => `${n} × ${name}`,
    budget: (m, hard) => `每月 ${m}，${hard ? "硬上限：更贵的选项会被排除" : "目标值：更贵的选项会被扣分"}。`,
    volume: (t, mix) => `每月 ${t} token，${mix.join("，")}。`,
    inputShare: (p) => `其中输入占 ${p}`,
    cached: (p) => `输入中 ${p} 命中缓存`,
    batched: (p) => `${p} 可以走批处理 API`,
    concurrency: (n) => `高峰时 ${count(n)} 个请求。`,
    context: (n, prompt) => `至少 ${n} token${prompt ? `；提示词约 ${prompt} token` : ""}。`,
    cons: {
      open: (only) => (only ? "只要开放权重模型" : "开放权重和闭源模型均可"),
      commercial: (yes) => (yes ? "许可证必须允许商用" : "非商用"),
      origins: (list) => (list ? `排除位于${list}的实验室` : "不按国家排除实验室"),
      operators: (list) => `排除${list}的运营方`,
      sensitive: "提示词涉及政治敏感话题",
      speed: (s) => `每个请求至少 ${s} token/秒`,
      ttft: (s) => `首 token 不超过 ${s}`,
    },
    end: "。",
    sep: "；",
  },
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function join(items: string[], word: string, zh: boolean): string {
  if (items.length <= 1) return items[0] ?? "";
  return zh ? `${items.slice(0, -1).join("、")}${word}${items[items.length - 1]}` : `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

export function describeAnswers(a: Answers, W: Words, gpuName: GpuNames = () => undefined): AnswerLine[] {
  const P = PHRASES[W.locale];
  const zh = W.locale === "zh";
  const L = P.labels;
  const byLevel = [3, 2, 1].flatMap((level) => {
    const ts = TASKS.filter((t) => a.tasks[t] === level).map((t) => W.tables.task[t].long);
    return ts.length === 0 ? [] : [`${ts.join(zh ? "、" : ", ")} (${W.tables.importance[level as 1 | 2 | 3].toLowerCase()})`];
  });
  const regions = a.regions.includes("any") ? P.anywhere : P.onlyIn(join(a.regions.map((r) => W.region(r)), P.or, zh));
  const hw = a.hardware.length === 0 ? P.noHardware : `${join(a.hardware.map((h) => P.hw(h.count, gpuName(h.gpu) ?? h.gpu)), P.and, zh)}${P.end}`;
  const cons = [
    P.cons.open(a.openWeightsOnly),
    P.cons.commercial(a.commercialUse),
    P.cons.origins(a.excludedOrigins.length > 0 ? join(a.excludedOrigins.map((c) => W.country(c)), P.or, zh) : undefined),
    ...(a.excludedOperatorCountries.length > 0 ? [P.cons.operators(join(a.excludedOperatorCountries.map((c) => W.country(c)), P.or, zh))] : []),
    ...(a.sensitiveTopics ? [P.cons.sensitive] : []),
    ...(a.minTokensPerSecond !== undefined ? [P.cons.speed(speed(a.minTokensPerSecond))] : []),
    ...(a.maxTimeToFirstTokenSeconds !== undefined ? [P.cons.ttft(seconds(a.maxTimeToFirstTokenSeconds))] : []),
  ];
  const mix = [P.inputShare(percent(a.inputShare)), ...(a.cachedInputShare > 0 ? [P.cached(percent(a.cachedInputShare))] : []), ...(a.batchShare > 0 ? [P.batched(percent(a.batchShare))] : [])];
  const prompt = a.promptTokens !== Math.max(1, a.minContextTokens) ? count(a.promptTokens) : undefined;
  const lines: AnswerLine[] = [
    { field: "tasks", step: "tasks", label: L.tasks, text: `${byLevel.join(P.sep)}${P.end}` },
    { field: "regions", step: "residency", label: L.regions, text: regions },
    { field: "hosting", step: "hosting", label: L.hosting, text: `${cap(join(a.hosting.map((h) => W.hosting(h)), P.or, zh))}${P.end}` },
    { field: "hardware", step: "hosting", label: L.hardware, text: hw },
    { field: "budgetUsdPerMonth", step: "budget", label: L.budget, text: P.budget(W.money(a.budgetUsdPerMonth), a.budgetIsHardLimit) },
    { field: "tokensPerMonth", step: "budget", label: L.volume, text: P.volume(tokens(a.tokensPerMonth, W.locale), mix) },
    { field: "concurrentRequests", step: "budget", label: L.concurrency, text: P.concurrency(a.concurrentRequests) },
    { field: "minContextTokens", step: "constraints", label: L.context, text: P.context(count(a.minContextTokens), prompt) },
    { field: "openWeightsOnly", step: "constraints", label: L.constraints, text: `${cap(cons.join(P.sep))}${P.end}` },
  ];
  const ws = a.weights ? CRITERIA.filter((c) => a.weights?.[c] !== undefined && a.weights[c] !== 1) : [];
  if (ws.length > 0) lines.push({ field: "weights", step: "constraints", label: L.weights, text: `${cap(ws.map((c) => `${W.tables.criterion[c].long} x${a.weights?.[c] ?? 1}`).join(", "))}${P.end}` });
  return lines;
}

type DeploymentPhrases = {
  marketplace: string;
  api: (provider: string) => string;
  rented: (setup: string, from?: { provider: string; where: string }, serverless?: boolean) => string;
  replicas: (n: number) => string;
  own: (setup: string) => string;
  facts: Record<"cost" | "processed" | "runBy" | "quality" | "memory" | "speed" | "ttft" | "gpuPrice", string>;
  tps: string;
  perGpuHour: string;
};

const DEPLOYMENT: Record<Locale, DeploymentPhrases> = {
  en: {
    marketplace: "location not guaranteed (marketplace host)",
    api: (p) => `API from ${p}`,
    rented: (setup, from, sl) => `${setup}${from ? ` rented from ${from.provider} (${from.where})` : " rented"}${sl ? ", serverless" : ""}`,
    replicas: (n) => ` x ${n} replicas`,
    own: (setup) => `Your ${setup}`,
    facts: { cost: "Monthly cost", processed: "Prompts processed in", runBy: "Run by", quality: "Quality", memory: "Memory needed", speed: "Speed per request", ttft: "First token", gpuPrice: "GPU price" },
    tps: "tokens/s",
    perGpuHour: "per GPU-hour",
  },
  zh: {
    marketplace: "位置无保证（算力市场主机）",
    api: (p) => `${p} 的 API`,
    rented: (setup, from, sl) => `${from ? `从 ${from.provider}（${from.where}）租用 ` : "租用 "}${setup}${sl ? "，Serverless" : ""}`,
    replicas: (n) => ` × ${n} 个副本`,
    own: (setup) => `私有化部署：${setup}`,
    facts: { cost: "月度成本", processed: "提示词处理地", runBy: "运营方", quality: "质量", memory: "所需显存", speed: "每请求速度", ttft: "首 token", gpuPrice: "GPU 价格" },
    tps: "token/秒",
    perGpuHour: "每 GPU 小时",
  },
};

/** Where prompts are processed, in words: "the EU", "your premises", "location not guaranteed". */
export function regionsText(d: Deployment, W: Words): string {
  if (d.rental?.marketplace) return DEPLOYMENT[W.locale].marketplace;
  return W.regions(d.regions);
}

const quantWords = (q: Quantization | undefined, W: Words) => (q ? `, ${W.quant(q)}` : "");

/** One line on how the option runs, e.g. "2 x H100 rented from Scaleway (the EU), FP8". */
export function deploymentText(d: Deployment, W: Words): string {
  const P = DEPLOYMENT[W.locale];
  const gpu = d.gpuName ?? d.gpu ?? "GPU";
  const setup = `${d.gpuCount ?? 1} x ${gpu}${(d.replicas ?? 1) > 1 ? P.replicas(d.replicas ?? 1) : ""}${quantWords(d.quantization, W)}`;
  switch (d.kind) {
    case "api":
      return P.api(d.providerName ?? d.providerId ?? "?");
    case "cloud-gpu":
      return P.rented(setup, d.rental ? { provider: d.rental.provider, where: regionsText(d, W) } : undefined, d.serverless);
    case "own-hardware":
      return P.own(setup);
  }
}


