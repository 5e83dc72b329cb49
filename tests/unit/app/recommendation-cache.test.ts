import { describe, expect, it } from "vitest";
import { cachedRecommendation, cachedWhatIfs } from "@/app/_lib/recommendation-cache.server";
import { catalog } from "@/lib/catalog";
import { recommend } from "@/lib/engine";
import { Answers } from "@/lib/schema/answers";

const now = new Date("2026-11-28T00:00:00Z");
const answers = Answers.parse({ tasks: { coding: 3, chat: 2 }, regions: ["eu"], hosting: ["api", "cloud-gpu"], budgetUsdPerMonth: 500, tokensPerMonth: 30_000_000 });
/** The same answers with the lists written in another order: one canonical share query. */
const reordered = Answers.parse({ ...answers, tasks: { chat: 2, coding: 3 }, hosting: ["cloud-gpu", "api"] });

describe("shared recommendation cache", () => {
  it("serves the same ranking object to every surface asking the same answers", () => {
    const page = cachedRecommendation(answers, { now, whatIf: false });
    expect(cachedRecommendation(reordered, { now, whatIf: false })).toBe(page);
    expect(page.whatIf).toEqual([]);
  });

  it("adds the what-ifs on demand, equal to the engine's own full result", () => {
    const full = cachedRecommendation(answers, { now, whatIf: true });
    expect(full).toEqual(recommend(answers, catalog, { now }));
    expect(cachedWhatIfs(answers, now)).toBe(full.whatIf);
  });
});
