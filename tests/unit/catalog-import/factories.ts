import { join } from "node:path";
import { ModelOverlay, ProviderOverlay } from "../../../scripts/catalog/overlay-schema";
import { parseLitellm } from "../../../scripts/catalog/read-litellm";
import { readModelsDev } from "../../../scripts/catalog/read-models-dev";
import { emptyOverlays, type Overlays } from "../../../scripts/catalog/read-overlays";
import { DEFAULT_SNAPSHOT } from "../../../scripts/catalog/snapshot";
import litellmJson from "../../fixtures/litellm.json";

export const FIXTURE_TREE = join(import.meta.dirname, "..", "..", "fixtures", "models-dev");
export const TODAY = "2026-12-02";
export const SNAPSHOT = DEFAULT_SNAPSHOT;

export const tree = () => readModelsDev(FIXTURE_TREE);
export const litellm = (json: unknown = litellmJson) => parseLitellm(json, "tests/fixtures/litellm.json").rows;

const cited = { source: "https://example.org/provider/terms", asOf: "2026-11-28" };

export function makeProvider(overrides: Partial<ProviderOverlay> = {}): ProviderOverlay {
  return ProviderOverlay.parse({
    name: "Test provider",
    url: "https://example.org/",
    processing: "Where prompts are processed, in words.",
    operator: { name: "Test provider", country: "US", ...cited },
    upstream: { modelsDev: [], litellm: [] },
    endpoints: [{ match: ".*", regions: ["us", "eu", "other"], scope: "global", ...cited }],
    ...cited,
    ...overrides,
  });
}

export const makeModel = (overrides: Partial<ModelOverlay> = {}): ModelOverlay => ModelOverlay.parse({ lab: "openai", ...overrides });

/** Overlays for the fixture tree: a handful of releases, the labs, and the given providers. */
export function makeOverlays(providers: Record<string, ProviderOverlay>, models: Record<string, Partial<ModelOverlay>> = {}): Overlays {
  const o = emptyOverlays();
  const base: Record<string, Partial<ModelOverlay>> = {
    "gpt-5": { lab: "openai", modelsDev: "openai/gpt-5", name: "GPT-5", upstreamKeys: ["gpt-5-2025-08-07"] },
    "gpt-5.4": { lab: "openai", modelsDev: "openai/gpt-5.4", name: "GPT-5.4" },
    "claude-opus-4.6": { lab: "anthropic", modelsDev: "anthropic/claude-opus-4-6", name: "Claude Opus 4.6" },
    "claude-sonnet-4": { lab: "anthropic", name: "Claude Sonnet 4", upstreamKeys: ["claude-sonnet-4-20250514", "claude-sonnet-4-0"] },
    "gemini-2.5-pro": { lab: "google", modelsDev: "google/gemini-2.5-pro", name: "Gemini 2.5 Pro" },
    "gemini-3-pro": { lab: "google", name: "Gemini 3 Pro Preview", upstreamKeys: ["gemini-3-pro-preview"] },
    "deepseek-r1": { lab: "deepseek", name: "DeepSeek-R1" },
    "glm-4.7": { lab: "zhipu", name: "GLM-4.7" },
    "qwen3-max": { lab: "alibaba", modelsDev: "alibaba/qwen3-max", name: "Qwen3 Max" },
    "gpt-oss-120b": { lab: "openai", name: "gpt-oss-120b" },
  };
  for (const [id, m] of Object.entries({ ...base, ...models })) o.models.set(id, makeModel(m));
  for (const [lab, origin] of [["openai", "US"], ["anthropic", "US"], ["google", "US"], ["deepseek", "CN"], ["zhipu", "CN"], ["alibaba", "CN"]] as const) {
    o.labs.set(lab, { name: lab, origin, source: `https://example.org/${lab}`, asOf: "2026-11-28" });
  }
  for (const [id, p] of Object.entries(providers)) o.providers.set(id, p);
  return o;
}
