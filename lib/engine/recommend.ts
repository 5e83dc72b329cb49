import type { Answers } from "../schema/answers";
import type { Catalog } from "../schema/catalog";
import type { Recommendation, WhatIf } from "../schema/recommendation";
import { encodeAnswers } from "../share/query";
import { buildParts } from "./candidates";
import { buildContext } from "./context";
import { rankWith } from "./rank";
import { whatIfs } from "./what-if";

export type RecommendOptions = { now: Date; whatIf?: boolean };

/**
 * The ranking now and the what-ifs on demand, from one indexed catalog and one set of built
 * candidates: for a page that shows the ranking first and streams the what-ifs after it.
 * `recommendation.whatIf` is empty; `whatIfs()` computes them (once) when called.
 */
export function recommendParts(answers: Answers, catalog: Catalog, _opts: RecommendOptions): { recommendation: Recommendation; whatIfs: () => WhatIf[] } {
  const ctx = buildContext(catalog);
  const parts = buildParts(answers, ctx);
  const { ranked, excluded } = rankWith(answers, ctx, parts);
  const topId = ranked[0]?.id;
  let memo: WhatIf[] | undefined;
  return {
    recommendation: { catalogVersion: catalog.version, shareQuery: encodeAnswers(answers), ranked, excluded, whatIf: [] },
    whatIfs: () => (memo ??= whatIfs(answers, ctx, topId, parts)),
  };
}

/**
 * Answers + catalog -> the ranked, explained options (DESIGN.md "Recommendation"). Pure and
 * deterministic: `now` is passed in (it dates nothing in the score today, and is kept so that
 * price ageing can use it without changing callers).
 */
export function recommend(answers: Answers, catalog: Catalog, opts: RecommendOptions): Recommendation {
  const { recommendation, whatIfs: later } = recommendParts(answers, catalog, opts);
  if (opts.whatIf !== false) recommendation.whatIf = later();
  return recommendation;
}
