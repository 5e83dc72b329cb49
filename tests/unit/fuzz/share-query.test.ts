import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersFromQuery } from "@/lib/answers";
import { MAX_ISSUES_PER_FIELD } from "@/lib/answers/issues";
import { catalog } from "@/lib/catalog";
import { Answers } from "@/lib/schema/answers";
import { encodeAnswers } from "@/lib/share/query";
import { ANSWERS_FIELDS, answersShaped, fieldOf, looseQuery, shareQueryInput } from "./answers-arbitrary";
import { RUNS } from "./runs";

/**
 * The share query is read from any URL a person pastes or a site embeds: whatever it holds,
 * answersFromQuery answers with valid Answers or with issues naming a field and its parameter, a
 * few per field at most, and never throws.
 */
function checkDecoded(query: string | URLSearchParams): void {
  const result = answersFromQuery(query, catalog);
  if (result.ok) {
    expect(Answers.safeParse(result.answers).success).toBe(true);
    // What decodes must encode back to a query that decodes to the same answers.
    const again = answersFromQuery(encodeAnswers(result.answers), catalog);
    expect(again.ok && encodeAnswers(again.answers)).toBe(encodeAnswers(result.answers));
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  const perField = new Map<string, number>();
  for (const issue of result.issues) {
    const field = fieldOf(issue.path);
    expect(ANSWERS_FIELDS).toContain(field);
    expect(issue.message).toMatch(/query parameter "[a-z]+"|^and \d+ more issues? with this field$/);
    perField.set(field, (perField.get(field) ?? 0) + 1);
  }
  for (const n of perField.values()) expect(n).toBeLessThanOrEqual(MAX_ISSUES_PER_FIELD + 1);
}

describe("answersFromQuery under fuzzing", () => {
  it(`answers valid Answers or issues naming a field for ${RUNS} generated query strings`, () => {
    fc.assert(fc.property(shareQueryInput, (query) => checkDecoded(query)), { numRuns: RUNS });
  });

  it("accepts the same inputs as URLSearchParams without throwing", () => {
    fc.assert(fc.property(shareQueryInput, (query) => checkDecoded(new URLSearchParams(query))), { numRuns: Math.ceil(RUNS / 5) });
  });

  it("decodes every valid answers object written as a query to the same answers", () => {
    fc.assert(
      fc.property(answersShaped, (value) => {
        const parsed = Answers.safeParse(value);
        if (!parsed.success) return;
        const result = answersFromQuery(encodeAnswers(parsed.data), catalog);
        if (!result.ok) {
          // Only the catalog check may refuse what the schema accepts: a GPU id the catalog lacks.
          expect(result.issues.every((i) => /^hardware\.\d+\.gpu$/.test(i.path))).toBe(true);
          return;
        }
        expect(encodeAnswers(result.answers)).toBe(encodeAnswers(parsed.data));
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  });

  it("names the field of an out-of-range value written into the query", () => {
    const result = answersFromQuery(looseQuery({ tasks: { coding: 3 }, regions: ["eu"], hosting: ["api"], budgetUsdPerMonth: -1, tokensPerMonth: 1 }), catalog);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(["budgetUsdPerMonth"]);
  });
});
