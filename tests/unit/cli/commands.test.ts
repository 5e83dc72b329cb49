import { describe, expect, it } from "vitest";
import { MAX_LIMIT } from "@/lib/engine";
import { Recommendation } from "@/lib/schema/recommendation";
import { runCli as run } from "./cli-context";

const EU = JSON.stringify({ tasks: { coding: 3, chat: 2 }, regions: ["eu"], hosting: ["api"], budgetUsdPerMonth: 2000, tokensPerMonth: 50_000_000 });
const json = (text: string) => JSON.parse(text) as Record<string, number>;

describe("cli memory", () => {
  it("prints DeepSeek-V3's MLA cache: 61 x (512 + 64) x 2 bytes a token; 671e9 FP8 weights, the embedding and head in BF16", async () => {
    const r = await run(["memory", "deepseek-v3", "--quant", "fp8", "--context", "32768", "--json"]);
    expect(r.code).toBe(0);
    const m = json(r.out);
    expect(m.kvCacheBytesPerToken).toBe(70_272);
    expect(m.kvCacheBytes).toBe(70_272 * 32_768);
    // One byte per parameter, plus a second byte for each of the vocabulary x hidden-size embedding
    // and output head, which FP8 serving checkpoints keep in BF16 (lib/physics/formats.ts).
    expect(m.weightsBytes).toBe(671e9 + 2 * 129_280 * 7168);
    expect(m.totalBytes).toBe((m.weightsBytes ?? 0) + (m.kvCacheBytes ?? 0));
  });

  it("scales the KV cache with --batch and halves it with --kv-dtype fp8", async () => {
    const one = json((await run(["memory", "llama-3.1-8b-instruct", "--json"])).out);
    const four = json((await run(["memory", "llama-3.1-8b-instruct", "--batch", "4", "--json"])).out);
    const fp8 = json((await run(["memory", "llama-3.1-8b-instruct", "--kv-dtype", "fp8", "--json"])).out);
    expect(one.kvCacheBytesPerToken).toBe(131_072);
    expect(four.kvCacheBytes).toBe((one.kvCacheBytes ?? 0) * 4);
    expect(fp8.kvCacheBytes).toBe((one.kvCacheBytes ?? 0) / 2);
  });

  it("reads --context with a k suffix, as the share query does", async () => {
    expect(json((await run(["memory", "llama-3.1-8b-instruct", "--context", "32k", "--json"])).out).kvCacheBytes).toBe(131_072 * 32_000);
  });

  it("names an unknown model, quantization or context and exits 2", async () => {
    const model = await run(["memory", "no-such-model", "--json"]);
    expect(model).toMatchObject({ code: 2, out: "" });
    expect(model.err).toMatch(/^flagless memory: model \(MODEL_ID\): "no-such-model" is not a model in the catalog/);
    const q = await run(["memory", "deepseek-v3", "--quant", "q8"]);
    expect(q.code).toBe(2);
    expect(q.err).toMatch(/^flagless memory: quant \(--quant\): must be one of /);
    const ctx = await run(["memory", "deepseek-v3", "--context", "lots"]);
    expect(ctx.err).toMatch(/^flagless memory: context \(--context\): must be a number/);
  });
});

describe("cli estimate", () => {
  it("prints fit, memory, speed ranges and the runtime of a model on a GPU as JSON", async () => {
    const r = await run(["estimate", "qwen3-30b-a3b", "--gpu", "rtx-4090", "--quant", "q4", "--json"]);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.out) as { fits: boolean; quant: string; runtime: string; memory: Record<string, number>; decodeTokensPerSecond: { value: number; low: number; high: number } };
    expect(e).toMatchObject({ fits: true, quant: "q4_k_m", runtime: "llama.cpp" });
    expect(e.decodeTokensPerSecond.low).toBeLessThanOrEqual(e.decodeTokensPerSecond.value);
    expect(e.decodeTokensPerSecond.high).toBeGreaterThanOrEqual(e.decodeTokensPerSecond.value);
    expect(e.memory.totalBytes).toBeGreaterThan(e.memory.weightsBytes ?? 0);
  });

  it("prints a readable table without --json", async () => {
    const r = await run(["estimate", "qwen3-30b-a3b", "--gpu", "rtx-4090", "--quant", "q4_k_m"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Qwen3-30B-A3B on 1 x .*RTX 4090: Q4_K_M weights, llama\.cpp, one GPU/);
    expect(r.out).toMatch(/decode per request\s+\d+ \(\d+ to \d+\) tokens\/s/);
    expect(r.out).toMatch(/fits\s+yes/);
  });

  it.each([
    [["estimate", "no-such-model", "--gpu", "rtx-4090"], "model (MODEL_ID)"],
    [["estimate", "qwen3-30b-a3b", "--gpu", "no-such-gpu"], "gpu (--gpu)"],
    [["estimate", "qwen3-30b-a3b", "--gpu", "rtx-4090", "--count", "0"], "count (--count)"],
    [["estimate", "qwen3-30b-a3b", "--gpu", "rtx-4090", "--context=-5"], "context (--context)"],
    [["estimate", "qwen3-30b-a3b", "--gpu", "rtx-4090", "--runtime", "ollama"], "runtime (--runtime)"],
    [["estimate", "qwen3-30b-a3b", "--gpu", "rtx-4090", "--kv-dtype", "int2"], "kvDtype (--kv-dtype)"],
    [["estimate", "qwen3-30b-a3b"], "gpu (--gpu)"],
  ])("exits 2 naming the field for %j", async (argv, field) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toMatch(new RegExp(`^flagless estimate: ${field.replace(/[()]/g, "\\$&")}: `));
  });
});

