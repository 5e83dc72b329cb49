import type { ExclusionGroup } from "@/lib/describe/reasons";
import type { Pager } from "./pager";
import { sectionHead } from "./section-head";
import { COLOR, STYLE, like } from "./styles";
import { run } from "./text-layout";

const ITEM = like(STYLE.body, { size: 8.5, color: COLOR.muted });
const NAME = like(STYLE.bodyBold, { size: 8.5 });

/**
 * Why the other options are not on the list, grouped by the requirement that rules them out.
 * Options ruled out only because the person did not allow that way of running are counted,
 * not listed: they are their own choice, not a finding.
 */
export function drawWhyNot(p: Pager, groups: readonly ExclusionGroup[]): void {
  if (groups.length === 0) return;
  const hosting = groups.find((g) => g.code === "hosting");
  const shown = groups.filter((g) => g.code !== "hosting");
  sectionHead(p, "Why not the others", "Options ruled out by a hard requirement, grouped by the first requirement each one breaks; newest models first.");
  for (const g of shown) {
    p.text([run(`${g.heading} (${g.count} option${g.count === 1 ? "" : "s"})`, like(STYLE.h3, { size: 9.5 }))], { ahead: 30 });
    p.y += 2;
    for (const item of g.items) p.text([run(`${item.modelName}: `, NAME), run(item.message, ITEM)]);
    if (g.count > g.items.length) p.text([run(`and ${g.count - g.items.length} more options for the same reason.`, ITEM)]);
    p.y += 8;
  }
  if (hosting) {
    p.text([run(`${hosting.count} further option${hosting.count === 1 ? "" : "s"} would run in a way you did not allow (for example an API when you chose self-hosting).`, STYLE.small)]);
  }
}
