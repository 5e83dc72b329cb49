import type { Answers } from "../schema/answers";
import type { Catalog } from "../schema/catalog";
import type { Recommendation } from "../schema/recommendation";
import { encodeAnswers } from "../share/query";
import { buildParts } from "./candidates";
import { buildContext } from "./context";
import { rankWith } from "./rank";
import { whatIfs } from "./what-if";

export type RecommendOptions = { now: Date; whatIf?: boolean };

/**
 * Answers + catalog -> the ranked, explained options (DESIGN.md "Recommendation"). Pure and
 * deterministic: `now` is passed in (it dates nothing in the score today, and is kept so that
 * price ageing can use it without changing callers).
 */
export function recommend(answers: Answers, catalog: Catalog, opts: RecommendOptions): Recommendation {
  const ctx = buildContext(catalog);
  const parts = buildParts(answers, ctx);
  const { ranked, excluded } = rankWith(answers, ctx, parts);
  return {
    catalogVersion: catalog.version,
    shareQuery: encodeAnswers(answers),
    ranked,
    excluded,
    whatIf: opts.whatIf === false ? [] : whatIfs(answers, ctx, ranked[0]?.id, parts),
  };
}
