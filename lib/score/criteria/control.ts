import type { TrainingUse } from "../../schema/catalog";
import { anyRegion } from "../../engine/regions";
import { clamp01, type Criterion } from "../types";

/** Control over the data for an API, by whether the provider trains on API data by default. */
export const API_CONTROL: Record<TrainingUse, number> = { no: 0.6, "opt-in": 0.6, "opt-out": 0.4, yes: 0.2, unknown: 0.3 };
/** A zero-data-retention option raises an API's control. */
export const ZDR_BONUS = 0.1;

/** Data control: own hardware keeps every byte; a rented GPU is your own instance; an API depends on its policy. */
export const control: Criterion = {
  id: "control",
  label: "Control over your data",
  // Weighs more when the user restricted where data may go.
  baseWeight: (a) => (anyRegion(a) ? 0.1 : 0.15),
  score: (c) => {
    if (c.kind === "own-hardware") return { value: 1, note: "prompts never leave your premises" };
    if (c.kind === "cloud-gpu") return { value: 0.8, note: "your own instance at a GPU provider; no model vendor sees prompts" };
    const policy = c.provider?.policy;
    const training = policy?.trainingOnApiData ?? "unknown";
    const zdr = policy?.zeroDataRetention !== undefined && !/^no\b/i.test(policy.zeroDataRetention);
    const value = clamp01(API_CONTROL[training] + (zdr ? ZDR_BONUS : 0));
    return { value, note: `training on API data: ${training}${zdr ? "; zero data retention available" : ""}` };
  },
};
