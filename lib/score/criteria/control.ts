import type { Candidate } from "../../core/types";
import type { TrainingUse } from "../../schema/catalog";
import { anyRegion } from "../../core/regions";
import { msg } from "../../vocab/messages";
import { clamp01, type Criterion } from "../types";

/** Control over the data for an API, by whether the provider trains on API data by default. */
export const API_CONTROL: Record<TrainingUse, number> = { no: 0.6, "opt-in": 0.6, "opt-out": 0.4, yes: 0.2, unknown: 0.3 };
/** A zero-data-retention option raises an API's control. */
export const ZDR_BONUS = 0.1;
/** Own hardware keeps every byte; a rented GPU is your own instance (a marketplace host less so). */
export const SELF_CONTROL = { "own-hardware": 1, "cloud-gpu": 0.8, marketplace: 0.5 } as const;

function policyOf(c: Candidate) {
  const p = c.provider?.dataPolicy;
  return { training: p?.trainsOnPrompts ?? "unknown", zdr: p !== undefined && (p.zeroRetention === "default" || p.zeroRetention === "available") };
}

export const control: Criterion = {
  id: "control",
  // Weighs more when the user restricted where data may go.
  baseWeight: (a) => (anyRegion(a) ? 0.1 : 0.15),
  value: (c) => {
    if (c.kind === "own-hardware") return SELF_CONTROL["own-hardware"];
    if (c.kind === "cloud-gpu") return c.self?.rental?.marketplace ? SELF_CONTROL.marketplace : SELF_CONTROL["cloud-gpu"];
    const { training, zdr } = policyOf(c);
    return clamp01(API_CONTROL[training] + (zdr ? ZDR_BONUS : 0));
  },
  note: (c) => {
    if (c.kind !== "api") return msg("crit-control", { kind: c.kind });
    const { training, zdr } = policyOf(c);
    return msg("crit-control", { kind: c.kind, training, zdr });
  },
};
