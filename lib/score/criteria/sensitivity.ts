import type { Candidate } from "../../core/types";
import { msg } from "../../vocab/messages";
import type { Criterion } from "../types";

/**
 * Only when the user says prompts touch politically sensitive topics: models with documented
 * restrictions (data/models/*.json contentNotes, each sourced) score lower; a hosted API applies
 * its service's filters on top of the trained-in behaviour, self-hosting keeps only the latter.
 */
export const SENSITIVITY = { none: 1, api: 0.2, self: 0.5 } as const;

const band = (c: Candidate): keyof typeof SENSITIVITY => (c.facts.model.contentNotes.length === 0 ? "none" : c.kind === "api" ? "api" : "self");

export const sensitivity: Criterion = {
  id: "sensitivity",
  baseWeight: (a) => (a.sensitiveTopics ? 0.1 : 0),
  value: (c) => SENSITIVITY[band(c)],
  note: (c) => msg("crit-sensitivity", { band: band(c) }),
};
