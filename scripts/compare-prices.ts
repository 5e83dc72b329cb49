/**
 * Compares the price of every offering in data/providers with the models.dev and LiteLLM
 * snapshots in ../shared/reference (see its README) and prints the differences. A report,
 * not a gate: prices move, so it always exits 0. `npm run -s prices:compare [-- --all]`.
 * models.dev: USD per 1M tokens in `[cost]`. LiteLLM: USD per token (multiplied by 1e6 here).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "smol-toml";
import { ProviderFile, type OfferingEntry } from "../lib/schema/catalog";

const REF = join(import.meta.dirname, "..", "..", "shared", "reference");
const DATA = join(import.meta.dirname, "..", "data", "providers");
const FX = JSON.parse(readFileSync(join(import.meta.dirname, "..", "data", "fx.json"), "utf8")) as Record<string, { usdPer: number }>;
/** USD per unit of an offering's price currency (the snapshots are in USD). */
const usdPer = (currency: string) => (currency === "USD" ? 1 : (FX[currency]?.usdPer ?? Number.NaN));

/** Our provider id -> the snapshot's names for it. */
const PROVIDERS: Record<string, { modelsDev?: string; litellm?: string; modelsDevGlobalOnly?: true; factor?: number }> = {
  openai: { modelsDev: "openai", litellm: "openai" },
  anthropic: { modelsDev: "anthropic", litellm: "anthropic" },
  google: { modelsDev: "google", litellm: "gemini" },
  "google-vertex": { modelsDev: "google-vertex", litellm: "vertex_ai" },
  deepseek: { modelsDev: "deepseek", litellm: "deepseek" },
  "alibaba-intl": { modelsDev: "alibaba", litellm: "dashscope" },
  "alibaba-cn": { modelsDev: "alibaba-cn" },
  moonshot: { modelsDev: "moonshotai", litellm: "moonshot" },
  zai: { modelsDev: "zai", litellm: "zai" },
  mistral: { modelsDev: "mistral", litellm: "mistral" },
  "aws-bedrock": { modelsDev: "amazon-bedrock", litellm: "bedrock" },
  // models.dev lists Azure's Global Standard price only; LiteLLM has the data-zone keys azure/eu|us/.
  azure: { modelsDev: "azure", litellm: "azure", modelsDevGlobalOnly: true },
  together: { modelsDev: "togetherai", litellm: "together_ai" },
  fireworks: { modelsDev: "fireworks-ai", litellm: "fireworks_ai" },
  groq: { modelsDev: "groq", litellm: "groq" },
  deepinfra: { modelsDev: "deepinfra", litellm: "deepinfra" },
  // Both snapshots list Scaleway's EUR figures unconverted; ours are converted at data/fx.json.
  scaleway: { modelsDev: "scaleway", litellm: "scaleway", factor: 1.1177 },
  ovhcloud: { modelsDev: "ovhcloud", litellm: "ovhcloud" },
  nebius: { modelsDev: "nebius", litellm: "nebius" },
  stackit: { modelsDev: "stackit" },
  berget: { modelsDev: "berget" },
};

/**
 * Offerings whose snapshot key is not their apiModelId, or whose price is the snapshot's
 * times a documented factor (regional premiums). Keyed by offering id.
 */
const OVERRIDES: Record<string, { modelsDev?: string; litellm?: string; factor?: number }> = {
  "aws-bedrock/kimi-k2.5@eu": { modelsDev: "-", litellm: "bedrock/eu-north-1/moonshotai.kimi-k2.5" },
  "mistral/mistral-large-3@eu": { factor: 1.1 },
  "mistral/mistral-medium-3@eu": { factor: 1.1 },
  "google-vertex/claude-sonnet-4.5@eu": { factor: 1.1 },
  "google-vertex/claude-haiku-4.5@eu": { factor: 1.1 },
  "google-vertex/claude-opus-4.5@eu": { factor: 1.1 },
};

type Price = { input?: number; output?: number; cached?: number };
type Row = { offering: string; field: keyof Price; ours?: number; modelsDev?: number; litellm?: number };

const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function readToml(path: string): Record<string, unknown> | undefined {
  return existsSync(path) ? parse(readFileSync(path, "utf8")) : undefined;
}

/** A provider's model file, with `[cost]` inherited from `base_model` where it only overrides. */
function modelsDevPrice(dir: string, names: string[]): Price | undefined {
  for (const name of names) {
    const file = readToml(join(REF, "models.dev", "providers", dir, "models", `${name}.toml`));
    if (!file) continue;
    const base = typeof file.base_model === "string" ? readToml(join(REF, "models.dev", "models", `${file.base_model}.toml`)) : undefined;
    const cost = { ...(isRecord(base?.cost) ? base.cost : {}), ...(isRecord(file.cost) ? file.cost : {}) };
    return { input: num(cost.input), output: num(cost.output), cached: num(cost.cache_read) };
  }
  return undefined;
}

type LiteLlm = Record<string, unknown>;
function litellmPrice(map: LiteLlm, provider: string, keys: string[], apiId: string): Price | undefined {
  const perM = (v: unknown) => (typeof v === "number" ? Math.round(v * 1e12) / 1e6 : undefined);
  const last = apiId.split("/").pop()?.toLowerCase() ?? "";
  const byProvider = (k: string) => isRecord(map[k]) && String(map[k].litellm_provider).startsWith(provider);
  // Explicit keys first, then a unique key of the same provider ending in the same model name.
  const suffix = Object.keys(map).filter((k) => byProvider(k) && k.toLowerCase().endsWith(`/${last}`));
  const key = keys.find(byProvider) ?? (suffix.length === 1 ? suffix[0] : undefined);
  const e = key ? map[key] : undefined;
  if (!isRecord(e)) return undefined;
  return { input: perM(e.input_cost_per_token), output: perM(e.output_cost_per_token), cached: perM(e.cache_read_input_token_cost) };
}

