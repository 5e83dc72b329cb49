import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from "vitest";
import type * as EngineModule from "@/lib/engine";
import { POST } from "@/app/api/recommend/route";
import { pageFromQuery } from "@/app/api/_lib/page-query.server";
import { answersFromJson, answersFromQuery } from "@/lib/answers";
import { catalog } from "@/lib/catalog";
import { ANSWERS_FIELDS, answersInput, fieldOf, pageParamsInput } from "./answers-arbitrary";
import { unicodeString } from "./mutate";
import { RUNS } from "./runs";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/engine", async (importOriginal) => (await import("./engine-mock")).withoutWhatIfs(importOriginal<typeof EngineModule>));

/**
 * POST /api/recommend takes whatever a client sends. For every generated body (and page in the query
 * string) the handler answers 200 or a 4xx (422 with issues naming a field), never a 5xx and never a
 * throw; it answers 200 exactly when the body is Answers lib/answers accepts and the page is valid.
 */
const MAX_BODY = 64 * 1024;
const PAGE_FIELDS = ["limit", "offset", "excluded", "group", "find", "lang"];

const rawBody = fc.oneof(
  fc.constantFrom("", " ", "{", "}", "[]", "null", "1", '"x"', '{"tasks":', "{'tasks':{}}", '{"__proto__":{"polluted":1}}', '{"tasks":{"coding":3,"__proto__":{"x":1}}}', "\uFEFF{}", "NaN", "[".repeat(30_000) + "]".repeat(30_000)),
  unicodeString,
  fc.string({ unit: "binary", maxLength: 80 }),
);

const jsonType = fc.oneof(
  { weight: 8, arbitrary: fc.constant("application/json") },
  { weight: 1, arbitrary: fc.constantFrom("application/json; charset=utf-8", "APPLICATION/JSON", "text/plain", "application/x-www-form-urlencoded", "", "application/jsonx") },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const request = fc.record({
  body: fc.oneof({ weight: 6, arbitrary: answersInput.map((v) => JSON.stringify(v) ?? "") }, { weight: 1, arbitrary: rawBody }),
  contentType: jsonType,
  page: fc.oneof({ weight: 3, arbitrary: fc.constant("") }, { weight: 1, arbitrary: pageParamsInput }),
});

function parsedJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** What the contract says the status must be, from the request alone. */
function expectedStatus(body: string, contentType: string | undefined, page: string): number {
  if (contentType?.split(";")[0]?.trim().toLowerCase() !== "application/json") return 400;
  if (new TextEncoder().encode(body).byteLength > MAX_BODY) return 413;
  // The handler decodes UTF-8 as TextDecoder does, which drops a leading byte-order mark.
  const text = body.replace(/^\uFEFF/, "");
  const json = text.trim() === "" ? { ok: false as const } : parsedJson(text);
  if (!json.ok) return 400;
  return answersFromJson(json.value, catalog).ok && pageFromQuery(new URLSearchParams(page)).ok ? 200 : 422;
}

let errors: MockInstance;
beforeAll(() => {
  errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterAll(() => errors.mockRestore());

const counts = new Map<number, number>();

describe("POST /api/recommend under fuzzing", () => {
  it(`answers 200 or a 4xx naming the field for ${RUNS} generated bodies`, async () => {
    await fc.assert(
      fc.asyncProperty(request, async ({ body, contentType, page }) => {
        const headers = contentType === undefined ? undefined : { "content-type": contentType };
        const res = await POST(new Request(`http://127.0.0.1/api/recommend${page ? `?${page}` : ""}`, { method: "POST", body, headers }));
        counts.set(res.status, (counts.get(res.status) ?? 0) + 1);
        expect(res.status).toBe(expectedStatus(body, contentType, page));
        const text = await res.text();
        const payload = JSON.parse(text) as { error?: string; issues?: { path: string; message: string }[]; shareQuery?: string; ranked?: unknown[] };
        if (res.status === 200) {
          expect(Array.isArray(payload.ranked)).toBe(true);
          expect(answersFromQuery(payload.shareQuery ?? "", catalog).ok).toBe(true);
          return;
        }
        expect(payload.error?.length).toBeGreaterThan(0);
        if (res.status !== 422) return;
        // Bounded however long the lists sent (issue 13, item 5).
        expect(text.length).toBeLessThan(8_192 + 3 * body.length);
        const sent = JSON.parse(body.replace(/^\uFEFF/, "")) as unknown;
        const sentKeys = typeof sent === "object" && sent !== null && !Array.isArray(sent) ? Object.keys(sent) : [];
        expect(payload.issues?.length).toBeGreaterThan(0);
        for (const issue of payload.issues ?? []) {
          const field = fieldOf(issue.path);
          // A path names an Answers field, an unknown key that was sent, a page parameter, or "" when the body is not an object.
          const named = ANSWERS_FIELDS.includes(field) || sentKeys.includes(issue.path) || sentKeys.includes(field) || PAGE_FIELDS.includes(issue.path) || (issue.path === "" && sentKeys.length === 0);
          expect(named, `issue path ${JSON.stringify(issue.path)} names no field`).toBe(true);
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
    expect(errors).not.toHaveBeenCalled();
    // "__proto__" keys in bodies must stay data: nothing reaches Object.prototype.
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The mix must reach the engine as well as every error answer.
    for (const status of [200, 400, 422]) expect(counts.get(status) ?? 0).toBeGreaterThan(0);
  });
});
