import type { Answers } from "../schema/answers";
import type { Catalog } from "../schema/catalog";
import { issueKind, type BoundaryIssue } from "./issues";

/**
 * What the Answers schema cannot check alone: every GPU a person owns must be in the catalog,
 * so an unknown id is reported on its field on every surface rather than silently ignored.
 */
export function catalogIssues(answers: Answers, catalog: Pick<Catalog, "gpus">): BoundaryIssue[] {
  const known = new Set(catalog.gpus.map((g) => g.id));
  return answers.hardware.flatMap((h, i) =>
    known.has(h.gpu) ? [] : [{ path: `hardware.${i}.gpu`, message: `"${h.gpu}" is not a GPU in the catalog (see GET /api/catalog or \`cli models --json\` for GPU ids)`, kind: issueKind("unknown-gpu", { gpu: h.gpu }) }],
  );
}
