import type { Architecture, Model } from "../schema/catalog";
import type { Quantization } from "../schema/common";

/**
 * What the physics needs of a model, in one flat shape: parameter counts split into the parts
 * that are stored and read differently (input embedding, output head, routed experts, the rest),
 * and the attention layout that sets the KV cache. Built from a catalog model, or from the facts
 * a measurement row carries for a model outside the catalog.
 */
export type PhysModel = {
  id: string;
  /** All parameters, as the card states them. */
  totalParams: number;
  /** Parameters each token passes through (the card's "active"); equals total for a dense model. */
  activeParams: number;
  layers: number;
  arch?: Architecture;
  /** Input embedding table: one row read per token, so never part of the bytes read per step. */
  embedParams: number;
  /** Output head (lm_head); 0 when tied to the embedding. */
  headParams: number;
  /** Routed expert parameters over all layers (0 for a dense model). */
  expertParams: number;
  experts: number;
  expertsPerToken: number;
  /** The expert counts are DEFAULT_EXPERTS', not the card's: the split of bytes by format is then an estimate. */
  expertsAssumed?: true;
  nativeFormat?: Quantization;
};

/**
 * Routed experts of a Mixture of Experts from the card's totals: each token reads k of E experts,
 * so total - active = (E - k) x one expert's parameters (over all layers). Cards count the input
 * embedding in the total but not in the active parameters (gpt-oss: 20.91 B total, 3.61 B active,
 * 19.12 B in experts), so it is taken out first where the vocabulary and width are known.
 */
export function expertParamsOf(total: number, active: number, experts: number, perToken: number, embed: number): number {
  if (experts <= perToken) return 0;
  const slot = Math.max(0, total - active - embed) / (experts - perToken);
  return Math.min(total, slot * experts);
}

/**
 * A Mixture of Experts whose expert counts the catalog lacks (its active parameters are fewer
 * than its total) is sized as routing 8 of 256 experts, DeepSeek-V3's layout: what its decode
 * reads at one request is its active parameters either way; the counts set only how fast a
 * batch touches the rest.
 */
export const DEFAULT_EXPERTS = { experts: 256, perToken: 8 } as const;

/** A catalog model's physics, or undefined without parameter counts and an architecture. */
export function physModel(m: Pick<Model, "id" | "params" | "architecture" | "nativeFormat">): PhysModel | undefined {
  const a = m.architecture;
  if (!m.params || !a) return undefined;
  const total = m.params.totalB * 1e9;
  const active = m.params.activeB * 1e9;
  const embed = a.vocabSize !== undefined && a.hiddenSize !== undefined ? a.vocabSize * a.hiddenSize : 0;
  const head = a.tiedEmbeddings ? 0 : embed;
  const moeShaped = a.experts === undefined && m.params.activeB < m.params.totalB * 0.9;
  const E = a.experts ?? (moeShaped ? DEFAULT_EXPERTS.experts : 0);
  const k = a.expertsPerToken ?? (moeShaped ? DEFAULT_EXPERTS.perToken : 0);
  return {
    id: m.id,
    totalParams: total,
    activeParams: active,
    layers: a.layers,
    arch: a,
    embedParams: embed,
    headParams: head,
    expertParams: E > 0 ? expertParamsOf(total, active, E, k, embed) : 0,
    experts: E,
    expertsPerToken: k,
    ...(moeShaped ? { expertsAssumed: true as const } : {}),
    ...(m.nativeFormat ? { nativeFormat: m.nativeFormat.format } : {}),
  };
}
