import type { Candidate } from "../../engine/types";
import { criterion } from "../types";

/**
 * Only when the user says prompts touch politically sensitive topics: models with documented
 * restrictions (data/models/*.json contentNotes, each sourced) score lower; a hosted API applies its
 * service's filters on top of the trained-in behaviour, self-hosting keeps only the latter.
 */
export const SENSITIVITY = {
  none: { value: 1, note: "no documented restriction on sensitive topics in the catalog" },
  documentedApi: { value: 0.2, note: "documented restrictions; the hosted service may filter further" },
  documentedSelfHosted: { value: 0.5, note: "documented trained-in restrictions; no service-side filter when self-hosted" },
} as const;

const band = (c: Candidate) =>
  c.facts.model.contentNotes.length === 0 ? SENSITIVITY.none : c.kind === "api" ? SENSITIVITY.documentedApi : SENSITIVITY.documentedSelfHosted;

export const sensitivity = criterion(
  { id: "sensitivity", label: "Sensitive topics", baseWeight: (a) => (a.sensitiveTopics ? 0.1 : 0) },
  (c) => band(c).value,
  (c) => band(c).note,
);
