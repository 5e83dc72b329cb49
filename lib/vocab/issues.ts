import type { BoundaryIssue, IssueCode, IssueKind, IssueParams } from "../answers/issues";
import type { AnswerField } from "../schema/answers";
import { grouped, type Locale } from "./format";

/**
 * The boundary's issues per locale (lib/answers). English is the boundary's own message, the one
 * the API and the CLI answer word for word; Chinese is worded here from the issue's kind and, on a
 * URL surface, its query parameter, naming the same parameter (`b`) and what it expects.
 */

type IssueRenderers = { [C in IssueCode]: (p: IssueParams[C]) => string };

const oneOf = (values: readonly (string | number)[]) => `以下之一：${values.join("、")}`;

/** What zod expected, in the words of a Chinese engineer. */
const TYPE: Record<string, string> = {
  number: "数字",
  int: "整数",
  boolean: "true 或 false",
  string: "文本",
  array: "JSON 数组",
  record: "JSON 对象",
  object: "JSON 对象",
};
const typeName = (t: string) => TYPE[t] ?? t;

export const ZH_ISSUES: IssueRenderers = {
  "not-object": () => "必须是由 Answers 字段组成的 JSON 对象",
  "unknown-field": () => "不是 Answers 的字段",
  "unknown-task": (p) => `不是任务：应为${oneOf(p.values)}`,
  "unknown-criterion": (p) => `不是评分标准：应为${oneOf(p.values)}`,
  "unknown-key": () => "此处不允许这个字段",
  required: (p) => `必填（应为${typeName(p.expected)}）`,
  type: (p) => `必须是${typeName(p.expected)}`,
  "whole-number": () => "必须是整数",
  min: (p) => (p.inclusive ? `不能小于 ${grouped(p.min, 4)}` : `必须大于 ${grouped(p.min, 4)}`),
  max: (p) => (p.inclusive ? `不能大于 ${grouped(p.max, 4)}` : `必须小于 ${grouped(p.max, 4)}`),
  "min-items": (p) => (p.min === 1 ? "至少要填一项" : `至少要填 ${p.min} 项`),
  "max-items": (p) => `最多填 ${p.max} 项`,
  "min-length": (p) => `至少 ${p.min} 个字符`,
  "max-length": (p) => `最长 ${p.max} 个字符`,
  format: (p) =>
    p.format === "gpu-id"
      ? "应为目录中的 GPU ID，例如 “rtx-4090” 或 “h100-sxm”"
      : p.format === "country-code"
        ? "应为大写的 ISO 3166-1 二位国家代码，例如 “CN”、“US”、“FR”"
        : "格式不正确",
  "one-of": (p) => `必须是${oneOf(p.values)}`,
  "no-task": () => "至少要有一项任务用得上：把其中一项标为“最好有”或更高",
  "any-alone": () => "“any” 表示不限地区，不能和其他地区一起选",
  "no-repeat": (p) => (p.what === "region" ? "地区不能重复" : "部署方式不能重复"),
  invalid: () => "取值无效",
  "query-unknown-key": (p) => `“${p.key}” 不是${oneOf(p.values)}`,
  "query-pair": (p) => `“${p.text}” 的冒号后面要跟一个数字`,
  "query-gpu-count": (p) => `“${p.text}” 不是有效的 GPU 数量`,
  "query-number": (p) => `“${p.text}” 不是数字`,
  "query-bool": (p) => `“${p.text}” 不是 1 或 0`,
  "query-items": (p) => `有 ${p.count} 项，最多 ${p.max} 项`,
  "query-missing": () => "未填写",
  "unknown-gpu": (p) => `“${p.gpu}” 不是目录中的 GPU（GPU ID 见 GET /api/catalog 或 \`cli models --json\`）`,
  more: (p) => `该字段还有 ${p.count} 个问题`,
};

/**
 * What each query parameter expects, in Chinese: the twin of PARAMS' `expected`
 * (lib/share/params.ts), with the glossary's terms. A Record, so a new field fails to compile here.
 */
