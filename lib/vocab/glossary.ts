/**
 * Terms a Chinese engineer uses, reviewed one by one (issue 21 item 4). The Chinese vocabulary
 * (zh.ts) uses these and only these for the English terms on the left; a test checks that every
 * Chinese sentence whose English counterpart holds a term holds its entry. Terms in the order a
 * reader meets them.
 */
export type GlossaryEntry = { en: RegExp; zh: string; note?: string };

export const GLOSSARY: readonly GlossaryEntry[] = [
  { en: /\bdata residency\b/i, zh: "数据驻留" },
  { en: /\bopen[- ]weights?\b/i, zh: "开放权重" },
  { en: /\byour own hardware\b/i, zh: "私有化部署", note: "self-hosting on one's own machines; 本地部署 is also heard, 私有化部署 is the procurement term" },
  { en: /\brented GPUs?\b/i, zh: "租用GPU" },
  { en: /\bGPU memory\b/i, zh: "显存" },
  { en: /(?<!long-)\bcontext\b/i, zh: "上下文", note: "the context window, in tokens: 上下文长度; long context: 长上下文" },
  { en: /\bprompt cache\b/i, zh: "提示缓存" },
  { en: /\bbatch API\b/i, zh: "批处理 API" },
  { en: /\bquantized\b/i, zh: "量化" },
  { en: /\bconcurrency\b|\bat the same time\b/i, zh: "并发" },
  { en: /\bfirst token\b/i, zh: "首 token" },
  { en: /\blicence\b/i, zh: "许可证" },
  { en: /\bcommercial use\b/i, zh: "商用" },
  { en: /\boperators?\b/i, zh: "运营方" },
  { en: /\bzero data retention\b/i, zh: "零数据留存" },
  { en: /\bmarketplace\b/i, zh: "算力市场" },
  { en: /\bbudget\b/i, zh: "预算" },
  { en: /\belectricity\b/i, zh: "电费" },
  { en: /\breasoning model\b/i, zh: "推理模型", note: "a model that thinks before it answers; inference itself is 推理 too, the context disambiguates" },
  { en: /\bretired\b/i, zh: "下线" },
  { en: /\bserverless\b/i, zh: "Serverless" },
];
