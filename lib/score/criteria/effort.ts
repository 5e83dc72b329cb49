import type { Hosting } from "../../schema/common";
import { msg } from "../../vocab/messages";
import { clamp01, type Criterion } from "../types";

/** Operational effort by way of running, 1 = least work. An API is a key; GPUs need a serving stack, updates, monitoring. */
export const EFFORT: Record<Hosting, number> = { api: 1, "cloud-gpu": 0.5, "own-hardware": 0.4 };
/** Splitting a model over several GPUs adds setup and failure modes; several replicas add a load balancer. */
export const MULTI_GPU_PENALTY = 0.1;

export const effort: Criterion = {
  id: "effort",
  baseWeight: () => 0.1,
  value: (c) => clamp01(EFFORT[c.kind] - ((c.self?.count ?? 1) > 1 || (c.self?.replicas ?? 1) > 1 ? MULTI_GPU_PENALTY : 0)),
  note: (c) => msg("crit-effort", { kind: c.kind, gpus: (c.self?.count ?? 1) * (c.self?.replicas ?? 1) }),
};
