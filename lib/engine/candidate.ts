import type { Hosting } from "../schema/common";
import type { Candidate, ModelFacts } from "./types";

const NO_PROBLEMS: Candidate["problems"] = [];

/**
 * A candidate with every field present, always in this order: every candidate then has one object
 * shape, so the rules and criteria that read thousands of them per call stay fast (V8 inline caches
 * stay monomorphic). Builders fill in the fields their way of running has.
 */
export function newCandidate(id: string, facts: ModelFacts, kind: Hosting, regions: readonly string[], contextTokens: number): Candidate {
  return {
    id,
    facts,
    kind,
    offering: undefined,
    provider: undefined,
    gpu: undefined,
    gpuCount: undefined,
    quant: undefined,
    rental: undefined,
    rentalIndex: undefined,
    regions,
    contextTokens,
    memory: undefined,
    tokensPerSecond: undefined,
    busyHours: undefined,
    costUsd: 0,
    tried: undefined,
    problems: NO_PROBLEMS,
    stub: undefined,
  };
}