describe("cli recommend", () => {
  it("prints the first page of the Recommendation as JSON for an answers file", async () => {
    const r = await run(["recommend", "--answers", "eu.json", "--json"], { "eu.json": EU });
    expect(r.code).toBe(0);
    const rec = Recommendation.parse(JSON.parse(r.out));
    expect(rec.ranked.length).toBe(Math.min(20, rec.total));
    for (const o of rec.ranked) expect(o.deployment.regions.every((x) => x === "eu")).toBe(true);
  });

  it("pages with --top and --offset, and has no maximum", async () => {
    const all = Recommendation.parse(JSON.parse((await run(["recommend", "--answers", "-", "--json", "--top", "all"], {}, EU)).out));
    expect(all.ranked.length).toBe(all.total);
    expect(all.limit).toBe(all.total);
    const big = Recommendation.parse(JSON.parse((await run(["recommend", "--answers", "-", "--json", "--top", String(MAX_LIMIT + 50)], {}, EU)).out));
    expect(big.limit).toBe(MAX_LIMIT + 50);
    const page = Recommendation.parse(JSON.parse((await run(["recommend", "--answers", "-", "--json", "--top", "3", "--offset", "2"], {}, EU)).out));
    expect(page.ranked.map((o) => o.id)).toEqual(all.ranked.slice(2, 5).map((o) => o.id));
  });

  it("shows rank, model, deployment, region, score with its range, cost and quality, then the left-out reasons and what-ifs", async () => {
    const r = await run(["recommend", "--answers", "-", "--top", "3", "--offset", "1"], {}, EU);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toMatch(/^#\s+model\s+deployment\s+processed in\s+score \(range\)\s+per month\s+quality \(range\)$/);
    const rows = lines.slice(2, 5);
    expect(rows.map((l) => l.trim().split(/\s+/)[0])).toEqual(["2", "3", "4"]);
    for (const row of rows) {
      expect(row).toContain("API from ");
      expect(row).toContain("the EU");
      expect(row).toMatch(/\d+\.\d \(\d+-\d+\)/);
      expect(row).toMatch(/\$[\d,]+\.\d\d/);
    }
    expect(r.out).toMatch(/\n2-4 of \d+ options; next: --offset 4/);
    expect(r.out).toMatch(/\nLeft out \(\d+\):\n {2}- \d+ offerings process prompts outside the regions you allowed/);
    expect(r.out).toContain("\nShare: ?t=coding:3,chat:2&r=eu&h=api&b=2000&tok=50M");
  });

  it("shows costs in the display currency of the answers", async () => {
    const eur = JSON.stringify({ ...JSON.parse(EU), currency: "EUR" });
    expect((await run(["recommend", "--answers", "-", "--top", "2"], {}, eur)).out).toMatch(/€[\d,]+\.\d\d/);
  });

  it("names each bad field and exits 2", async () => {
    const bad = JSON.stringify({ tasks: {}, regions: [], hosting: ["api"], budgetUsdPerMonth: -1, tokensPerMonth: 1 });
    const r = await run(["recommend", "--answers", "-"], {}, bad);
    expect(r.code).toBe(2);
    for (const field of ["tasks", "regions", "budgetUsdPerMonth"]) expect(r.err).toContain(`flagless recommend: ${field}: `);
  });

  it.each([
    [["--top", "0"], "--top"],
    [["--top", "some"], "--top"],
    [["--offset", "-1"], "--offset"],
    [["--group", "lab"], "--group"],
  ])("refuses %j as a usage error naming the flag", async (flags, flag) => {
    const r = await run(["recommend", "--answers", "-", ...flags], {}, EU);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^flagless recommend: .*${flag}`));
  });

  it("says when the file is missing or not JSON, and exits 2", async () => {
    expect((await run(["recommend", "--answers", "missing.json"])).err).toContain("cannot read missing.json");
    const notJson = await run(["recommend", "--answers", "x.json"], { "x.json": "{nope" });
    expect(notJson.code).toBe(2);
    expect(notJson.err).toContain("x.json is not valid JSON");
  });
});

describe("cli models", () => {
  it("prints the catalog export as JSON, the same as GET /api/catalog", async () => {
    const r = await run(["models", "--json"]);
    const data = JSON.parse(r.out) as { version: string; models: { id: string }[]; gpus: unknown[] };
    expect(r.code).toBe(0);
    expect(data.models.length).toBeGreaterThan(10);
    expect(data.models.map((m) => m.id)).toContain("deepseek-v3");
  });
});
