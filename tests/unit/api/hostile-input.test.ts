import { describe, expect, it, vi } from "vitest";
import { GET as estimate } from "@/app/api/estimate/route";
import { GET, POST } from "@/app/api/recommend/route";
import { runCli } from "../cli/cli-context";

vi.mock("server-only", () => ({}));

/** Regression tests for the shapes of issue 13 (items 5 and 7) on the API and the CLI. */
const BASE = "http://127.0.0.1/api/recommend";
const VALID = { tasks: { coding: 3 }, regions: ["eu"], hosting: ["api"], budgetUsdPerMonth: 1, tokensPerMonth: 1_000_000 };
type ErrorBody = { issues: { path: string; message: string }[] };
const post = (body: string) => POST(new Request(BASE, { method: "POST", body, headers: { "content-type": "application/json" } }));

/** JSON with an own "__proto__" key where JSON.parse would put it (a literal would set the prototype). */
const withProtoIn = (field: "tasks" | "weights") => JSON.stringify(VALID).replace(/}$/, `,"${field}":{${field === "tasks" ? '"coding":3,' : ""}"__proto__":{"x":1}}}`).replace('"tasks":{"coding":3},', field === "tasks" ? "" : '"tasks":{"coding":3},');

describe("amplification (item 5): a long list in, a short error out", () => {
  const commas = ",".repeat(15_000);

  it("answers w= followed by 15,000 commas with one small issue naming weights", async () => {
    const res = await GET(new Request(`${BASE}?t=coding:3&r=eu&h=api&b=1&tok=1M&w=${commas}`));
    const text = await res.text();
    expect(res.status).toBe(422);
    expect(text.length).toBeLessThan(1_000);
    expect((JSON.parse(text) as ErrorBody).issues.map((i) => i.path)).toEqual(["weights"]);
  });

  it("answers a JSON list of 5,000 bad items with one issue naming the list", async () => {
    const res = await post(JSON.stringify({ ...VALID, regions: Array.from({ length: 5_000 }, () => "mars") }));
    const text = await res.text();
    expect(res.status).toBe(422);
    expect(text.length).toBeLessThan(500);
    expect((JSON.parse(text) as ErrorBody).issues.map((i) => i.path)).toEqual(["regions"]);
  });

  it("caps the issues of a list within its length at a few per field, and counts the rest", async () => {
    const res = await post(JSON.stringify({ ...VALID, hardware: Array.from({ length: 12 }, () => ({ gpu: "rtx-4090", count: 0 })) }));
    const issues = ((await res.json()) as ErrorBody).issues;
    expect(issues.length).toBe(6);
    expect(issues.at(-1)).toEqual({ path: "hardware", message: "and 7 more issues with this field" });
  });

  it("caps the CLI's lines the same way", async () => {
    const long = await runCli(["recommend", "--answers", "-"], {}, JSON.stringify({ ...VALID, hardware: Array.from({ length: 15_000 }, () => ({ gpu: "no-such-gpu", count: 0 })) }));
    expect(long).toMatchObject({ code: 2, err: "flagless recommend: hardware: can list at most 16 machines" });
    const r = await runCli(["recommend", "--answers", "-"], {}, JSON.stringify({ ...VALID, hardware: Array.from({ length: 12 }, () => ({ gpu: "rtx-4090", count: 0 })) }));
    const lines = r.err.split("\n");
    expect(lines.length).toBe(6);
    expect(lines.at(-1)).toBe("flagless recommend: hardware: and 7 more issues with this field");
  });

  it("lists at most a few unknown estimate parameters", async () => {
    const many = Array.from({ length: 2_000 }, (_, i) => `x${i}=1`).join("&");
    const text = await (await estimate(new Request(`http://127.0.0.1/api/estimate?model=qwen3-32b&gpu=rtx-4090&${many}`))).text();
    expect(text.length).toBeLessThan(1_500);
  });
});

describe('"__proto__" nested in tasks or weights (item 7) is named like any unknown key', () => {
  it.each(["tasks", "weights"] as const)("POST names %s.__proto__", async (field) => {
    const res = await post(withProtoIn(field));
    expect(res.status).toBe(422);
    expect((await res.json()) as ErrorBody).toMatchObject({ issues: [{ path: `${field}.__proto__`, message: expect.stringMatching(/^is not a (task|criterion)/) }] });
  });

  it.each([
    ["t=coding:3,__proto__:2", "tasks.__proto__"],
    ["t=coding:3,constructor:2", "tasks.constructor"],
    ["t=coding:3&w=__proto__:2", "weights.__proto__"],
  ])("GET names it in %s", async (t, path) => {
    const res = await GET(new Request(`${BASE}?${t}&r=eu&h=api&b=1&tok=1M`));
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorBody).issues.map((i) => i.path)).toEqual([path]);
  });

  it("the CLI names it too", async () => {
    const r = await runCli(["recommend", "--answers", "-"], {}, withProtoIn("tasks"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^flagless recommend: tasks\.__proto__: is not a task/);
  });

  it("leaves Object.prototype alone", () => {
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
