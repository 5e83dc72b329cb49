import type { Option } from "@/lib/schema/recommendation";
import { formatUsd } from "../format";

const W = 640;
const H = 320;
const PAD = { l: 52, r: 28, t: 16, b: 44 }; // right: room for the last cost label ("$10,000") centred on its line
const TOP = 3;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Circles of radius 4 at the given points, as path data: two half arcs each. */
function dots(at: [number, number][]): string {
  return at.map(([cx, cy]) => `M${round1(cx - 4)} ${cy}a4 4 0 1 0 8 0a4 4 0 1 0-8 0`).join("");
}

/** Task quality (the quality criterion's value, 0-100) of an option, as the engine scored it. */
function qualityOf(o: Option): number | undefined {
  const row = o.breakdown.find((r) => r.criterion === "quality");
  return row ? row.value * 100 : undefined;
}

/**
 * Task quality against monthly cost on a log scale, drawn on the server as SVG. The top picks are
 * marked and numbered; the same points are listed in a table for screen readers.
 */
export function QualityCostChart({ options }: { options: Option[] }) {
  const pts = options.flatMap((o, i) => {
    const q = qualityOf(o);
    return q === undefined ? [] : [{ o, i, q, cost: Math.max(o.monthlyCostUsd, 1) }];
  });
  if (pts.length === 0) return null;
  const lo = Math.floor(Math.log10(Math.min(...pts.map((p) => p.cost))));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(...pts.map((p) => p.cost)))));
  // A tenth of a pixel in a 640-wide view box is finer than any screen: full floats only add bytes.
  const x = (c: number) => round1(PAD.l + ((Math.log10(c) - lo) / (hi - lo)) * (W - PAD.l - PAD.r));
  const y = (q: number) => round1(PAD.t + (1 - q / 100) * (H - PAD.t - PAD.b));
  const decades = Array.from({ length: hi - lo + 1 }, (_, k) => 10 ** (lo + k));
  const top = pts.filter((p) => p.i < TOP);
  return (
    <figure className="card p-3">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-labelledby="chart-title chart-desc">
        <title id="chart-title">Task quality against monthly cost</title>
        <desc id="chart-desc">
          {`${pts.length} options; cost on a log scale from ${formatUsd(10 ** lo)} to ${formatUsd(10 ** hi)} a month. Top picks: ${top
            .map((p) => `${p.i + 1}. ${p.o.modelName}, quality ${Math.round(p.q)}, ${formatUsd(p.o.monthlyCostUsd)}`)
            .join("; ")}.`}
        </desc>
        {[0, 25, 50, 75, 100].map((q) => (
          <g key={q}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(q)} y2={y(q)} stroke="var(--line)" />
            <text x={PAD.l - 6} y={y(q) + 4} textAnchor="end" fontSize="11" fill="var(--muted)">{q}</text>
          </g>
        ))}
        {decades.map((d) => (
          <g key={d}>
            <line x1={x(d)} x2={x(d)} y1={PAD.t} y2={H - PAD.b} stroke="var(--line)" />
            <text x={x(d)} y={H - PAD.b + 16} textAnchor="middle" fontSize="11" fill="var(--muted)">{formatUsd(d)}</text>
          </g>
        ))}
        <text x={(W + PAD.l) / 2} y={H - 6} textAnchor="middle" fontSize="12" fill="var(--fg)">Monthly cost (log scale)</text>
        <text transform={`translate(14 ${(H - PAD.b) / 2}) rotate(-90)`} textAnchor="middle" fontSize="12" fill="var(--fg)">Task quality</text>
        {/* Every other option as one path of small circles: one element instead of one per dot. */}
        <path fill="var(--muted)" fillOpacity="0.45" d={dots(pts.filter((p) => p.i >= TOP).map((p) => [x(p.cost), y(p.q)]))} />
        {top.map((p) => (
          <g key={p.o.id}>
            <circle cx={x(p.cost)} cy={y(p.q)} r="10" fill="var(--accent)" stroke="var(--bg)" strokeWidth="2" />
            <text x={x(p.cost)} y={y(p.q) + 4} textAnchor="middle" fontSize="11" fontWeight="700" fill="var(--accent-fg)">{p.i + 1}</text>
          </g>
        ))}
      </svg>
      <figcaption className="mt-1 text-sm text-muted">
        Each dot is one option; the numbered dots are the top {TOP}. Higher and further left is better. Options at no cost are drawn at $1.
      </figcaption>
    </figure>
  );
}
