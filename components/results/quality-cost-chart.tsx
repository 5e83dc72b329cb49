import type { Option } from "@/lib/schema/recommendation";
import { format, type Words } from "@/lib/vocab";
import { Fold } from "../ui/fold";
import { deploymentLine, qualityLine } from "./option-words";
import { inLocale } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";


const TOP = 3;
const r1 = (n: number) => Math.round(n * 10) / 10;

type Point = { o: Option; rank: number; q: number; low: number; high: number; cost: number };
type Size = { w: number; h: number; pad: { l: number; r: number; t: number; b: number }; font: number; dot: number };

/**
 * Sizes per screen: a phone gets its own narrower view box, so that labels stay ~11 px on a
 * 360 px screen instead of shrinking with a 640-wide drawing (issue 20: 5 px labels).
 */
const PHONE: Size = { w: 360, h: 300, pad: { l: 40, r: 22, t: 12, b: 44 }, font: 12, dot: 3.5 };
const WIDE: Size = { w: 720, h: 340, pad: { l: 52, r: 30, t: 16, b: 46 }, font: 12, dot: 4 };

/** Top picks drawn where they would overlap share one marker ("1, 2, 3"), in rank order. */
function clusters<T extends { cx: number; cy: number }>(marks: T[], within: number): T[][] {
  const out: T[][] = [];
  for (const m of marks) {
    const near = out.find((c) => c.some((o) => Math.hypot(o.cx - m.cx, o.cy - m.cy) < within));
    if (near) near.push(m);
    else out.push([m]);
  }
  return out;
}

