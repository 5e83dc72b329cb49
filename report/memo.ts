import type { Memo } from "./context";
import { drawAnswers } from "./sections/answers-section";
import { drawCover } from "./sections/cover";
import { drawFooters } from "./sections/footer";
import { drawLeftOut } from "./sections/left-out";
import { drawMethodology } from "./sections/methodology";
import { drawOptions } from "./sections/options";
import { drawShareBox } from "./sections/share-box";
import { drawShortlist } from "./sections/shortlist";
import { drawSources } from "./sections/sources";
import { drawWhatIf } from "./sections/what-if";

/**
 * The decision memo: conclusion and requirements first (what a manager reads), then the top
 * options with their scores, quality, cost and residency evidence, what was left out and why, what
 * would change the answer, how it was decided, and the sources of every figure shown.
 */
export function drawMemo(m: Memo): void {
  drawCover(m);
  drawShortlist(m);
  drawAnswers(m);
  drawShareBox(m);
  drawOptions(m);
  drawLeftOut(m);
  drawWhatIf(m);
  drawMethodology(m);
  drawSources(m);
  drawFooters(m);
}
