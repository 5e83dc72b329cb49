import { describe, expect, it } from "vitest";
import type { CommandContext } from "@/cli/command";
import { main } from "@/cli/run";
import { Recommendation } from "@/lib/schema/recommendation";

function run(argv: string[], files: Record<string, string> = {}, stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CommandContext = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async () => stdin,
    readFile: async (p) => {
      const text = files[p];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${p}'`);
      return text;
    },
  };
  return main(argv, ctx).then((code) => ({ code, out: out.join("\n"), err: err.join("\n") }));
}

const EU = JSON.stringify({ tasks: { coding: 3, chat: 2 }, regions: ["eu"], hosting: ["api"], budgetUsdPerMonth: 2000, tokensPerMonth: 50_000_000 });

describe("cli memory", () => {
  it("prints DeepSeek-V3's MLA cache: 61 x (512 + 64) x 2 bytes a token, 671e9 bytes of FP8 weights", async () => {
    const r = await run(["memory", "deepseek-v3", "--quant", "fp8", "--context", "32768", "--json"]);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.out) as Record<string, number>;
    expect(m.kvCacheBytesPerToken).toBe(70_272);
    expect(m.kvCacheBytes).toBe(70_272 * 32_768);
    expect(m.weightsBytes).toBe(671e9);
    expect(m.totalBytes).toBeGreaterThan((m.weightsBytes ?? 0) + (m.kvCacheBytes ?? 0));
  });

  it("scales the KV cache with --batch", async () => {
    const one = JSON.parse((await run(["memory", "llama-3.1-8b-instruct", "--json"])).out) as Record<string, number>;
    const four = JSON.parse((await run(["memory", "llama-3.1-8b-instruct", "--batch", "4", "--json"])).out) as Record<string, number>;
    expect(one.kvCacheBytesPerToken).toBe(131_072);
    expect(four.kvCacheBytes).toBe((one.kvCacheBytes ?? 0) * 4);
  });

  it("names an unknown model or quantization and exits 2", async () => {
    expect((await run(["memory", "no-such-model", "--json"])).code).toBe(2);
    const q = await run(["memory", "deepseek-v3", "--quant", "q8"]);
    expect(q.code).toBe(2);
    expect(q.err).toContain("--quant");
  });
});

describe("cli recommend", () => {
  it("prints the whole Recommendation as JSON for an answers file", async () => {
    const r = await run(["recommend", "--answers", "eu.json", "--json"], { "eu.json": EU });
    expect(r.code).toBe(0);
    const rec = Recommendation.parse(JSON.parse(r.out));
    expect(rec.ranked.length).toBeGreaterThan(0);
    for (const o of rec.ranked) expect(o.deployment.regions.every((x) => x === "eu")).toBe(true);
  });

  it("reads answers from stdin and cuts the table to --top rows", async () => {
    const r = await run(["recommend", "--answers", "-", "--top", "3"], {}, EU);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    const start = lines.findIndex((l) => /^-+$/.test(l)) + 1;
    const rows = lines.slice(start, lines.indexOf("", start));
    expect(rows.map((l) => l.trim().split(/\s+/)[0])).toEqual(["1", "2", "3"]);
  });

  it("names each bad field and exits 2", async () => {
    const bad = JSON.stringify({ tasks: {}, regions: [], hosting: ["api"], budgetUsdPerMonth: -1, tokensPerMonth: 1 });
    const r = await run(["recommend", "--answers", "-"], {}, bad);
    expect(r.code).toBe(2);
    for (const field of ["tasks", "regions", "budgetUsdPerMonth"]) expect(r.err).toContain(`${field}:`);
  });

  it("says when the file is missing or not JSON, and exits 2", async () => {
    expect((await run(["recommend", "--answers", "missing.json"])).err).toContain("cannot read missing.json");
    const notJson = await run(["recommend", "--answers", "x.json"], { "x.json": "{nope" });
    expect(notJson.code).toBe(2);
    expect(notJson.err).toContain("x.json is not valid JSON");
  });
});
