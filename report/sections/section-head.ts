import type { Pager } from "./pager";
import { COLOR, STYLE, like } from "./styles";
import { run } from "./text-layout";

/**
 * A section heading with its intro, kept together and never left alone at the foot of a page:
 * `room` asks for that much space below them, else they move to the next page.
 */
export function sectionHead(p: Pager, title: string, intro?: string, room = 90): void {
  p.gap(20);
  const head = p.measure([run(title, STYLE.h2)]);
  const body = intro === undefined ? undefined : p.measure([run(intro, like(STYLE.body, { color: COLOR.muted }))]);
  p.ensure(head.height + 6 + (body ? body.height + 5 : 0) + room);
  p.lines(head.lines);
  p.y += 6;
  if (body) {
    p.lines(body.lines);
    p.y += 5;
  }
}
