import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Answers } from "@/lib/schema/answers";
import { decodeAnswers, encodeAnswers } from "@/lib/share/query";
import { ANSWERS_FIELDS, fieldOf, looseQuery, shareQueryInput, answersShaped } from "./answers-arbitrary";

/**
 * The share query is read from any URL a person pastes or a site embeds: whatever it holds,
 * decodeAnswers answers with valid Answers or with issues naming a field, and never throws.
 */
const RUNS = 10_000;

function checkDecoded(query: string | URLSearchParams): void {
  const result = decodeAnswers(query);
  if (result.ok) {
    expect(Answers.safeParse(result.answers).success).toBe(true);
    // What decodes must encode back to a query that decodes to the same answers.
    const again = decodeAnswers(encodeAnswers(result.answers));
    expect(again.ok && encodeAnswers(again.answers)).toBe(encodeAnswers(result.answers));
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(ANSWERS_FIELDS).toContain(fieldOf(issue.path));
    expect(issue.message).toMatch(/query parameter "[a-z]+"/);
  }
}

describe("decodeAnswers under fuzzing", () => {
  it(`answers valid Answers or issues naming a field for ${RUNS} generated query strings`, () => {
    fc.assert(
      fc.property(shareQueryInput, (query) => {
        checkDecoded(query);
      }),
      { numRuns: RUNS },
    );
  });

  it("accepts the same inputs as URLSearchParams without throwing", () => {
    fc.assert(
      fc.property(shareQueryInput, (query) => {
        checkDecoded(new URLSearchParams(query));
      }),
      { numRuns: 2_000 },
    );
  });

  it("decodes every valid answers object written as a query to the same answers", () => {
    fc.assert(
      fc.property(answersShaped, (value) => {
        const parsed = Answers.safeParse(value);
        if (!parsed.success) return;
        const result = decodeAnswers(encodeAnswers(parsed.data));
        expect(result.ok && encodeAnswers(result.answers)).toBe(encodeAnswers(parsed.data));
      }),
      { numRuns: 2_000 },
    );
  });

  it("names the field of an out-of-range value written into the query", () => {
    const result = decodeAnswers(looseQuery({ tasks: { coding: 3 }, regions: ["eu"], hosting: ["api"], budgetUsdPerMonth: -1, tokensPerMonth: 1 }));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(["budgetUsdPerMonth"]);
  });
});
