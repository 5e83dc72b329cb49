import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from "vitest";
import { GET } from "@/app/api/estimate/route";
import { ESTIMATE_PARAMS } from "@/app/api/_lib/estimate-query.server";
import type { CommandContext } from "@/cli/command";
import { FLAG_OF } from "@/cli/flags";
import { main } from "@/cli/run";
import { catalog } from "@/lib/catalog";
import { EstimateResult } from "@/lib/schema/estimate";
import { PROTO_KEYS, unicodeString } from "./mutate";
import { RUNS } from "./runs";

vi.mock("server-only", () => ({}));

/**
 * The estimate boundary, GET /api/estimate and `cli estimate`, on generated requests: mostly real
 * model and GPU ids with values in, at and past every bound, plus junk and unknown parameters.
 * The API answers 200 with an EstimateResult or 422 naming a parameter; the CLI exits 0 or 2 with
 * "flagless estimate: <field> ..." lines; neither ever fails inside.
 */
const models = catalog.models.filter((m) => m.openWeights).map((m) => m.id);
const closed = catalog.models.filter((m) => !m.openWeights).map((m) => m.id);
const gpus = catalog.gpus.map((g) => g.id);
const text = fc.oneof(unicodeString, fc.constantFrom("", "-1", "0", "1.5", "1e3", "32k", "1M", "NaN", "Infinity", "0x10", "9".repeat(30)));
/** Mostly a valid value, sometimes junk: enough valid requests reach the estimate. */
const mostly = (valid: fc.Arbitrary<string>) => fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: text });
const count = mostly(fc.oneof(fc.integer({ min: 1, max: 8 }).map(String), fc.integer({ min: -2, max: 70 }).map(String), fc.constantFrom("8k", "1e2")));

const request = fc.record(
  {
    model: fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...models) }, { weight: 1, arbitrary: fc.constantFrom(...closed) }, { weight: 1, arbitrary: text }),
    gpu: mostly(fc.constantFrom(...gpus)),
    count,
    quant: mostly(fc.constantFrom("bf16", "fp8", "int8", "q8_0", "q4_k_m", "q4", "int4", "mxfp4")),
    kvDtype: mostly(fc.constantFrom("bf16", "fp8", "q8_0")),
    context: mostly(fc.oneof(fc.integer({ min: 0, max: 2_000_000 }).map(String), fc.constantFrom("10000000", "10000001", "128k"))),
    concurrency: mostly(fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.constantFrom("100000", "100001"))),
    runtime: mostly(fc.constantFrom("llama.cpp", "vllm", "sglang", "mlx", "tensorrt-llm")),
    promptTokens: mostly(fc.integer({ min: 0, max: 200_000 }).map(String)),
  },
  { requiredKeys: ["model", "gpu"] },
);
const extra = fc.oneof(
  { weight: 6, arbitrary: fc.constant([] as [string, string][]) },
  { weight: 1, arbitrary: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PROTO_KEYS, "kv-dtype", "limit"), fc.string({ maxLength: 6 })), text), { minLength: 1, maxLength: 2 }) },
);

const query = (r: Record<string, string>, more: [string, string][]) =>
  [...Object.entries(r), ...more].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, "?"))}`).join("&");

let errors: MockInstance;
beforeAll(() => {
  errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterAll(() => errors.mockRestore());

describe("GET /api/estimate under fuzzing", () => {
  it(`answers 200 with an estimate or 422 naming a parameter for ${RUNS} generated queries`, async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(request, extra, async (r, more) => {
        const res = await GET(new Request(`http://127.0.0.1/api/estimate?${query(r, more)}`));
        seen.add(res.status);
        expect([200, 422]).toContain(res.status);
        const body = (await res.json()) as unknown;
        if (res.status === 200) {
          EstimateResult.parse(body);
          return;
        }
        const { issues } = body as { issues: { path: string; message: string }[] };
        expect(issues.length).toBeGreaterThan(0);
        const sent = [...Object.keys(r), ...more.map(([k]) => (k.length > 40 ? `${k.slice(0, 40)}...` : k))];
        for (const i of issues) expect((ESTIMATE_PARAMS as readonly string[]).includes(i.path) || sent.includes(i.path) || i.path === "", `path ${JSON.stringify(i.path)}`).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect(errors).not.toHaveBeenCalled();
    expect([...seen].sort()).toEqual([200, 422]);
  });
});

describe("cli estimate under fuzzing", () => {
  it(`exits 0 or 2 naming a field for ${RUNS} generated flag sets`, async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const out: string[] = [];
        const err: string[] = [];
        const ctx: CommandContext = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => "", readFile: async () => "" };
        const argv = ["estimate", r.model ?? "", ...Object.entries(r).flatMap(([k, v]) => (k === "model" ? [] : [`${FLAG_OF[k] ?? k}=${v}`])), "--json"];
        const code = await main(argv, ctx);
        expect([0, 2]).toContain(code);
        if (code === 0) {
          EstimateResult.parse(JSON.parse(out.join("")));
          return;
        }
        expect(err.join("\n")).toMatch(/^flagless estimate: /);
      }),
      { numRuns: RUNS },
    );
  });
});
