import { describe, expect, it, vi } from "vitest";
import { cachedRecommendation, cachedRecommendationCount, pageKey } from "@/app/_lib/recommendation-cache.server";
import { catalog } from "@/lib/catalog";
import { recommend } from "@/lib/engine";
import { makeAnswers } from "@/tests/fixtures/answers";

vi.mock("server-only", () => ({}));

const now = new Date("2026-11-28T00:00:00Z");
const answers = makeAnswers({ budgetUsdPerMonth: 500, tokensPerMonth: 30_000_000 });
/** The same answers with the lists written in another order: one canonical share query. */
const reordered = makeAnswers({ budgetUsdPerMonth: 500, tokensPerMonth: 30_000_000, tasks: { chat: 2, coding: 3 }, hosting: ["cloud-gpu", "api"] });

describe("shared recommendation cache", () => {
  it("serves the same page object to every surface asking the same answers and page", () => {
    const page = cachedRecommendation(answers, { now, whatIf: false, limit: 5 });
    expect(cachedRecommendation(reordered, { now, whatIf: false, limit: 5 })).toBe(page);
    expect(page.whatIf).toEqual([]);
  });

  it("answers what the engine answers for that page", () => {
    const opts = { limit: 7, offset: 7, group: "model" as const, excluded: "all" as const };
    expect(cachedRecommendation(answers, { now, ...opts })).toEqual(recommend(answers, catalog, { now, ...opts }));
  });

  it("keys every option that changes the output, the language included", () => {
    const keys = [{}, { limit: 5 }, { offset: 5 }, { excluded: "all" as const }, { group: "model" as const }, { find: "deepseek-v3" }, { locale: "zh" as const }, { whatIf: false }].map((o) => pageKey(answers, o));
    expect(new Set(keys).size).toBe(keys.length);
    expect(pageKey(reordered, { limit: 5 })).toBe(pageKey(answers, { limit: 5 }));
  });

  it("keeps a bounded number of pages, however many distinct questions are asked", () => {
    for (let b = 1; b <= 300; b++) cachedRecommendation(makeAnswers({ budgetUsdPerMonth: b, tokensPerMonth: 1_000_000, hosting: ["api"] }), { now, whatIf: false, limit: 1 });
    expect(cachedRecommendationCount()).toBeLessThanOrEqual(256);
  });
});
