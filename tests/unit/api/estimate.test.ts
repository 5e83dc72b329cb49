import { describe, expect, it, vi } from "vitest";
import { GET, OPTIONS, POST } from "@/app/api/estimate/route";
import { EstimateResult } from "@/lib/schema/estimate";

vi.mock("server-only", () => ({}));

const get = (query: string) => GET(new Request(`http://127.0.0.1/api/estimate?${query}`));
type ErrorBody = { error: string; issues: { path: string; message: string }[] };
const issues = async (res: Response) => ((await res.json()) as ErrorBody).issues;

describe("GET /api/estimate", () => {
  it("estimates a model on GPUs of the catalog, cacheable by anyone", async () => {
    const res = await get("model=llama-3.1-70b-instruct&gpu=rtx-4090&count=2&quant=q4&context=8192");
    expect(res.status).toBe(200);
    const e = EstimateResult.parse(await res.json());
    expect(e).toMatchObject({ model: "llama-3.1-70b-instruct", gpu: "rtx-4090", count: 2, quant: "q4_k_m", fits: true });
    expect(res.headers.get("cache-control")).toBe("public, max-age=300, s-maxage=3600");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("reads the same counts with k suffixes as without", async () => {
    const a = await (await get("model=qwen3-32b&gpu=rtx-4090&quant=q4_k_m&context=32k")).json();
    const b = await (await get("model=qwen3-32b&gpu=rtx-4090&quant=q4_k_m&context=32000")).json();
    expect(a).toEqual(b);
  });

  it.each([
    ["model=no-such-model&gpu=rtx-4090", "model"],
    ["model=qwen3-32b&gpu=no-such-gpu", "gpu"],
    ["model=qwen3-32b", "gpu"],
    ["gpu=rtx-4090", "model"],
    ["model=qwen3-32b&gpu=rtx-4090&count=0", "count"],
    ["model=qwen3-32b&gpu=rtx-4090&count=2.5", "count"],
    ["model=qwen3-32b&gpu=rtx-4090&count=many", "count"],
    ["model=qwen3-32b&gpu=rtx-4090&context=-1", "context"],
    ["model=qwen3-32b&gpu=rtx-4090&quant=q2", "quant"],
    ["model=qwen3-32b&gpu=rtx-4090&kvDtype=int2", "kvDtype"],
    ["model=qwen3-32b&gpu=rtx-4090&runtime=ollama", "runtime"],
    ["model=qwen3-32b&gpu=rtx-4090&kv-dtype=fp8", "kv-dtype"],
    ["model=qwen3-32b&gpu=rtx-4090&__proto__=1", "__proto__"],
  ])("answers %s with 422 naming %s", async (query, path) => {
    const res = await get(query);
    expect(res.status).toBe(422);
    const list = await issues(res);
    expect(list.map((i) => i.path)).toContain(path);
    for (const i of list) expect(i.message).toMatch(/^query parameter "|^is not a parameter|^and \d+ more/);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("lists a few unknown parameters and counts the rest", async () => {
    const many = Array.from({ length: 500 }, (_, i) => `p${i}=1`).join("&");
    const list = await issues(await get(`model=qwen3-32b&gpu=rtx-4090&${many}`));
    expect(list.length).toBeLessThanOrEqual(6);
    expect(list.at(-1)?.message).toBe("and 495 more unknown parameters");
  });

  it("answers other methods with 405 and the methods it offers", async () => {
    const res = POST();
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(OPTIONS().headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
  });
});
