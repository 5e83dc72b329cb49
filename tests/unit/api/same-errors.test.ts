import { describe, expect, it, vi } from "vitest";
import { GET as estimateGet } from "@/app/api/estimate/route";
import { GET, POST } from "@/app/api/recommend/route";
import { runCli } from "../cli/cli-context";

vi.mock("server-only", () => ({}));

/**
 * One boundary (issue 12): the API and the CLI read answers through lib/answers, so a bad field gets
 * the same path and the same message on each; URL surfaces add the query parameter's name.
 */
const VALID = { tasks: { coding: 3 }, regions: ["eu"], hosting: ["api", "own-hardware"], budgetUsdPerMonth: 500, tokensPerMonth: 10_000_000 };
const QUERY = { t: "coding:3", r: "eu", h: "api,own-hardware", b: "500", tok: "10M" };
type Issue = { path: string; message: string };

async function viaPost(body: unknown): Promise<Issue[]> {
  const res = await POST(new Request("http://127.0.0.1/api/recommend", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }));
  expect(res.status).toBe(422);
  return ((await res.json()) as { issues: Issue[] }).issues;
}

async function viaGet(params: Record<string, string>): Promise<Issue[]> {
  const res = await GET(new Request(`http://127.0.0.1/api/recommend?${Object.entries(params).map(([k, v]) => `${k}=${v}`).join("&")}`));
  expect(res.status).toBe(422);
  return ((await res.json()) as { issues: Issue[] }).issues;
}

/** The CLI prints "flagless recommend: <path>: <message>", one line per issue. */
async function viaCli(body: unknown): Promise<Issue[]> {
  const r = await runCli(["recommend", "--answers", "-"], {}, JSON.stringify(body));
  expect(r.code).toBe(2);
  return r.err.split("\n").map((line) => {
    const m = /^flagless recommend: ([^:]+): (.*)$/.exec(line);
    return { path: m?.[1] ?? line, message: m?.[2] ?? "" };
  });
}

describe("the same field-named error on the API and the CLI", () => {
  it.each([
    ["an unknown GPU", { hardware: [{ gpu: "no-such-gpu", count: 1 }] }, "hardware.0.gpu"],
    ["a bad budget", { budgetUsdPerMonth: -1 }, "budgetUsdPerMonth"],
    ["an empty task list", { tasks: {} }, "tasks"],
  ])("%s", async (_what, change, path) => {
    const posted = await viaPost({ ...VALID, ...change });
    expect(posted.map((i) => i.path)).toEqual([path]);
    expect(await viaCli({ ...VALID, ...change })).toEqual(posted);
  });

  it("names an unknown GPU in a share query with the same message, after its parameter", async () => {
    const [posted] = await viaPost({ ...VALID, hardware: [{ gpu: "no-such-gpu", count: 1 }] });
    expect(await viaGet({ ...QUERY, hw: "no-such-gpu:1" })).toEqual([{ path: "hardware.0.gpu", message: `query parameter "hw": ${posted?.message ?? ""}` }]);
  });

  it.each([
    ["a bad budget", { b: "-1" }, "budgetUsdPerMonth", '"b"'],
    ["an empty task list", { t: "coding:0" }, "tasks", '"t"'],
  ])("names %s in a share query by its Answers path and its parameter", async (_what, change, path, param) => {
    const issues = await viaGet({ ...QUERY, ...change });
    expect(issues.map((i) => i.path)).toEqual([path]);
    expect(issues[0]?.message).toContain(`query parameter ${param}`);
  });
});

describe("the same estimate on the API and the CLI", () => {
  it("answers GET /api/estimate with the JSON of `cli estimate --json`", async () => {
    const res = await estimateGet(new Request("http://127.0.0.1/api/estimate?model=qwen3-32b&gpu=rtx-4090&quant=q4_k_m&context=8k&concurrency=2"));
    expect(res.status).toBe(200);
    const cli = await runCli(["estimate", "qwen3-32b", "--gpu", "rtx-4090", "--quant", "q4_k_m", "--context", "8k", "--concurrency", "2", "--json"]);
    expect(cli.code).toBe(0);
    expect(await res.json()).toEqual(JSON.parse(cli.out));
  });

  it("names the same field for an unknown GPU", async () => {
    const res = await estimateGet(new Request("http://127.0.0.1/api/estimate?model=qwen3-32b&gpu=no-such-gpu"));
    const api = ((await res.json()) as { issues: Issue[] }).issues;
    const cli = await runCli(["estimate", "qwen3-32b", "--gpu", "no-such-gpu"]);
    expect(api).toEqual([{ path: "gpu", message: 'query parameter "gpu": "no-such-gpu" is not a GPU in the catalog' }]);
    expect(cli.err).toBe('flagless estimate: gpu (--gpu): "no-such-gpu" is not a GPU in the catalog');
  });
});
