import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from "vitest";
import type * as EngineModule from "@/lib/engine";
import { GET } from "@/app/api/recommend/route";
import { pageFromQuery } from "@/app/api/_lib/page-query.server";
import { answersFromQuery } from "@/lib/answers";
import { catalog } from "@/lib/catalog";
import { ANSWERS_FIELDS, fieldOf, pageParamsInput, shareQueryInput } from "./answers-arbitrary";
import { RUNS } from "./runs";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/engine", async (importOriginal) => (await import("./engine-mock")).withoutWhatIfs(importOriginal<typeof EngineModule>));

/**
 * GET /api/recommend?<anything>: 200 exactly when the share query holds valid answers and the page
 * parameters are valid, else 422 whose issues name an Answers field or a page parameter, each
 * message naming the query parameter; a small answer however long the query; never a 5xx.
 */
const PAGE_FIELDS = ["limit", "offset", "excluded", "group", "find", "lang"];
const query = fc.tuple(shareQueryInput, fc.oneof({ weight: 2, arbitrary: fc.constant("") }, { weight: 1, arbitrary: pageParamsInput })).map(([q, p]) => [q, p].filter(Boolean).join("&").slice(0, 16_000));

let errors: MockInstance;
beforeAll(() => {
  errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterAll(() => errors.mockRestore());

const counts = new Map<number, number>();

describe("GET /api/recommend under fuzzing", () => {
  it(`answers 200 or a 422 naming the field for ${RUNS} generated query strings`, async () => {
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        // The URL parser percent-encodes what a client would have to: the handler sees what Next would hand it.
        const url = new URL(`http://127.0.0.1/api/recommend?${q}`);
        const res = await GET(new Request(url));
        counts.set(res.status, (counts.get(res.status) ?? 0) + 1);
        const valid = answersFromQuery(url.searchParams, catalog).ok && pageFromQuery(url.searchParams).ok;
        expect(res.status).toBe(valid ? 200 : 422);
        const text = await res.text();
        if (res.status === 200) {
          expect(Array.isArray((JSON.parse(text) as { ranked?: unknown }).ranked)).toBe(true);
          return;
        }
        // Bounded by the query, not by how many items it lists (issue 13, item 5): a few
        // values are quoted back, never one issue per item.
        expect(text.length).toBeLessThan(8_192 + 3 * q.length);
        const { issues = [] } = JSON.parse(text) as { issues?: { path: string; message: string }[] };
        expect(issues.length).toBeGreaterThan(0);
        for (const issue of issues) {
          expect(ANSWERS_FIELDS.includes(fieldOf(issue.path)) || PAGE_FIELDS.includes(issue.path), `issue path ${JSON.stringify(issue.path)}`).toBe(true);
          expect(issue.message).toMatch(/query parameter "[a-z]+"|^and \d+ more issues? with this field$/);
        }
      }),
      { numRuns: RUNS },
    );
    expect(errors).not.toHaveBeenCalled();
    for (const status of [200, 422]) expect(counts.get(status) ?? 0).toBeGreaterThan(0);
  });
});
