import type { Hosting } from "../../schema/common";
import { clamp01, criterion } from "../types";

/** Operational effort by way of running, 1 = least work. An API is a key; GPUs need a serving stack, updates, monitoring. */
export const EFFORT: Record<Hosting, { value: number; note: string }> = {
  api: { value: 1, note: "an API key: nothing to operate" },
  "cloud-gpu": { value: 0.5, note: "rented GPUs: you run the serving stack" },
  "own-hardware": { value: 0.4, note: "your hardware: you run the machine and the serving stack" },
};
/** Splitting a model over several GPUs (tensor parallelism) adds setup and failure modes. */
export const MULTI_GPU_PENALTY = 0.1;

export const effort = criterion(
  { id: "effort", label: "Operational effort", baseWeight: () => 0.1 },
  (c) => clamp01(EFFORT[c.kind].value - ((c.gpuCount ?? 1) > 1 ? MULTI_GPU_PENALTY : 0)),
  (c) => ((c.gpuCount ?? 1) > 1 ? `${EFFORT[c.kind].note}, split over ${c.gpuCount} GPUs` : EFFORT[c.kind].note),
);
