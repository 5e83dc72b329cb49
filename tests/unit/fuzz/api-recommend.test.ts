import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from "vitest";
import type * as EngineModule from "@/lib/engine";
import { POST } from "@/app/api/recommend/route";
import { catalog } from "@/lib/catalog";
import { Answers } from "@/lib/schema/answers";
import { decodeAnswers } from "@/lib/share/query";
import { ANSWERS_FIELDS, answersInput, fieldOf } from "./answers-arbitrary";
import { unicodeString } from "./mutate";

/**
 * POST /api/recommend takes whatever a client sends. For every generated body the handler answers
 * 200 or a 4xx (422 with issues naming a field), never a 5xx and never a throw; and it answers 200
 * exactly when the body is valid Answers naming known GPUs.
 *
 * Speed: the route runs the real engine on every valid body (~4% of the mix reach it). Measured
 * here while others built (load ~8 on 2 cores): ranking takes ~20 ms, the what-if analysis ~190 ms
 * more, as it re-ranks once per single-answer change; 10,000 inputs with what-ifs would not fit in
 * a minute. So the engine runs on the whole shipped catalog without what-ifs: bad input is
 * answered before the engine is reached, so the input handling under test is the same.
 */
vi.mock("@/lib/engine", async (importOriginal) => {
  const engine = await importOriginal<typeof EngineModule>();
  const recommend: typeof engine.recommend = (answers, cat, opts) => engine.recommend(answers, cat, { ...opts, whatIf: false });
  return { ...engine, recommend };
});

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const MAX_BODY = 64 * 1024;
const GPU_IDS = new Set(catalog.gpus.map((g) => g.id));

const rawBody = fc.oneof(
  fc.constantFrom("", " ", "{", "}", "[]", "null", "1", '"x"', "{\"tasks\":", "{'tasks':{}}", "{\"__proto__\":{\"polluted\":1}}", "\uFEFF{}", "NaN", "[".repeat(30_000) + "]".repeat(30_000)),
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
});

function parsedJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** What the contract says the status must be, from the request alone. */
function expectedStatus(body: string, contentType: string | undefined): number {
  if (contentType?.split(";")[0]?.trim().toLowerCase() !== "application/json") return 400;
  if (new TextEncoder().encode(body).byteLength > MAX_BODY) return 413;
  // The handler decodes UTF-8 as TextDecoder does, which drops a leading byte-order mark.
  const text = body.replace(/^\uFEFF/, "");
  const json = text.trim() === "" ? { ok: false as const } : parsedJson(text);
  if (!json.ok) return 400;
  const parsed = Answers.safeParse(json.value);
  if (!parsed.success) return 422;
  return parsed.data.hardware.every((h) => GPU_IDS.has(h.gpu)) ? 200 : 422;
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
      fc.asyncProperty(request, async ({ body, contentType }) => {
        const headers = contentType === undefined ? undefined : { "content-type": contentType };
        const res = await POST(new Request("http://127.0.0.1/api/recommend", { method: "POST", body, headers }));
        counts.set(res.status, (counts.get(res.status) ?? 0) + 1);
        expect(res.status).toBe(expectedStatus(body, contentType));
        const payload = (await res.json()) as { error?: string; issues?: { path: string; message: string }[]; shareQuery?: string; ranked?: unknown[] };
        if (res.status === 200) {
          expect(Array.isArray(payload.ranked)).toBe(true);
          expect(decodeAnswers(payload.shareQuery ?? "").ok).toBe(true);
          return;
        }
        expect(payload.error?.length).toBeGreaterThan(0);
        if (res.status !== 422) return;
        const sent = JSON.parse(body.replace(/^\uFEFF/, "")) as unknown;
        const sentKeys = typeof sent === "object" && sent !== null && !Array.isArray(sent) ? Object.keys(sent) : [];
        expect(payload.issues?.length).toBeGreaterThan(0);
        for (const issue of payload.issues ?? []) {
          const field = fieldOf(issue.path);
          // A path names an Answers field, an unknown key that was sent, or "" when the body is not an object.
          const named = ANSWERS_FIELDS.includes(field) || sentKeys.includes(issue.path) || (issue.path === "" && sentKeys.length === 0);
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
    for (const status of [200, 400, 413, 422]) expect(counts.get(status) ?? 0).toBeGreaterThan(0);
    console.info("status counts", Object.fromEntries(counts));
  });
});
