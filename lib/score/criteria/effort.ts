import type { Hosting } from "../../schema/common";
import { clamp01, type Criterion } from "../types";

/** Operational effort by way of running, 1 = least work. An API is a key; GPUs need a serving stack, updates, monitoring. */
export const EFFORT: Record<Hosting, { value: number; note: string }> = {
  api: { value: 1, note: "an API key: nothing to operate" },
  "cloud-gpu": { value: 0.5, note: "rented GPUs: you run the serving stack" },
  "own-hardware": { value: 0.4, note: "your hardware: you run the machine and the serving stack" },
};
/** Splitting a model over several GPUs (tensor parallelism) adds setup and failure modes. */
export const MULTI_GPU_PENALTY = 0.1;

export const effort: Criterion = {
  id: "effort",
  label: "Operational effort",
  baseWeight: () => 0.1,
  score: (c) => {
    const base = EFFORT[c.kind];
    const multi = (c.gpuCount ?? 1) > 1;
    return { value: clamp01(base.value - (multi ? MULTI_GPU_PENALTY : 0)), note: `${base.note}${multi ? `, split over ${c.gpuCount} GPUs` : ""}` };
  },
};
