import type { Renderers } from "./en";
import { count, gigabytes, grouped, nativeMoney, percent, seconds, speed, tokens } from "./format";
import type { CodeTables } from "./tables";

/**
 * Simplified Chinese: the code tables and a sentence for every message code, with the terms of
 * glossary.ts. Written for an engineer in China choosing a model: 数据驻留, 开放权重, 私有化部署,
 * 显存, 上下文长度; no word-for-word renderings of the English.
 */
const tk = (n: number) => tokens(n, "zh");

export const ZH_TABLES: CodeTables = {
  region: {
    any: { long: "任何地区", short: "不限" },
    eu: { long: "欧盟", short: "欧盟" },
    us: { long: "美国", short: "美国" },
    uk: { long: "英国", short: "英国" },
    cn: { long: "中国大陆", short: "中国大陆" },
    apac: { long: "亚太地区", short: "亚太" },
    other: { long: "其他国家和地区", short: "其他" },
    "on-prem": { long: "您自己的机房", short: "本地" },
    none: { long: "未公布的地区", short: "未公布" },
  },
  hosting: {
    api: { long: "API 服务", short: "API" },
    "cloud-gpu": { long: "租用GPU", short: "租用GPU" },
    "own-hardware": { long: "私有化部署（自有硬件）", short: "私有化部署" },
  },
  task: {
    coding: { long: "编程", short: "编程", description: "编写、修改和解释代码。" },
    reasoning: { long: "推理与数学", short: "推理与数学", description: "多步推理、数学和科学问题。" },
    chat: { long: "对话与助理", short: "对话与助理", description: "一般问答、执行指令、面向用户的助理。" },
    writing: { long: "写作", short: "写作", description: "起草、润色和创意写作。" },
    multilingual: { long: "多语言", short: "多语言", description: "使用并在多种语言之间工作。" },
    chinese: { long: "中文", short: "中文", description: "中文阅读与写作。" },
    "long-context": { long: "长文档", short: "长上下文", description: "阅读并理解很长的输入。" },
    agents: { long: "智能体与工具调用", short: "智能体与工具", description: "多步调用工具和接口。" },
    vision: { long: "图像理解", short: "视觉", description: "读取图片、图表和扫描件。" },
  },
  importance: { 0: "不需要", 1: "最好有", 2: "重要", 3: "必需" },
  criterion: {
    quality: { long: "任务质量", short: "质量" },
    cost: { long: "相对预算的成本", short: "成本" },
    speed: { long: "速度", short: "速度" },
    context: { long: "上下文长度余量", short: "上下文" },
    effort: { long: "运维工作量", short: "运维" },
    control: { long: "数据掌控", short: "数据掌控" },
    confidence: { long: "数据可信度", short: "数据可信度" },
    sensitivity: { long: "敏感话题", short: "敏感话题" },
  },
  quant: { bf16: "BF16", fp8: "FP8", int8: "INT8", q8_0: "Q8_0", q4_k_m: "Q4_K_M", int4: "INT4（AWQ）", mxfp4: "MXFP4" },
  runtime: { "llama.cpp": "llama.cpp", mlx: "MLX", vllm: "vLLM", sglang: "SGLang", "tensorrt-llm": "TensorRT-LLM" },
  parallelism: { single: "单卡", tensor: "张量并行", "layer-split": "按层拆分到多卡", "tensor-multi-node": "跨节点张量并行" },
  scope: { "in-region": "区域内", geographic: "地理数据区", global: "全球" },
  currency: { USD: "美元", EUR: "欧元", CNY: "人民币" },
  reason: {
    hosting: { heading: "您未允许的部署方式", count: (n) => `${n} 个选项的部署方式您未允许` },
    residency: { heading: "在您允许的地区之外处理提示词", count: (n) => `${n} 个服务会在您允许的地区之外处理提示词` },
    marketplace: { heading: "只能从算力市场租用，位置无保证", count: (n) => `${n} 个模型只能从算力市场租用，所在位置无保证` },
    "no-rental": { heading: "您的地区没有公布的GPU租用", count: (n) => `${n} 个模型在您允许的地区没有公布数据中心的GPU租用` },
    "open-weights": { heading: "没有开放权重", count: (n) => `${n} 个选项没有开放权重` },
    commercial: { heading: "许可证不允许商用", count: (n) => `${n} 个选项的许可证不允许商用` },
    context: { heading: "上下文长度不足", count: (n) => `${n} 个选项的上下文长度不足` },
    vision: { heading: "不能读取图像", count: (n) => `${n} 个选项不能读取图像` },
    origin: { heading: "来自您排除的国家的实验室", count: (n) => `${n} 个选项来自您排除的国家的实验室` },
    operator: { heading: "运营方所在国家被您排除", count: (n) => `${n} 个选项的运营方所在国家被您排除` },
    budget: { heading: "超出预算硬上限", count: (n) => `${n} 个选项超出您的预算硬上限` },
    retired: { heading: "已下线", count: (n) => `${n} 个服务已下线` },
    "hardware-fit": { heading: "您的硬件装不下", count: (n) => `${n} 个模型在您的并发和上下文长度下装不进您的硬件` },
    "no-gpu-fit": { heading: "没有可租用的GPU配置能装下", count: (n) => `${n} 个模型没有可租用的GPU配置能装下` },
    speed: { heading: "达不到您要求的速度", count: (n) => `${n} 个选项达不到您要求的速度` },
    ttft: { heading: "首 token 等待超出您的上限", count: (n) => `${n} 个选项的首 token 等待时间超出您的上限` },
    "missing-data": { heading: "缺少估算所需的数据", count: (n) => `${n} 个模型缺少参数量或架构数据，无法估算部署` },
  },
};

