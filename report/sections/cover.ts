import { deploymentText, format } from "../../lib/vocab";
import { score, type Memo } from "../context";
import { COLOR, STYLE, like } from "../pdf/styles";
import { run, shortName, type Run } from "../pdf/text-layout";

const PAD = 12;

/** The currency line: only when amounts are not in US dollars, with the dated rate they were converted at. */
function currencyNote(m: Memo): string | undefined {
  const cur = m.answers.currency;
  const fx = cur === "USD" ? undefined : m.catalog.fx?.[cur];
  if (cur === "USD" || !fx) return undefined;
  return m.S.currencyNote(m.W.currencyName(cur), `1 ${cur} = $${format.grouped(fx.usdPer, 4)}`, fx.asOf);
}

/** The head of the memo and its conclusion, first: what to pick, what it costs, and whether others tie with it. */
export function drawCover(m: Memo): void {
  const { p, S, W, rec } = m;
  const top = m.top[0];
  const note = currencyNote(m);
  p.put(
    p.stack([
      p.para([run(S.brand, STYLE.brand)]),
      p.para([run(S.title, STYLE.title)], { tag: "H1", before: 6 }),
      p.para([run(S.subtitle, STYLE.subtitle)], { before: 3 }),
      p.para([run(S.prepared(m.date, rec.catalogVersion, rec.total), STYLE.meta)], { before: 8 }),
      ...(note ? [p.para([run(note, STYLE.meta)], { before: 2 })] : []),
    ]),
  );
  const inner = p.width - 2 * PAD;
  const ties = m.top.slice(1).filter((o) => o.tiedWithTop).length;
  const blocks: { runs: Run[]; before: number; tag: string }[] = top
    ? [
        { runs: [run(S.recommendation, STYLE.label)], before: 0, tag: "P" },
        { runs: [run(shortName(top.modelName), like(STYLE.h3, { size: 14, leading: 1.3 }))], before: 3, tag: "P" },
        { runs: [run(deploymentText(top.deployment, W), STYLE.body)], before: 2, tag: "P" },
        { runs: [run(`${S.scoreLine(score(top.score), score(top.scoreLow), score(top.scoreHigh))} · ${S.perMonth(W.money(top.monthlyCostUsd))}`, STYLE.bodyBold)], before: 2, tag: "P" },
        ...(ties > 0 ? [{ runs: [run(S.tiedCount(ties), like(STYLE.small, { color: COLOR.soft }))], before: 4, tag: "P" }] : []),
        ...(top.whyHere ? [{ runs: [run(top.whyHere, like(STYLE.small, { color: COLOR.soft }))], before: 4, tag: "P" }] : []),
      ]
    : [{ runs: [run(S.noOption, STYLE.body)], before: 0, tag: "P" }];
  const laid = blocks.map((b) => ({ ...p.para(b.runs, { x: p.left + PAD, width: inner, tag: b.tag }), before: b.before }));
  const height = laid.reduce((h, b) => h + b.before + b.height, 0) + 2 * PAD;
  p.put({
    height,
    before: 16,
    draw: (y0) => {
      p.rect(p.left, y0, p.width, height, COLOR.accentSoft, 3);
      let y = y0 + PAD;
      p.tags.group("Div", () => {
        for (const b of laid) {
          y += b.before;
          b.draw(y);
          y += b.height;
        }
      });
    },
  });
}