function Drawing({ pts, s, W, lo, hi, id }: { pts: Point[]; s: Size; W: Words; lo: number; hi: number; id: string }) {
  const t = inLocale(RESULTS, W.locale);
  const x = (c: number) => r1(s.pad.l + ((Math.log10(c) - lo) / (hi - lo)) * (s.w - s.pad.l - s.pad.r));
  const y = (q: number) => r1(s.pad.t + (1 - q / 100) * (s.h - s.pad.t - s.pad.b));
  const decades = Array.from({ length: hi - lo + 1 }, (_, k) => 10 ** (lo + k));
  const step = s.w < 500 && decades.length > 4 ? 2 : 1;
  return (
    <svg viewBox={`0 0 ${s.w} ${s.h}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-title`}>
      <title id={`${id}-title`}>{t.chartTitle}</title>
      {[0, 25, 50, 75, 100].map((q) => (
        <g key={q}>
          <line x1={s.pad.l} x2={s.w - s.pad.r} y1={y(q)} y2={y(q)} stroke="var(--line)" />
          <text x={s.pad.l - 6} y={y(q) + 4} textAnchor="end" fontSize={s.font} fill="var(--muted)">{q}</text>
        </g>
      ))}
      {decades.map((d, k) => (
        <g key={d}>
          <line x1={x(d)} x2={x(d)} y1={s.pad.t} y2={s.h - s.pad.b} stroke="var(--line)" />
          {k % step === 0 ? <text x={x(d)} y={s.h - s.pad.b + 16} textAnchor="middle" fontSize={s.font} fill="var(--muted)">{W.money(d).replace(/\.00$/, "")}</text> : null}
        </g>
      ))}
      <text x={(s.w + s.pad.l) / 2} y={s.h - 8} textAnchor="middle" fontSize={s.font} fill="var(--fg)">{t.chartX}</text>
      <text transform={`translate(12 ${(s.h - s.pad.b) / 2}) rotate(-90)`} textAnchor="middle" fontSize={s.font} fill="var(--fg)">{t.chartY}</text>
      {pts.map((p) => {
        const top = p.rank <= TOP;
        const cx = x(p.cost);
        return (
          <g key={p.o.id}>
            <title>{t.chartPoint(p.rank, p.o.modelName, deploymentLine(p.o, W), qualityLine(p.o.quality, W.locale), W.money(p.o.monthlyCostUsd))}</title>
            <line x1={cx} x2={cx} y1={y(p.high)} y2={y(p.low)} stroke={top ? "var(--accent)" : "var(--muted)"} strokeOpacity={top ? 0.8 : 0.5} strokeWidth={top ? 2 : 1.5} />
            {top ? null : <circle cx={cx} cy={y(p.q)} r={s.dot} fill="var(--muted)" fillOpacity="0.7" />}
          </g>
        );
      })}
      {clusters(pts.filter((p) => p.rank <= TOP).map((p) => ({ p, cx: x(p.cost), cy: y(p.q) })), s.font * 1.6).map((c) => {
        const label = c.map((m) => m.p.rank).join(", ");
        const cx = c.reduce((n, m) => n + m.cx, 0) / c.length;
        const cy = c.reduce((n, m) => n + m.cy, 0) / c.length;
        const r = s.font - 2;
        const w = Math.max(2 * r, label.length * s.font * 0.62 + 8);
        return (
          <g key={label}>
            <title>{c.map((m) => t.chartPoint(m.p.rank, m.p.o.modelName, deploymentLine(m.p.o, W), qualityLine(m.p.o.quality, W.locale), W.money(m.p.o.monthlyCostUsd))).join(W.locale === "zh" ? "；" : "; ")}</title>
            <rect x={r1(cx - w / 2)} y={r1(cy - r)} width={r1(w)} height={2 * r} rx={r} fill="var(--accent)" stroke="var(--bg)" strokeWidth="2" />
            <text x={r1(cx)} y={r1(cy + 4)} textAnchor="middle" fontSize={s.font - 1} fontWeight="700" fill="var(--accent-fg)">{label}</text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * Quality (with its range from the evidence) against monthly cost on a log scale, drawn on the
 * server as SVG for the options on the page. The top picks are numbered; every point has a
 * tooltip, and the same points are listed in a table. Options whose quality nobody measured are
 * not drawn at a made-up height: the caption counts them.
 */
export function QualityCostChart({ options, W }: { options: { option: Option; rank: number }[]; W: Words }) {
  const t = inLocale(RESULTS, W.locale);
  const pts: Point[] = options.flatMap(({ option: o, rank }) =>
    o.quality.score === undefined ? [] : [{ o, rank, q: o.quality.score, low: o.quality.low, high: o.quality.high, cost: Math.max(o.monthlyCostUsd, 1) }],
  );
  const unmeasured = options.length - pts.length;
  if (pts.length === 0) {
    return <p className="card p-3 text-muted">{t.chartNone(options.length)}</p>;
  }
  const lo = Math.floor(Math.log10(Math.min(...pts.map((p) => p.cost))));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(...pts.map((p) => p.cost)))));
  return (
    <figure className="card p-3">
      <div className="sm:hidden"><Drawing pts={pts} s={PHONE} W={W} lo={lo} hi={hi} id="chart-phone" /></div>
      <div className="max-sm:hidden"><Drawing pts={pts} s={WIDE} W={W} lo={lo} hi={hi} id="chart-wide" /></div>
      <figcaption className="mt-2 text-sm text-muted">
        <span className="mr-4 inline-flex items-center gap-1.5"><span aria-hidden="true" className="inline-block size-4 rounded-full bg-accent" />{t.chartTop(TOP)}</span>
        <span className="mr-4 inline-flex items-center gap-1.5"><span aria-hidden="true" className="inline-block size-2.5 rounded-full bg-muted" />{t.chartOthers}</span>
        <span className="mr-4 inline-flex items-center gap-1.5"><span aria-hidden="true" className="inline-block h-4 w-0.5 bg-muted" />{t.chartRange}</span>
        <span className="block">
          {t.chartHow(W.money(1).replace(/\.00$/, ""), unmeasured)}
        </span>
      </figcaption>
      <Fold className="opt-more mt-2" summary={t.chartTable}>
        <div className="overflow-x-auto">
          <table className="bd-table">
            <caption className="sr-only">{t.chartCaption}</caption>
            <thead><tr>{t.chartHead.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
            <tbody>
              {pts.map((p) => (
                <tr key={p.o.id}>
                  <td>{p.rank}</td>
                  <th scope="row">{`${p.o.modelName}, ${deploymentLine(p.o, W)}`}</th>
                  <td>{qualityLine(p.o.quality, W.locale)}</td>
                  <td>{W.money(p.o.monthlyCostUsd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Fold>
      <span className="sr-only">{t.chartDrawn(format.count(pts.length))}</span>
    </figure>
  );
}
