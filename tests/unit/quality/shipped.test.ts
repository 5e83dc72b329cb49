import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { evidenceIndex, modelEvidence } from "@/lib/quality/evidence";
import { TASKS } from "@/lib/schema/common";

/**
 * The shipped quality data (data/quality) read through lib/quality, against issue 16's
 * done-when: independent boards order coding the way they measure it, and the catalog carries
 * what the independent tables cover.
 */
const q = catalog.quality!;
const idx = evidenceIndex(q.sources, q.mapping, catalog.models);
const evidence = new Map(catalog.models.map((m) => [m.id, modelEvidence(m, idx)]));
const independent = q.sources.filter((s) => s.kind === "independent");

/** The default row (or the only one) of each release on a board's metric. */
function board(sourceId: string, metric: string): Map<string, number> {
  const s = q.sources.find((x) => x.id === sourceId);
  const out = new Map<string, number>();
  if (!s) return out;
  for (const r of s.rows) if (r.metric === metric && (r.default || !out.has(r.model))) out.set(r.model, r.score);
  return out;
}

describe("the shipped quality data", () => {
  it("maps every line onto a source and metric that exist, with a reason", () => {
    // "vendor" lines read the models' own reported benchmarks (data/models/*.json), not a board file.
    for (const e of q.mapping.entries.filter((x) => x.source !== "vendor")) {
      const s = q.sources.find((x) => x.id === e.source);
      expect(s, e.source).toBeDefined();
      expect(Object.keys(s!.metrics), `${e.source} ${e.metric}`).toContain(e.metric);
      expect(e.reason.length).toBeGreaterThan(20);
    }
  });

  it("names only catalog releases in its rows", () => {
    const ids = new Set(catalog.models.map((m) => m.id));
    for (const s of q.sources) for (const r of s.rows) expect(ids.has(r.model), `${s.id}: ${r.model}`).toBe(true);
  });

  // LiveBench's Coding category disagrees with Aider's polyglot board, the task's reference, and
  // with LiveBench's own agentic coding on 2026 releases (Claude Sonnet 4 80.7 there, above
  // DeepSeek-V4-Pro at 70.0, which agentic coding and the arena put ahead); inverse-variance
  // combination cannot follow both. Expected to fail until the mapping settles which board leads.
  for (const [sourceId, metric, known] of [
    ["aider-polyglot", "pass_rate_2", false],
    ["livebench", "Coding", true],
  ] as const) {
    (known ? it.fails : it)(`orders coding as ${sourceId} does wherever two releases differ there by 10 points or more${known ? " (not yet)" : ""}`, () => {
      const scores = [...board(sourceId, metric)].filter(([id]) => evidence.get(id)?.coding);
      expect(scores.length).toBeGreaterThan(10);
      const wrong: string[] = [];
      for (const [a, sa] of scores) {
        for (const [b, sb] of scores) {
          if (sa - sb < 10) continue;
          const ca = evidence.get(a)!.coding!.score;
          const cb = evidence.get(b)!.coding!.score;
          if (!(ca > cb)) wrong.push(`${a} (${sa}) above ${b} (${sb}) there, coding ${ca.toFixed(1)} vs ${cb.toFixed(1)} here`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it("carries an independent measurement for at least 90 % of the catalog releases any independent table covers", () => {
    const covered = new Set(independent.flatMap((s) => s.rows.map((r) => r.model)));
    const carried = [...covered].filter((id) => TASKS.some((t) => evidence.get(id)?.[t]?.independent));
    expect(carried.length / covered.size).toBeGreaterThanOrEqual(0.9);
  });
});
