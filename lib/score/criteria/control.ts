import { anyRegion } from "../../engine/regions";
import type { Candidate } from "../../engine/types";
import type { TrainingUse } from "../../schema/catalog";
import { clamp01, criterion, memoised } from "../types";

/** Control over the data for an API, by whether the provider trains on API data by default. */
export const API_CONTROL: Record<TrainingUse, number> = { no: 0.6, "opt-in": 0.6, "opt-out": 0.4, yes: 0.2, unknown: 0.3 };
/** A zero-data-retention option raises an API's control. */
export const ZDR_BONUS = 0.1;
const SELF_HOSTED = { "own-hardware": { value: 1, note: "prompts never leave your premises" }, "cloud-gpu": { value: 0.8, note: "your own instance at a GPU provider; no model vendor sees prompts" } };

function policyOf(c: Candidate) {
  const policy = c.provider?.policy;
  const zdr = policy?.zeroDataRetention !== undefined && !/^no\b/i.test(policy.zeroDataRetention);
  return { training: policy?.trainingOnApiData ?? "unknown", zdr };
}

/** Data control: own hardware keeps every byte; a rented GPU is your own instance; an API depends on its policy. */
export const control = criterion(
  // Weighs more when the user restricted where data may go.
  { id: "control", label: "Control over your data", baseWeight: (a) => (anyRegion(a) ? 0.1 : 0.15) },
  (c) => {
    if (c.kind !== "api") return SELF_HOSTED[c.kind].value;
    const { training, zdr } = policyOf(c);
    return clamp01(API_CONTROL[training] + (zdr ? ZDR_BONUS : 0));
  },
  (c, _a, _v, memo) => {
    if (c.kind !== "api") return SELF_HOSTED[c.kind].note;
    // The same for every offering of a provider.
    return memoised(memo, c.provider, () => {
      const { training, zdr } = policyOf(c);
      return `training on API data: ${training}${zdr ? "; zero data retention available" : ""}`;
    });
  },
);
