import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type * as EngineModule from "@/lib/engine";
import type { CommandContext } from "@/cli/command";
import { main } from "@/cli/run";
import { answersFromJson } from "@/lib/answers";
import { catalog } from "@/lib/catalog";
import { ANSWERS_FIELDS, answersInput, fieldOf } from "./answers-arbitrary";
import { unicodeString } from "./mutate";
import { RUNS } from "./runs";

vi.mock("@/lib/engine", async (importOriginal) => (await import("./engine-mock")).withoutWhatIfs(importOriginal<typeof EngineModule>));

/**
 * `recommend --answers -` reads a file someone wrote by hand. Whatever stdin holds, the command
 * exits 0 with a result exactly when lib/answers accepts it, or 2 with one line per issue,
 * "flagless recommend: <path>: <message>", each naming a field; never an internal error.
 */
const stdin = fc.oneof(
  { weight: 6, arbitrary: answersInput.map((v) => JSON.stringify(v) ?? "") },
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom("", "{", "null", "[]", '{"tasks":', "\uFEFF{}", "tasks: {coding: 3}"), unicodeString) },
);
const flags = fc.constantFrom<string[]>([], ["--json"], ["--top", "3"], ["--json", "--top", "1", "--offset", "2"], ["--top", "all", "--group", "model"]);

function parseable(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, "")) };
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
  it('answers a GPU id holding a lone UTF-16 surrogate (valid JSON: "\\udfff") with exit 0 or 2, not an internal error', async () => {
    const file = '{"tasks":{"coding":3},"regions":["eu"],"hosting":["api"],"hardware":[{"gpu":"\\udfff","count":1}],"budgetUsdPerMonth":100,"tokensPerMonth":1000000}';
    const { ctx } = fakeContext(file);
    expect([0, 2]).toContain(await main(["recommend", "--answers", "-"], ctx));
  });

  it(`exits 0, or 2 naming the field, for ${RUNS} generated answers files`, async () => {
    await fc.assert(
      fc.asyncProperty(stdin, flags, async (content, extra) => {
        const { ctx, out, err } = fakeContext(content);
        const code = await main(["recommend", "--answers", "-", ...extra], ctx);
        const json = parseable(content);
        const valid = json.ok && answersFromJson(json.value, catalog).ok;
        expect(code).toBe(valid ? 0 : 2);
        if (code === 0) {
          if (extra.includes("--json")) expect(Array.isArray((JSON.parse(out.join("")) as { ranked?: unknown }).ranked)).toBe(true);
          return;
        }
        const lines = err.join("\n").split("\n");
        if (!json.ok) {
          expect(lines[0]).toMatch(/^flagless recommend: stdin is not valid JSON: /);
          return;
        }
        // Bounded however long the lists in the file (issue 13, item 5).
        expect(lines.length).toBeLessThanOrEqual(ANSWERS_FIELDS.length * 6 + 10);
        const keys = typeof json.value === "object" && json.value !== null ? Object.keys(json.value) : [];
        for (const line of lines) {
          const shown = /^flagless recommend: ("(?:[^"\\]|\\.)*"|.+?): /.exec(line)?.[1] ?? "";
          const path = shown.startsWith('"') ? (JSON.parse(shown) as string) : shown;
          const named = ANSWERS_FIELDS.includes(fieldOf(path)) || keys.includes(path) || keys.includes(fieldOf(path)) || path === "(answers)";
          expect(named, `line names no field: ${line}`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
    // "__proto__" keys in a file must stay data.
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
