import type { Currency } from "../../lib/schema/common";

/**
 * Facts about the snapshots themselves, by models.dev folder: the currency its `[cost]` figures
 * are in, folders that are copies of another and no price evidence, and the provider's own price
 * page (cited as `upstream`, never as the source of a figure read from the snapshot).
 */

/** models.dev `[cost]` is USD per 1M tokens, except where the provider publishes another currency unconverted. */
export const CURRENCY: Readonly<Record<string, Currency>> = {
  // Scaleway's FAQ prices llama-3.3-70b-instruct at 0.90 EUR, the figure models.dev lists.
  scaleway: "EUR",
  ovhcloud: "EUR",
  stackit: "EUR",
  berget: "EUR",
};

/** Notes an offering carries because of how its folder's figures were published. */
export const CURRENCY_NOTE: Readonly<Record<string, string>> = {
  "alibaba-cn": "Published in CNY; the figure is models.dev's USD conversion at a rate it does not state.",
  ovhcloud: "models.dev gives no currency; OVHcloud publishes EUR prices, so the figure is read as EUR.",
  stackit: "models.dev gives no currency; STACKIT publishes EUR prices, so the figure is read as EUR.",
  berget: "models.dev gives no currency; Berget publishes EUR prices, so the figure is read as EUR.",
  scaleway: "Published in EUR; models.dev lists the EUR figures unconverted.",
};

/**
 * Folders that copy another folder's files (shared/reference/README: "largely copies of the
 * international files"): not price evidence for the China platforms, so never imported.
 */
export const MIRROR_OF: Readonly<Record<string, string>> = {
  "moonshotai-cn": "moonshotai",
  zhipuai: "zai",
  "siliconflow-cn": "siliconflow",
  "minimax-cn": "minimax",
  "minimax-cn-coding-plan": "minimax-coding-plan",
  "azure-cognitive-services": "azure",
};

/** The provider's price page, where provider.toml's `doc` is a model list instead. */
export const PRICE_PAGE: Readonly<Record<string, string>> = {
  openai: "https://openai.com/api/pricing/",
  anthropic: "https://docs.anthropic.com/en/docs/about-claude/pricing",
  google: "https://ai.google.dev/gemini-api/docs/pricing",
  "google-vertex": "https://cloud.google.com/vertex-ai/generative-ai/pricing",
  "google-vertex-anthropic": "https://cloud.google.com/vertex-ai/generative-ai/pricing",
  "amazon-bedrock": "https://aws.amazon.com/bedrock/pricing/",
  azure: "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
  mistral: "https://mistral.ai/pricing#api-pricing",
  deepseek: "https://api-docs.deepseek.com/quick_start/pricing",
  alibaba: "https://www.alibabacloud.com/help/en/model-studio/models",
  "alibaba-cn": "https://help.aliyun.com/zh/model-studio/models",
  moonshotai: "https://platform.moonshot.ai/docs/pricing/chat",
  zai: "https://docs.z.ai/guides/overview/pricing",
  groq: "https://groq.com/pricing",
  togetherai: "https://www.together.ai/pricing",
  "fireworks-ai": "https://fireworks.ai/pricing",
  deepinfra: "https://deepinfra.com/pricing",
  scaleway: "https://www.scaleway.com/en/pricing/model-as-a-service/#generative-apis",
  ovhcloud: "https://www.ovhcloud.com/en/public-cloud/ai-endpoints/catalog/",
};

/** Folders whose Gemini cache is billed by storage time, not by a write premium. */
export const CACHE_BY_STORAGE: ReadonlySet<string> = new Set(["google", "google-vertex"]);

/** LiteLLM keys start with a provider prefix ("azure/", "vertex_ai/"): removed before matching. */
export function stripLitellmPrefix(key: string, provider: string): string {
  const family = provider.split(/[-]/)[0] ?? provider;
  const candidates = [provider, family, family.replace(/_converse$/, ""), family.replace(/_chat$/, "")];
  for (const p of candidates) if (key.startsWith(`${p}/`)) return key.slice(p.length + 1);
  return key;
}

/** LiteLLM modes that are text generation (not embeddings, images, audio, rerank). */
export const CHAT_MODES: ReadonlySet<string> = new Set(["chat", "responses", "completion"]);
