import type { Option } from "@/lib/schema/recommendation";
import { drawOptionCard } from "./option-card";
import type { Pager } from "./pager";
import { sectionHead } from "./section-head";
import { STYLE } from "./styles";
import { run } from "./text-layout";

/** The best options in rank order, from the top of a new page; `total` tells how many feasible options there were. */
export function drawTopOptions(p: Pager, options: readonly Option[], total: number): void {
  p.newPage();
  sectionHead(p, `The top ${options.length} of ${total} options`, undefined, 120);
  if (options.length === 0) p.text([run("No option meets every requirement.", STYLE.body)]);
  options.forEach((o, i) => drawOptionCard(p, o, i + 1));
}
