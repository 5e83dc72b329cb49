import type { Candidate, ModelFacts } from "../core/types";
import type { Hosting } from "../schema/common";

const NO_PROBLEMS: Candidate["problems"] = [];

/**
 * A candidate with every field present, always in this order: every candidate then has one object
 * shape, so the rules and criteria that read thousands of them per call stay fast.
 */
export function newCandidate(id: string, facts: ModelFacts, kind: Hosting, regions: readonly string[], contextTokens: number): Candidate {
  return {
    id,
    facts,
    kind,
    offering: undefined,
    provider: undefined,
    self: undefined,
    regions,
    operatorCountry: undefined,
    operatorName: undefined,
    contextTokens,
    costUsd: 0,
    tokensPerSecond: undefined,
    ttftSeconds: undefined,
    problems: NO_PROBLEMS,
    stub: undefined,
  };
}
