import { deploymentText } from "@/lib/describe/option";
import { formatUsd } from "@/lib/describe/format";
import type { Option } from "@/lib/schema/recommendation";
import type { Pager } from "./pager";
import { COLOR, STYLE, like } from "./styles";
import { run, shortName, type Run } from "./text-layout";

const PAD = 12;

/** The head of the memo and its conclusion, first: what to pick, and what it costs. */
export function drawCover(p: Pager, { date, version, top, count }: { date: string; version: string; top: Option | undefined; count: number }): void {
  p.text([run("FLAGLESS · DECISION MEMO", STYLE.brand)]);
  p.y += 6;
  p.text([run("Which language model to use, and how to run it", STYLE.title)]);
  p.y += 3;
  p.text([run("A ranked recommendation for the requirements below, with the reasons behind it.", STYLE.subtitle)]);
  p.y += 8;
  p.text([run(`Prepared ${date} · catalog version ${version} · ${count} feasible option${count === 1 ? "" : "s"} compared`, STYLE.meta)]);
  p.y += 16;

  const inner = p.width - 2 * PAD;
  const blocks: { runs: Run[]; before: number }[] = top
    ? [
        { runs: [run("RECOMMENDATION", STYLE.label)], before: 0 },
        { runs: [run(shortName(top.modelName), like(STYLE.h3, { size: 14, leading: 1.3 }))], before: 3 },
        { runs: [run(`${deploymentText(top.deployment)} · score ${top.score.toFixed(0)}/100 · about ${formatUsd(top.monthlyCostUsd)} a month`, STYLE.body)], before: 2 },
        ...(top.whyHere ? [{ runs: [run(top.whyHere, like(STYLE.small, { color: COLOR.soft }))], before: 4 }] : []),
      ]
    : [
        {
          runs: [
            run(
              'No option meets every requirement. The sections "Why not the others" and "What would change the answer" show which requirement rules each one out and which single change would open the way.',
              STYLE.body,
            ),
          ],
          before: 0,
        },
      ];
  const laid = blocks.map((b) => ({ ...p.measure(b.runs, inner), before: b.before }));
  const height = laid.reduce((h, b) => h + b.before + b.height, 0) + 2 * PAD;
  p.ensure(height);
  p.rect(p.left, p.y, p.width, height, COLOR.accentSoft, 3);
  let y = p.y + PAD;
  for (const b of laid) y += b.before + p.place(b.lines, p.left + PAD, y + b.before);
  p.y += height;
}
