import type { ModelOverlay } from "./overlay-schema";
import { ImportError } from "./snapshot";

/**
 * Which release an upstream key names. Provider keys spell one release many ways
 * ("eu.anthropic.claude-opus-4-6-v1", "claude-opus-4-6@default", "Qwen/Qwen3-32B"): the key is
 * reduced to a comparable form, then looked up among each release's id, aliases, models.dev
 * file name and `upstreamKeys`. An upstream key written "folder:key" applies to that models.dev
 * folder or LiteLLM provider only (e.g. "amazon-bedrock:v3", Bedrock's name for DeepSeek-V3.1).
 */
export function normKey(key: string): string {
  let s = (key.split("/").pop() ?? key).toLowerCase();
  // Bedrock: "<geo>.<vendor>.<model>-v1:0"; the version suffix is part of the id only there.
  const bedrockStyle = /^((global|us|eu|apac|au|jp)\.)?[a-z]+\./.test(s);
  s = s.replace(/^(global|us|eu|apac|au|jp)\./, "");
  s = s.replace(/^(anthropic|deepseek|meta|mistral|moonshot|moonshotai|minimax|openai|qwen|zai|google|nvidia|xai|cohere|writer|amazon)\./, "");
  if (bedrockStyle) s = s.replace(/-v\d+(:\d+)?$/, "");
  s = s.replace(/:\d+$/, "").replace(/@.*$/, "").replace(/-maas$/, "");
  // Fireworks writes the version dot as "p" ("kimi-k2p6", "qwen2p5-72b-instruct").
  return s.replace(/[._]/g, "-").replace(/(\d)p(\d)/g, "$1-$2");
}

const DATED = /-(20\d\d-?\d\d-?\d\d)$/;

export type ReleaseIndex = {
  /** Release id by model.dev lab key ("openai/gpt-5"). */
  byBase: Map<string, string>;
  byKey: Map<string, string>;
  /** "folder:key" entries. */
  qualified: Map<string, string>;
  /** Releases named by a dated checkpoint: another date is another release, never this one. */
  dated: Set<string>;
};

export function buildReleaseIndex(overlays: ReadonlyMap<string, ModelOverlay>): ReleaseIndex {
  const index: ReleaseIndex = { byBase: new Map(), byKey: new Map(), qualified: new Map(), dated: new Set() };
  const add = (map: Map<string, string>, key: string, id: string, field: string) => {
    const other = map.get(key);
    if (other !== undefined && other !== id) {
      throw new ImportError(`data/overlays/models/${id}.json`, field, `"${key}" already names release ${other}`);
    }
    map.set(key, id);
  };
  for (const [id, o] of [...overlays].sort(([a], [b]) => (a < b ? -1 : 1))) {
    add(index.byKey, normKey(id), id, "(file name)");
    o.aliases?.forEach((a, i) => add(index.byKey, normKey(a), id, `aliases[${i}]`));
    if (DATED.test(normKey(id)) || (o.modelsDev && DATED.test(normKey(o.modelsDev)))) index.dated.add(id);
    if (o.modelsDev) {
      add(index.byBase, o.modelsDev, id, "modelsDev");
      add(index.byKey, normKey(o.modelsDev), id, "modelsDev");
    }
    o.upstreamKeys.forEach((k, i) => {
      const q = /^([a-z0-9_-]+):(.+)$/.exec(k);
      if (q && !/^\d+$/.test(q[2] ?? "")) add(index.qualified, k, id, `upstreamKeys[${i}]`);
      else add(index.byKey, normKey(k), id, `upstreamKeys[${i}]`);
    });
  }
  return index;
}

/** The release an upstream row names, or undefined when it names none of the catalog's. */
export function matchRelease(index: ReleaseIndex, source: string, key: string, base?: string): string | undefined {
  const n = normKey(key);
  const hit =
    index.qualified.get(`${source}:${key}`) ??
    index.qualified.get(`${source}:${n}`) ??
    index.byKey.get(n) ??
    (base !== undefined ? index.byBase.get(base) : undefined);
  if (hit !== undefined) return hit;
  // A dated key is the undated release, unless that date has a release of its own (matched above).
  const undated = n.replace(DATED, "");
  const target = undated !== n ? index.byKey.get(undated) : undefined;
  return target !== undefined && !index.dated.has(target) ? target : undefined;
}