/** Snapshot keys to try for an offering: its API id as written, lower-cased, with dots as dashes, and with Azure's "(version)". */
function candidates(o: OfferingEntry): { md: string[]; ll: string[] } {
  const api = o.apiModelId ?? o.model;
  const [name = api, version] = api.replace(")", "").split(" (");
  const md = [...new Set([name, name.toLowerCase(), name.toLowerCase().replace(/\./g, "-")])];
  // LiteLLM names Azure's deployment types in the key: azure/eu/, azure/us/, azure/global/ or azure/global-standard/.
  const zones = o.endpoint === "eu" || o.endpoint === "us" ? [`${o.endpoint}/`] : o.endpoint === "global" ? ["global/", "global-standard/"] : [];
  const azure = version ? [...zones.flatMap((z) => [`azure/${z}${name}-${version}`, `azure/${z}${name}`]), `azure/${name}-${version}`, `azure/${name}`] : [];
  const prefixes = ["", "gemini/", "vertex_ai/", "deepseek/", "dashscope/", "moonshot/", "zai/", "mistral/", "groq/", "together_ai/", "fireworks_ai/", "deepinfra/", "nebius/", "azure/"];
  return { md, ll: [...azure, ...prefixes.map((p) => p + name)] };
}

function compare(): Row[] {
  const map = JSON.parse(readFileSync(join(REF, "litellm", "model_prices_and_context_window.json"), "utf8")) as LiteLlm;
  const rows: Row[] = [];
  for (const file of readdirSync(DATA).filter((f) => f.endsWith(".json")).sort()) {
    const providerId = file.replace(/\.json$/, "");
    const parsed = ProviderFile.safeParse(JSON.parse(readFileSync(join(DATA, file), "utf8")));
    const names = PROVIDERS[providerId];
    if (!parsed.success || !names) {
      console.log(`${file}: ${parsed.success ? "no snapshot mapping in PROVIDERS" : "does not parse (run npm run catalog)"}`);
      continue;
    }
    for (const o of parsed.data.offerings) {
      const id = `${providerId}/${o.model}${o.endpoint ? `@${o.endpoint}` : ""}`;
      const over = OVERRIDES[id] ?? {};
      const keys = candidates(o);
      const f = (over.factor ?? 1) * (names.factor ?? 1);
      const scale = (p?: Price): Price | undefined => p && { input: mul(p.input, f), output: mul(p.output, f), cached: mul(p.cached, f) };
      const zoned = o.endpoint !== undefined && o.endpoint !== "global";
      const md = names.modelsDev && !(names.modelsDevGlobalOnly && zoned) ? scale(modelsDevPrice(names.modelsDev, over.modelsDev ? [over.modelsDev] : keys.md)) : undefined;
      const ll = names.litellm ? scale(litellmPrice(map, names.litellm, over.litellm ? [over.litellm] : keys.ll, o.apiModelId ?? o.model)) : undefined;
      const u = usdPer(o.prices.currency);
      const ours: Price = { input: mul(o.prices.input, u), output: mul(o.prices.output, u), cached: mul(o.prices.cachedInput, u) };
      for (const field of ["input", "output", "cached"] as const) {
        rows.push({ offering: id, field, ours: ours[field], modelsDev: md?.[field], litellm: ll?.[field] });
      }
    }
  }
  return rows;
}

const mul = (v: number | undefined, f: number) => (v === undefined ? undefined : Math.round(v * f * 1e6) / 1e6);
/** Differs by more than half a percent (snapshots round converted prices). */
const differs = (a?: number, b?: number) => a !== undefined && b !== undefined && Math.abs(a - b) > 0.005 * Math.max(a, b, 1e-9);
const cell = (v?: number) => (v === undefined ? "-" : String(v));

if (!existsSync(REF)) {
  console.log(`skipped: ${REF} not found (the price snapshots live outside the repo)`);
  process.exit(0);
}
const rows = compare();
const showAll = process.argv.includes("--all");
const offerings = new Set(rows.map((r) => r.offering));
const unmatched = new Set([...offerings].filter((o) => rows.filter((r) => r.offering === o).every((r) => r.modelsDev === undefined && r.litellm === undefined)));
const diff = rows.filter((r) => showAll || differs(r.ours, r.modelsDev) || differs(r.ours, r.litellm) || (r.ours === undefined && (r.modelsDev ?? r.litellm) !== undefined && r.field !== "cached"));
const width = Math.max(...diff.map((r) => r.offering.length), 8);
console.log(`${"offering".padEnd(width)}  field   ${"ours".padStart(9)} ${"models.dev".padStart(10)} ${"LiteLLM".padStart(9)}`);
for (const r of diff) {
  console.log(`${r.offering.padEnd(width)}  ${r.field.padEnd(6)}  ${cell(r.ours).padStart(9)} ${cell(r.modelsDev).padStart(10)} ${cell(r.litellm).padStart(9)}`);
}
console.log(`\n${offerings.size} offerings compared, ${new Set(diff.map((r) => r.offering)).size} with a difference, ${unmatched.size} with no counterpart in either snapshot (USD per 1M tokens).`);
if (unmatched.size) console.log(`no counterpart: ${[...unmatched].join(", ")}`);
