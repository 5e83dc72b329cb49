import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type * as EngineModule from "@/lib/engine";
import type { CommandContext } from "@/cli/command";
import { main } from "@/cli/run";
import { catalog } from "@/lib/catalog";
import { Answers } from "@/lib/schema/answers";
import { ANSWERS_FIELDS, answersInput } from "./answers-arbitrary";
import { unicodeString } from "./mutate";

/**
 * `recommend --answers -` reads a file someone wrote by hand. Whatever stdin holds, the command
 * exits 0 (valid answers) or 2 with a message naming the field (or saying the file is not JSON):
 * never exit 1, never a throw, which would print a stack trace instead of the field at fault.
 *
 * Speed: as in api-recommend.test.ts, the real engine runs on the whole shipped catalog without
 * what-ifs; input handling comes before the engine and is the same.
 */
vi.mock("@/lib/engine", async (importOriginal) => {
  const engine = await importOriginal<typeof EngineModule>();
  const recommend: typeof engine.recommend = (answers, cat, opts) => engine.recommend(answers, cat, { ...opts, whatIf: false });
  return { ...engine, recommend };
});

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const GPU_IDS = new Set(catalog.gpus.map((g) => g.id));

const stdin = fc.oneof(
  { weight: 6, arbitrary: answersInput.map((v) => JSON.stringify(v) ?? "") },
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom("", "{", "null", "[]", "{\"tasks\":", "\uFEFF{}", "tasks: {coding: 3}"), unicodeString) },
);
const flags = fc.constantFrom<string[]>([], ["--json"], ["--top", "3"], ["--json", "--top", "1"]);

function parseable(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function fakeContext(content: string) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CommandContext = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => content, readFile: async () => content };
  return { ctx, out, err };
}

describe("cli recommend --answers - under fuzzing", () => {
  it("answers a GPU id holding a lone UTF-16 surrogate (valid JSON: \"\\udfff\") with exit 0 or 2, not an internal error", async () => {
    // Found by the property below: the id passes the schema, then encodeURIComponent throws
    // URIError while the share query is written.
    const file = '{"tasks":{"coding":3},"regions":["eu"],"hosting":["api"],"hardware":[{"gpu":"\\udfff","count":1}],"budgetUsdPerMonth":100,"tokensPerMonth":1000000}';
    const { ctx } = fakeContext(file);
    expect([0, 2]).toContain(await main(["recommend", "--answers", "-"], ctx));
  });

  it(`exits 0, or 2 naming the field, for ${RUNS} generated answers files`, async () => {
    await fc.assert(
      fc.asyncProperty(stdin, flags, async (content, extra) => {
        const { ctx, out, err } = fakeContext(content);
        const code = await main(["recommend", "--answers", "-", ...extra], ctx);
        expect([0, 2]).toContain(code);
        const json = parseable(content);
        const valid = json.ok && Answers.safeParse(json.value).success;
        if (code === 0) {
          expect(valid, `exit 0 for invalid answers: ${content.slice(0, 200)}`).toBe(true);
          if (extra.includes("--json")) expect(Array.isArray((JSON.parse(out.join("")) as { ranked?: unknown }).ranked)).toBe(true);
          return;
        }
        const message = err.join("\n");
        const parsed = json.ok ? Answers.safeParse(json.value) : undefined;
        const unknownGpu = parsed?.success === true && parsed.data.hardware.some((h) => !GPU_IDS.has(h.gpu));
        expect(valid && !unknownGpu, `exit 2 for valid answers: ${message}`).toBe(false);
        const keys = json.ok && typeof json.value === "object" && json.value !== null ? Object.keys(json.value) : [];
        // "(answers)" is how the CLI names the whole file when it is not an object.
        const names = [...ANSWERS_FIELDS, ...keys.filter((k) => k.length > 0), "(answers)"].some((f) => message.includes(f)) || /JSON/.test(message);
        expect(names, `message names no field: ${message}`).toBe(true);
      }),
      { numRuns: RUNS },
    );
    // "__proto__" keys in a file must stay data.
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
