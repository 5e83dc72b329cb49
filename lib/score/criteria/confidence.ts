import type { Candidate } from "../../core/types";
import { msg } from "../../vocab/messages";
import type { Criterion } from "../types";

/** Unverified figures behind an option: its model's, its offering's or provider's, and its GPU's and rental's. */
export function unverifiedCount(c: Candidate): number {
  const gpu = c.self?.gpu;
  const rentalIndex = c.self?.rental?.index ?? -1;
  const gpuCount = gpu ? gpu.unverified.filter((u) => !/^rentals\[(\d+)\]/.test(u.field) || u.field.startsWith(`rentals[${rentalIndex}]`)).length : 0;
  return c.facts.unverified + (c.offering?.unverified.length ?? 0) + (c.provider?.unverified.length ?? 0) + gpuCount + (c.self?.rental?.cloud.unverified.length ?? 0);
}

/**
 * Data confidence: the figures an option rests on that could not be verified. Quality coverage is
 * not counted here: it is counted once, in the quality interval (issue 16).
 */
export const confidence: Criterion = {
  id: "confidence",
  baseWeight: () => 0.05,
  value: (c) => 1 / (1 + unverifiedCount(c)),
  note: (c) => msg("crit-confidence", { unverified: unverifiedCount(c) }),
};
