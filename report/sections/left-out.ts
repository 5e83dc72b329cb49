import type { Excluded } from "../../lib/schema/recommendation";
import { deploymentText, REASON_CODES, type ReasonCode } from "../../lib/vocab";
import type { Memo } from "../context";
import { listBlock } from "../pdf/list";
import type { Block } from "../pdf/pager";
import { COLOR, STYLE, like } from "../pdf/styles";
import { run, shortName } from "../pdf/text-layout";
import { section } from "./section-head";

/** Examples shown per reason; the count says how many there are in all. */
const EXAMPLES = 3;
const HEAD = like(STYLE.h3, { size: 9.5 });
const ITEM = like(STYLE.small, { color: COLOR.muted });
const NAME = like(STYLE.smallBold, { color: COLOR.soft });
const CODES = new Set<string>(REASON_CODES);
const isReason = (code: string): code is ReasonCode => CODES.has(code);

function example(m: Memo, e: Excluded, code: string): { marker: string; runs: ReturnType<typeof run>[] } {
  const reason = e.reasons.find((r) => r.code === code) ?? e.reasons[0];
  // The deployment is named unless the reason already names its provider (it would read twice).
  const provider = e.deployment?.providerName;
  const how = e.deployment && !(provider && reason?.message.includes(provider)) ? ` (${deploymentText(e.deployment, m.W)})` : "";
  return { marker: "–", runs: [run(`${shortName(e.modelName ?? e.modelId)}${how}: `, NAME), run(reason?.message ?? "", ITEM)] };
}

/**
 * What was left out, from the exclusion summary: every reason with its count and the engine's
 * sentence, in the engine's order (most relevant to the answers first), with a few examples each.
 */
export function drawLeftOut(m: Memo): void {
  const { p, S, W, rec } = m;
  const blocks: Block[] = rec.excludedSummary.map((s, i) => {
    const heading = isReason(s.code) ? W.tables.reason[s.code].heading : s.code;
    const examples = rec.excluded.filter((e) => e.reasons.some((r) => r.code === s.code)).slice(0, EXAMPLES);
    const more = s.count - examples.length;
    const parts: Block[] = [
      p.para([run(`${heading} (${s.count})`, HEAD)], { tag: "H3" }),
      p.para([run(s.message, STYLE.body)], { before: 1 }),
      ...(examples.length > 0 ? [listBlock(p, examples.map((e) => example(m, e, s.code)), { indent: 10, markerStyle: ITEM, gap: 1, before: 3 })] : []),
      ...(more > 0 && examples.length > 0 ? [p.para([run(S.leftOut.more(more), ITEM)], { before: 2 })] : []),
    ];
    return p.stack(parts, { tag: "Div", before: i === 0 ? 8 : 10 });
  });
  section(m, S.leftOut.head, blocks.length > 0 ? blocks : [p.para([run(S.leftOut.none, STYLE.body)])], { intro: S.leftOut.intro });
}
