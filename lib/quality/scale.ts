import type { QualityRow, QualityScale, QualitySource } from "../schema/quality";

/**
 * How a source's value becomes 0-100 (data/quality/sources/<id>.json `scale`): percent as is,
 * a fraction x 100, or a rating mapped linearly through two anchor rows of the same metric
 * (LMArena: the rating of the low anchor model maps to `low.maps`, the high one's to
 * `high.maps`), clamped to 0-100. The slope maps a published interval onto the same scale.
 */
export type Mapper = { slope: number; map: (v: number) => number };

const clamp = (v: number) => Math.min(100, Math.max(0, v));

export function mapperFor(scale: QualityScale, source: QualitySource, metric: string): Mapper | undefined {
  if (scale.kind === "percent") return { slope: 1, map: clamp };
  if (scale.kind === "fraction") return { slope: 100, map: (v) => clamp(v * 100) };
  const find = (name: string): QualityRow | undefined =>
    source.rows.find((r) => r.metric === metric && (r.model === name || r.as === name) && r.default !== false);
  const lo = find(scale.low.model);
  const hi = find(scale.high.model);
  if (!lo || !hi || hi.score === lo.score) return undefined;
  const slope = (scale.high.maps - scale.low.maps) / (hi.score - lo.score);
  return { slope, map: (v) => clamp(scale.low.maps + (v - lo.score) * slope) };
}

/** The standard deviation of a row on the 0-100 scale: from its own 95 % interval, else the source's stated sigma. */
export function sigmaOf(row: QualityRow, source: QualitySource, m: Mapper): number {
  if (row.low !== undefined && row.high !== undefined && row.high > row.low) return Math.max(0.5, ((row.high - row.low) * Math.abs(m.slope)) / (2 * 1.96));
  return source.sigma;
}