export const ZH_EXPECTED: Record<AnswerField, string> = {
  tasks: "任务及其重要程度 0-3，例如 t=coding:3,chat:2",
  regions: "允许处理提示词的地区，例如 r=eu,us 或 r=any",
  hosting: "模型的运行方式，例如 h=api,cloud-gpu,own-hardware",
  hardware: "您拥有的 GPU 及其数量，例如 hw=rtx-4090:1",
  budgetUsdPerMonth: "以美元计的每月预算，例如 b=2000",
  budgetIsHardLimit: "1（预算是硬上限）或 0",
  tokensPerMonth: "每月 token 数，例如 tok=300M（可用 k、M、B 后缀）",
  inputShare: "输入 token 所占的比例，在 0 到 1 之间，例如 in=0.75",
  minContextTokens: "所需的上下文长度（token），例如 ctx=8192",
  openWeightsOnly: "1（只要开放权重模型）或 0",
  commercialUse: "1（用于商用）或 0",
  excludedOrigins: "要排除的实验室所在国家代码，例如 ex=CN,US",
  sensitiveTopics: "1（提示词涉及敏感话题）或 0",
  weights: "各评分标准的权重倍数，例如 w=cost:2,quality:1.5",
  concurrentRequests: "并发生成的请求数，例如 conc=4",
  minTokensPerSecond: "每个请求可接受的最低解码速度，例如 tps=20",
  maxTimeToFirstTokenSeconds: "首 token 最长等待秒数，例如 ttft=2",
  promptTokens: "典型的提示词长度（token），例如 pt=4k",
  cachedInputShare: "从提示缓存读取的输入所占比例，在 0 到 1 之间，例如 cache=0.5",
  batchShare: "可以等批处理 API 的 token 所占比例，在 0 到 1 之间，例如 batch=0.3",
  reasoningTokensPerOutputToken: "每个可见输出 token 对应的隐藏推理 token 数，例如 rsn=2",
  excludedOperatorCountries: "要排除的运营方所在国家代码，例如 exop=US",
  currency: "显示货币：USD、EUR 或 CNY，例如 cur=EUR",
  ownHardwareCost: "自有 GPU 的计费方式：electricity（只算电费）或 tco（总拥有成本），例如 ohc=tco",
  gpuPriceUsd: "每张 GPU 的购置价（美元），例如 gpup=1800",
  amortizationMonths: "购置费分摊的月数，例如 amort=36",
  opsHoursPerMonth: "每月的运维工时，例如 opsh=4",
  opsUsdPerHour: "运维的小时费率（美元），例如 opsr=80",
  electricityUsdPerKwh: "电费单价（美元/kWh），例如 kwh=0.25",
};

// The renderer table is typed per code; the kind carries its own params.
const zhKind = (k: IssueKind) => (ZH_ISSUES[k.code] as (p: typeof k.params) => string)(k.params);

function zhIssue(issue: BoundaryIssue): string {
  const core = zhKind(issue.kind);
  if (!issue.query) return core;
  const field = issue.path.split(".")[0] ?? "";
  const e = issue.query.expected && Object.hasOwn(ZH_EXPECTED, field) ? ZH_EXPECTED[field as AnswerField] : "";
  const expected = e ? `；应填${/^[\x21-\x7e]/.test(e) ? " " : ""}${e}` : "";
  return `查询参数 ${issue.query.param}：${core}${expected}`;
}

/** An issue of the one boundary in a locale: the boundary's English, or its kind worded in Chinese. */
export function issueMessage(issue: BoundaryIssue, locale: Locale): string {
  return locale === "zh" ? zhIssue(issue) : issue.message;
}

/** A field's issue as a sentence beside the field (the wizard): "Must be 0 or more." or "不能小于 0。" */
export function fieldSentence(issue: Pick<BoundaryIssue, "message" | "kind">, locale: Locale): string {
  if (locale === "zh") return `${zhKind(issue.kind)}。`;
  return `${issue.message[0]?.toUpperCase() ?? ""}${issue.message.slice(1)}.`;
}
