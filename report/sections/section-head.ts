import type { Memo } from "../context";
import type { Block } from "../pdf/pager";
import { COLOR, STYLE, like } from "../pdf/styles";
import { run } from "../pdf/text-layout";

/** A section heading (H2) with its intro, as a block to keep with what follows it. */
export function headBlock(m: Memo, title: string, intro?: string, before = 20): Block {
  const { p } = m;
  const head = p.para([run(title, STYLE.h2)], { tag: "H2" });
  if (intro === undefined) return { ...head, before };
  const body = p.para([run(intro, like(STYLE.body, { color: COLOR.muted }))], { before: 5 });
  return { ...p.stack([head, body]), before };
}

/**
 * A section (tagged Sect): its heading kept on the page of its first block, never alone at the
 * foot of a page, then the other blocks, each whole where it fits on a page.
 */
export function section(m: Memo, title: string, blocks: readonly Block[], opts: { intro?: string; before?: number; then?: () => void } = {}): void {
  const { p } = m;
  const [first, ...rest] = blocks;
  p.tags.group("Sect", () => {
    const head = headBlock(m, title, opts.intro, opts.before);
    p.put(first ? p.stack([head, { ...first, before: first.before ?? 6 }]) : head);
    for (const b of rest) p.put(b);
    opts.then?.();
  });
}
