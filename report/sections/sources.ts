import type { Memo } from "../context";
import { putList } from "../pdf/list";
import { COLOR, STYLE, like } from "../pdf/styles";
import { run, type Run } from "../pdf/text-layout";
import { collectSources, groupSources } from "../sources";
import { section } from "./section-head";
import { sourceName } from "./quality";

const SITE = like(STYLE.tinyBold, { size: 7.5, leading: 1.5 });
const WHAT = like(STYLE.tiny, { color: COLOR.ink, size: 7 });
const PATH = like(STYLE.tiny, { color: COLOR.accent, size: 7 });
const DATE = like(STYLE.tiny, { size: 7 });
/** A printed path longer than this is cut in the middle: the link keeps the whole address. */
const PATH_MAX = 90;

function shortPath(path: string): string {
  if (path.length <= PATH_MAX) return path;
  return `${path.slice(0, 50)}\u2026${path.slice(-(PATH_MAX - 51))}`;
}

/**
 * Every source behind the figures shown, grouped by site or repository, one compact entry per
 * document: what was read there, its address (linked in full), and when. Then the quality
 * evaluations the options' scores rest on, credited as their licences ask.
 */
export function drawSources(m: Memo): void {
  const { p, S } = m;
  const groups = groupSources(collectSources(m.top, m.catalog, m.answers));
  const used = [...new Set(m.top.flatMap((o) => o.quality.perTask.flatMap((t) => t.sources)))].filter((id) => id !== "vendor").sort();
  const evaluations = used.map((id) => m.catalog.quality?.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  const heading = (text: string, before: number) => {
    const b = { ...p.para([run(text, SITE)], { tag: "H3" }), before };
    // A site's name is never left alone at the foot of a page: room for it and its first entry.
    p.ensure(before + b.height + 12);
    p.put(b);
  };
  const then = () => {
    for (const g of groups) {
      const items = g.entries.map((e) => {
        const runs: Run[] = [run(e.what.join("; "), WHAT), run("  ", WHAT), run(shortPath(e.path || e.source), PATH, e.href), ...(e.rest ? [run(` ${e.rest}`, DATE)] : []), run(`  ${e.asOf.join(", ")}`, DATE)];
        return { marker: "–", runs };
      });
      heading(g.site, 5);
      putList(p, items, { indent: 8, markerStyle: DATE, gap: 1 });
    }
    if (evaluations.length > 0) {
      heading(S.sources.quality, 8);
      putList(
        p,
        evaluations.map((e) => ({
          marker: "–",
          runs: [run(`${sourceName(m, e.id)}: ${e.name}`, WHAT), run("  ", WHAT), run(e.url ?? e.source, PATH, e.url ?? (/^https?:/.test(e.source) ? e.source : undefined)), run(`  ${e.credit ?? e.licence} · ${e.asOf}`, DATE)],
        })),
        { indent: 8, markerStyle: DATE, gap: 1 },
      );
    }
  };
  section(m, S.sources.head, [p.para([run(S.sources.intro, like(STYLE.small, { color: COLOR.muted }))])], { then });
}
