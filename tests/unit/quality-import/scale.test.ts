import { describe, expect, it } from "vitest";
import { importQuality } from "@/scripts/quality/import";
import { READERS } from "@/scripts/quality/sources";
import { QualitySourceFile, type QualityScale } from "@/lib/schema/quality";
import { FIXTURE_MODELS, FIXTURES, fixtureNames } from "./helpers";

const files = importQuality(FIXTURES, READERS, fixtureNames(), FIXTURE_MODELS).files;
const source = (id: string) => QualitySourceFile.parse(JSON.parse(files.get(`${id}.json`) ?? "{}"));

/** The anchored map as the schema defines it: low anchor's rating -> low.maps, high anchor's -> high.maps. */
function anchored(id: string, metric: string) {
  const s = source(id);
  const scale = (s.metrics[metric]?.scale ?? s.scale) as Extract<QualityScale, { kind: "anchored" }>;
  const at = (model: string) => s.rows.find((r) => r.metric === metric && r.model === model && r.default !== false)?.score ?? Number.NaN;
  const lo = at(scale.low.model);
  const hi = at(scale.high.model);
  return (v: number) => scale.low.maps + ((v - lo) * (scale.high.maps - scale.low.maps)) / (hi - lo);
}

describe("scales and intervals", () => {
  it("anchors LMArena text on Llama 3.1 8B (20) and Gemini 3 Pro (90), vision on GPT-4o mini (20) and Gemini 2.5 Pro (70)", () => {
    expect(source("lmarena").scale).toEqual({ kind: "anchored", low: { model: "llama-3.1-8b-instruct", maps: 20 }, high: { model: "gemini-3-pro", maps: 90 } });
    expect(source("lmarena").metrics["vision/full"]?.scale).toMatchObject({ low: { model: "gpt-4o-mini", maps: 20 }, high: { model: "gemini-2.5-pro", maps: 70 } });
  });

  it("puts the official file and the mirror on one scale: a release both rate lands within a few points", () => {
    const official = anchored("lmarena", "text/full");
    const mirror = anchored("lmarena-mirror", "text/full");
    // claude-opus-4-5-20251101: 1468.3 officially, 1469 in the mirror.
    expect(Math.abs(official(1468.27) - mirror(1469))).toBeLessThan(2);
  });

  it("keeps every published interval around its score, in the source's unit", () => {
    for (const id of ["lmarena", "lmarena-mirror", "epoch", "terminal-bench", "arena-hard-auto"]) {
      for (const r of source(id).rows) if (r.low !== undefined) expect(r.low <= r.score && r.score <= (r.high ?? Number.NaN)).toBe(true);
    }
    expect(source("epoch").scale).toEqual({ kind: "fraction" });
    expect(source("aider-polyglot").scale).toEqual({ kind: "percent" });
  });

  it("states a sigma for rows without an interval, with its reason in the reader", () => {
    expect(source("aider-polyglot").sigma).toBe(3.3);
    expect(source("livebench").sigma).toBe(4);
  });
});
