import { describeAnswers } from "@/lib/describe/answers";
import { groupExclusions } from "@/lib/describe/reasons";
import { drawAnswers } from "./answers-section";
import { collectSources } from "./collect-sources";
import { drawCover } from "./cover";
import { drawFooters } from "./footer";
import { drawMethodology } from "./methodology";
import type { Pager } from "./pager";
import { drawShareBox } from "./share-box";
import { drawShortlist } from "./shortlist";
import { drawSources } from "./sources-section";
import { drawTopOptions } from "./top-options";
import { TOP_N, type MemoInput } from "./types";
import { drawWhatIf } from "./what-if";
import { drawWhyNot } from "./why-not";

/**
 * The decision memo: conclusion and requirements first (what a manager reads), then the
 * ranked options with their scores explained, what was ruled out and why, what would change
 * the answer, how it was decided, and the sources of every figure shown.
 */
export function drawMemo(p: Pager, { answers, recommendation, catalog, date, shareUrl, origin }: MemoInput): void {
  const top = recommendation.ranked.slice(0, TOP_N);
  const gpuNames = new Map(catalog.gpus.map((g) => [g.id, g.name]));
  const released = new Map(catalog.models.map((m) => [m.id, m.releaseDate]));
  const newestFirst = (a: string, b: string) => (released.get(b) ?? "").localeCompare(released.get(a) ?? "");
  const version = recommendation.catalogVersion;

  drawCover(p, { date, version, top: top[0], count: recommendation.ranked.length });
  drawShortlist(p, top);
  drawAnswers(p, describeAnswers(answers, gpuNames));
  drawShareBox(p, shareUrl);
  drawTopOptions(p, top, recommendation.ranked.length);
  drawWhyNot(p, groupExclusions(recommendation.excluded, { modelOrder: newestFirst }));
  drawWhatIf(p, recommendation.whatIf, origin);
  drawMethodology(p, origin);
  drawSources(p, collectSources(top, catalog));
  drawFooters(p, { date, version });
}