const perReq = (n: number) => `${n} 个请求`;

export const ZH: Renderers = {
  hosting: (p, h) => `部署方式为${h.hosting(p.kind)}；您只允许${p.allowed.map((k) => h.hosting(k)).join("或")}。`,
  residency: (p, h) => `${p.provider}可能在${h.regions(p.regions)}处理提示词；您只允许${h.regions(p.allowed)}。`,
  marketplace: (p, h) => `只能从算力市场的第三方主机租用，所在位置无保证；您只允许${h.regions(p.allowed)}。`,
  "no-rental": (p, h) => `在${h.regions(p.allowed)}没有公布数据中心的GPU租用价格。`,
  "open-weights": (p) => `${p.model} 没有开放权重；您只要开放权重模型。`,
  commercial: (p) => `${p.model} 的 ${p.licence} 许可证不允许商用。`,
  context: (p) => `上下文长度最多 ${count(p.has)} token；您需要 ${count(p.need)}。`,
  vision: (p) => `${p.model} 不能读取图像；您需要图像理解。`,
  origin: (p, h) => `${p.lab} 位于${h.country(p.country)}；您排除了来自${h.country(p.country)}的实验室。`,
  operator: (p, h) => `运营方为 ${p.operator}，其母公司位于${h.country(p.country)}；您排除了${h.country(p.country)}的运营方。`,
  budget: (p, h) => `每月约 ${h.money(p.cost)}；您的预算硬上限为 ${h.money(p.limit)}。`,
  retired: (p) => `${p.provider} 已于${p.date ? ` ${p.date} ` : ""}下线 ${p.model}。`,
  "hardware-fit": (p) => `${p.model} 在 ${perReq(p.concurrency)}、每个 ${count(p.context)} token 时装不进 ${p.have}：即使用最小的格式也需要 ${gigabytes(p.need)} 显存。`,
  "no-gpu-fit": (p) => `${p.model} 在 ${perReq(p.concurrency)}、每个 ${count(p.context)} token 时没有可租用的GPU配置（最多 16 卡）能装下${p.need > 0 ? `：需要 ${gigabytes(p.need)}` : ""}。`,
  speed: (p) => `${p.model} 每个请求最快约 ${speed(p.tps)} token/秒；您要求 ${speed(p.need)}。`,
  ttft: (p) => `${p.model} 的首 token 约需 ${seconds(p.ttft)}；您最多接受 ${seconds(p.max)}。`,
  "missing-data": (p) => `目录缺少 ${p.model} 的参数量或注意力维度，无法估算部署。`,

  "note-licence": (p) => `许可证（${p.id}）：${p.note}`,
  "note-unverified": (p) => `未经核实的 ${p.field}：${p.note}`,
  "note-data": (p) => p.text,
  "note-quant": (p, h) => `${h.quant(p.quant)} 是量化格式：与评测所用的全精度模型相比，质量会有一定损失。`,
  "note-setup": (p, h) =>
    `为何这样配置：${p.count} 张 ${p.gpu}，${h.quant(p.quant)}，${h.runtime(p.runtime)}（${h.parallelism(p.parallelism)}）；每个副本容纳 ${perReq(p.concurrency)}、每个 ${count(p.context)} token，每卡占用 ${gigabytes(p.perGpu)}（共 ${gigabytes(p.capacity)}）${p.replicas > 1 ? `，高峰需要 ${p.replicas} 个副本` : ""}；这是能承载您负载的最便宜配置。`,
  "note-own-setup": (p, h) =>
    `为何这样配置：${h.quant(p.quant)} 可装进 ${p.count} 张 ${p.gpu}（需要 ${gigabytes(p.need)}，共 ${gigabytes(p.capacity)}）${p.tried.length ? `；更高精度装不下：${p.tried.map((t) => `${h.quant(t.quant)} 需要 ${gigabytes(t.need)}`).join("，")}` : ""}。`,
  "note-sensitive": (p) => `敏感话题：${p.text}（来源：${p.source}，${p.asOf}）`,
  "note-retiring": (p) => `${p.provider} 将于 ${p.date} 下线该服务。`,
  "note-beta": (p) => `${p.provider} 以测试版提供。`,
  "note-plan": (p) => `需要特定套餐：${p.plan}`,
  "note-speed-unmeasured": () => "速度未实测：目录中没有该接口公布的速度。",
  "note-location-unguaranteed": (p) => `位置无保证：${p.cloud} 是第三方主机组成的算力市场。`,
  "note-exit": (p) => `如果 ${p.provider} 停止服务：您的地区还有 ${p.hosts} 家服务商提供同一版本${p.selfHostable ? "，也可以在自有GPU上私有化部署" : ""}。`,
  "note-newer": (p) => `有更新的版本：${p.name}。`,
  "note-serverless": (p) => `Serverless：按实际工作秒数计费（每月约 ${grouped(p.busyHours, 0)} 小时忙碌）${p.coldStart !== undefined ? `；冷启动约 ${seconds(p.coldStart)}` : "；空闲后的冷启动会带来延迟"}。`,
  "note-vat": (p, h) => `以${h.currencyName(p.currency)}公布，含增值税。`,
  "note-reasoning": (p) => `推理模型：隐藏的推理 token 按输出计费（每个可见 token 约 ${grouped(p.ratio, 1)} 个，${p.published ? "公开数据" : "可调整的假设"}），并且在第一个可见 token 之前先思考。`,
  "note-quality-disagree": (p, h) => `各评测在${h.task(p.task)}上结论不一致（${p.sources.join("、")}）：请看区间而非单点。`,
  "note-tied": (p) => `在证据范围内与首选并列，另有 ${p.count - 1} 个。`,

  "crit-quality": (p, h) =>
    p.parts.map((t) => (t.score === undefined ? `${h.task(t.task)}：未实测` : `${h.task(t.task)} ${grouped(t.score, 0)}（${grouped(t.low, 0)}-${grouped(t.high, 0)}；${t.sources.join("、")}）`)).join("；"),
  "crit-cost": (p, h) =>
    p.ownElectricity
      ? `自有硬件每月电费 ${h.money(p.cost)}：不计入 0 元预算`
      : p.share === undefined
        ? `每月 ${h.money(p.cost)}，预算为 ${h.money(0)}`
        : `每月 ${h.money(p.cost)}，占预算的 ${percent(p.share)}`,
  "crit-speed": (p) => {
    if (p.tps === undefined) return p.reasoning ? "速度未实测；推理模型会先思考再回答" : "该 API 速度未实测：按中性计";
    const range = p.low !== undefined && p.high !== undefined ? `（${speed(p.low)}-${speed(p.high)}）` : "";
    const wait = p.ttft !== undefined ? `，${p.reasoning ? "可见" : ""}首 token 约 ${seconds(p.ttft)}` : "";
    return `每个请求约 ${speed(p.tps)} token/秒${range}${wait}${p.measured ? "（实测）" : ""}`;
  },
  "crit-context": (p) => (p.need <= 0 ? `上下文长度 ${count(p.has)} token` : `上下文长度 ${count(p.has)} token，是您需要的 ${grouped(p.has / p.need, 1)} 倍`),
  "crit-effort": (p) =>
    p.kind === "api" ? "一个 API 密钥：无需运维" : `${p.kind === "cloud-gpu" ? "租用GPU：需要您运行推理服务" : "自有硬件：需要您维护机器和推理服务"}${p.gpus > 1 ? `，共 ${p.gpus} 张 GPU` : ""}`,
  "crit-control": (p) =>
    p.kind === "own-hardware"
      ? "提示词从不离开您的机房"
      : p.kind === "cloud-gpu"
        ? "您在GPU服务商的独占实例；模型厂商看不到提示词"
        : `是否用 API 数据训练：${p.training === "no" ? "否" : p.training === "yes" ? "是" : p.training === "opt-out" ? "默认是，可关闭" : p.training === "opt-in" ? "默认否，可开启" : "未知"}${p.zdr ? "；可申请零数据留存" : ""}`,
  "crit-confidence": (p) => (p.unverified === 0 ? "没有未经核实的数据" : `${p.unverified} 项数据未经核实`),
  "crit-sensitivity": (p) => (p.band === "none" ? "目录中没有关于敏感话题限制的记录" : p.band === "api" ? "有记录的限制；托管服务可能另有过滤" : "有记录的训练内置限制；私有化部署时没有服务端过滤"),

  "why-first": (p, h) => {
    if (!p.runnerUp) return "排名第一：唯一满足所有要求的选项。";
    const lead = p.diffs.filter((d) => d.points > 0).slice(0, 2);
    const on = lead.map((d) => `${h.criterion(d.criterion)}（+${grouped(d.points, 1)} 分）`).join("和");
    const tie = p.tied ? `在质量区间内与 ${p.runnerUp} 相当` : `领先 ${p.runnerUp}`;
    const cost = p.costRatio !== undefined && p.costRatio >= 1.5 ? `，成本约为其 1/${grouped(p.costRatio, 0)}` : "";
    return `排名第一：${tie}${cost}；领先之处在于${on || "总分"}。`;
  },
  "why-behind": (p, h) => {
    const gap = `落后第一名 ${grouped(p.points, 1)} 分`;
    if (p.halfPrice) return `${gap}；价格减半即可排第一。`;
    return p.lift ? `${gap}，主要差在${h.criterion(p.lift.criterion)}（${grouped(p.lift.points, 1)} 分）。` : `${gap}。`;
  },

  "wi-budget": (p, h) => `把预算设为每月 ${h.money(p.usd, true)}`,
  "wi-region": (p, h) => `同时允许在${h.region(p.region)}处理`,
  "wi-hosting": (p, h) => `同时允许${h.hosting(p.kind)}`,
  "wi-closed": () => "允许没有开放权重的模型",
  "wi-own-gpu": (p) => `购买一张 ${p.gpu} 自行运行（价格按 36 个月摊销）`,
  "wi-volume": (p) => `用量变为 ${grouped(p.factor, 0)} 倍（每月 ${tk(p.tokens)} token）`,
  "wi-retiring": (p) => `当 ${p.provider} 于 ${p.date} 下线 ${p.model} 时`,
  "wi-result": (p) => (p.sameModel ? `首选仍是 ${p.model}，但改为 ${p.deployment}` : `首选将变为 ${p.deployment} 上的 ${p.model}`),

  "cost-input": (p) => `输入：${tk(p.tokens)} token`,
  "cost-cached": (p) => `缓存命中的输入：从提示缓存读取 ${tk(p.tokens)} token（假设每写入一次读取 ${p.reuse} 次）`,
  "cost-cache-write": (p) => `缓存写入：${tk(p.tokens)} token（假设每 ${p.reuse} 次缓存读取写入一次）`,
  "cost-output": (p) => `输出：${tk(p.tokens)} token`,
  "cost-reasoning": (p) => `推理输出：${tk(p.tokens)} 个隐藏 token（每个可见 token ${grouped(p.ratio, 1)} 个，${p.published ? "公开数据" : "假设"}）`,
  "cost-batch-input": (p) => `批处理输入：${tk(p.tokens)} token，按批处理 API 价格`,
  "cost-batch-output": (p) => `批处理输出：${tk(p.tokens)} token，按批处理 API 价格`,
  "cost-tier": (p) => `长上下文档位：提示词超过 ${count(p.above)} token 时按该档位计价（适用于每一行）`,
  "cost-surcharge": (p) => `数据驻留附加费：区域内处理加收 ${grouped((p.uplift - 1) * 100, 0)}%`,
  "cost-native": (p, h) => `${nativeMoney(p.price, p.currency)}/百万 token（按 ${p.asOf} 的汇率约 ${h.money(p.price * p.rate)}）`,
  "cost-gpu-hours": (p, h) => `${p.cloud}：${p.gpus} 张 GPU × ${p.replicas} 个副本 × ${count(p.hours)} 小时（常开），每 GPU 小时 ${h.money(p.price)}`,
  "cost-serverless": (p, h) => `${p.cloud} Serverless：${p.gpus} 张 GPU × ${grouped(p.hours, 1)} 忙碌小时，每 GPU 小时 ${h.money(p.price)}，按秒计费`,
  "cost-electricity": (p, h) => `电费：${grouped(p.watts, 0)} W × ${grouped(p.hours, 1)} 忙碌小时 = ${grouped(p.kwh, 1)} kWh，每 kWh ${h.money(p.price)}${p.regionDefault ? "（地区平均）" : ""}`,
  "cost-idle": (p, h) => `待机功耗：${grouped(p.watts, 0)} W × ${grouped(p.hours, 0)} 小时，每 kWh ${h.money(p.price)}`,
  "cost-amortization": (p, h) => `购置：${p.gpus} × ${h.money(p.price)}${p.listed ? "（标价）" : ""}，分 ${p.months} 个月摊销`,
  "cost-operations": (p, h) => `运维：每月 ${grouped(p.hours, 1)} 小时，每小时 ${h.money(p.rate)}`,
};
