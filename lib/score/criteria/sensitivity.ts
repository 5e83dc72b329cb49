import type { Criterion } from "../types";

/**
 * Only when the user says prompts touch politically sensitive topics: models with documented
 * restrictions (data/models/*.json contentNotes, each sourced) score lower; a hosted API applies its
 * service's filters on top of the trained-in behaviour, self-hosting keeps only the latter.
 */
export const SENSITIVITY = { documentedApi: 0.2, documentedSelfHosted: 0.5, none: 1 } as const;

export const sensitivity: Criterion = {
  id: "sensitivity",
  label: "Sensitive topics",
  baseWeight: (a) => (a.sensitiveTopics ? 0.1 : 0),
  score: (c) => {
    const notes = c.facts.model.contentNotes.length;
    if (notes === 0) return { value: SENSITIVITY.none, note: "no documented restriction on sensitive topics in the catalog" };
    if (c.kind === "api") return { value: SENSITIVITY.documentedApi, note: "documented restrictions; the hosted service may filter further" };
    return { value: SENSITIVITY.documentedSelfHosted, note: "documented trained-in restrictions; no service-side filter when self-hosted" };
  },
};
