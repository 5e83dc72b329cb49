import { deploymentText, optionFacts } from "@/lib/describe/option";
import type { Option } from "@/lib/schema/recommendation";
import { drawBreakdown } from "./breakdown-bars";
import { drawItem } from "./bullet";
import type { Pager } from "./pager";
import { COLOR, STYLE, like } from "./styles";
import { run, shortName, type Line } from "./text-layout";

/** Notes shown per option; the rest are counted, not dropped silently. */
const MAX_NOTES = 4;
const INDENT = 22;
const SCORE_COL = 70;
const FACT_GAP = 18;

function noteLines(notes: readonly string[]): string[] {
  const shown = notes.slice(0, MAX_NOTES);
  const more = notes.length - MAX_NOTES;
  if (more > 0) shown.push(`${more} more note${more === 1 ? "" : "s"} on the results page.`);
  return shown;
}

/** The figures (cost, region, memory, speed...) as label-over-value pairs, flowing into rows. */
function factRows(p: Pager, option: Option, width: number): { x: number; lines: Line[] }[][] {
  const rows: { x: number; lines: Line[] }[][] = [[]];
  let x = 0;
  for (const f of optionFacts(option)) {
    const { lines } = p.measure([run(`${f.label}\n`, STYLE.small), run(f.value, like(STYLE.bodyBold, { leading: 1.4 }))], width);
    const w = Math.max(...lines.map((l) => l.width));
    if (x > 0 && x + w > width) {
      rows.push([]);
      x = 0;
    }
    rows[rows.length - 1]?.push({ x, lines });
    x += w + FACT_GAP;
  }
  return rows;
}

/** One ranked option: what it is, how it runs, its figures, its score explained, its caveats. */
export function drawOptionCard(p: Pager, option: Option, rank: number): void {
  const x = p.left + INDENT;
  const inner = p.width - INDENT;
  const name = p.measure([run(shortName(option.modelName), like(STYLE.h3, { size: 11.5, leading: 1.35 })), run(`\n${deploymentText(option.deployment)}${option.lab ? ` · ${option.lab}` : ""}`, like(STYLE.body, { color: COLOR.muted }))], inner - SCORE_COL);
  const score = p.measure([run(option.score.toFixed(0), like(STYLE.bodyBold, { size: 15, leading: 1.25 })), run("\nscore of 100", STYLE.small)], SCORE_COL);
  const facts = factRows(p, option, inner);
  const factHeight = facts.reduce((h, row) => h + Math.max(0, ...row.map((f) => f.lines.reduce((s, l) => s + l.height, 0))) + 2, 0);
  const headHeight = Math.max(name.height, score.height);
  // The head and figures stay together, with room for the start of what follows.
  p.ensure(headHeight + 6 + factHeight + 140);
  const top = p.y;
  p.place(p.measure([run(String(rank), like(STYLE.h2, { size: 13, leading: 1.35 }))], INDENT).lines, p.left, top);
  p.place(name.lines, x, top);
  score.lines.forEach((l, i) => p.place([l], p.left + p.width - l.width, top + score.lines.slice(0, i).reduce((h, s) => h + s.height, 0)));
  let y = top + headHeight + 6;
  for (const row of facts) {
    const h = Math.max(0, ...row.map((f) => p.place(f.lines, x + f.x, y)));
    y += h + 2;
  }
  p.y = y;
  if (option.whyHere || option.costNote) {
    p.y += 4;
    p.text([run(option.whyHere ?? "", STYLE.body), ...(option.costNote ? [run(`${option.whyHere ? "\n" : ""}Cost: ${option.costNote}`, STYLE.small)] : [])], { x });
  }
  drawBreakdown(p, option.breakdown, x);
  if (option.notes.length > 0) {
    p.y += 4;
    for (const note of noteLines(option.notes)) drawItem(p, "•", STYLE.small, [run(note, STYLE.small)], { x, indent: 8 });
  }
  p.y += 8;
  p.rule(p.left, p.y, p.width, COLOR.rule);
  p.y += 12;
}
