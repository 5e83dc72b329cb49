import type { Answers } from "../schema/answers";
import type { Catalog } from "../schema/catalog";

export type AnswerIssue = { path: string; message: string };

/**
 * What the Answers schema cannot check alone: every GPU a person owns must be in the catalog,
 * so an unknown id is reported on its field (API 422, CLI exit 2) rather than tripping the engine.
 */
export function catalogIssues(answers: Answers, catalog: Catalog): AnswerIssue[] {
  const known = new Set(catalog.gpus.map((g) => g.id));
  return answers.hardware.flatMap((h, i) =>
    known.has(h.gpu) ? [] : [{ path: `hardware[${i}].gpu`, message: `"${h.gpu}" is not a GPU id in the catalog (see GET /api/catalog or \`cli models --json\`)` }],
  );
}
