import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { DELETE, OPTIONS, PATCH, POST, PUT } from "@/app/api/recommend/route";
import { guarded } from "@/app/api/_lib/http.server";

vi.mock("server-only", () => ({}));

const URL_ = "http://127.0.0.1:3107/api/recommend";

/** A complete valid body; each case below breaks one field. */
const VALID = { tasks: { coding: 3, chat: 2 }, regions: ["eu"], hosting: ["api", "cloud-gpu"], budgetUsdPerMonth: 2000, tokensPerMonth: 300_000_000 };

function postJson(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return POST(new Request(URL_, { method: "POST", body: text, headers: { "content-type": "application/json", ...headers } }));
}

type ErrorBody = { error: string; issues?: { path: string; message: string }[] };
const paths = async (res: Response) => ((await res.json()) as ErrorBody).issues?.map((i) => i.path) ?? [];

describe("POST /api/recommend: invalid answers get 422 naming the field", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["no task above 0", { tasks: { coding: 0 } }, "tasks"],
    ["an importance out of 0-3", { tasks: { coding: 4 } }, "tasks.coding"],
    ["an unknown task", { tasks: { coding: 3, cooking: 2 } }, "tasks.cooking"],
    ["no region", { regions: [] }, "regions"],
    ["an unknown region", { regions: ["mars"] }, "regions.0"],
    ["\"any\" with another region", { regions: ["any", "eu"] }, "regions"],
    ["an unknown hosting kind", { hosting: ["cloud"] }, "hosting.0"],
    ["a GPU count of 0", { hardware: [{ gpu: "rtx-4090", count: 0 }] }, "hardware.0.count"],
    ["a GPU the catalog does not know", { hardware: [{ gpu: "no-such-gpu", count: 1 }] }, "hardware.0.gpu"],
    ["a negative budget", { budgetUsdPerMonth: -1 }, "budgetUsdPerMonth"],
    ["a budget written as a string", { budgetUsdPerMonth: "2000" }, "budgetUsdPerMonth"],
    ["a missing token volume", { tokensPerMonth: undefined }, "tokensPerMonth"],
    ["an input share above 1", { inputShare: 1.5 }, "inputShare"],
    ["a fractional context length", { minContextTokens: 1.5 }, "minContextTokens"],
    ["a boolean written as a string", { openWeightsOnly: "yes" }, "openWeightsOnly"],
    ["a boolean written as a number", { commercialUse: 1 }, "commercialUse"],
    ["a lower-case country code", { excludedOrigins: ["cn"] }, "excludedOrigins.0"],
    ["null for a boolean", { sensitiveTopics: null }, "sensitiveTopics"],
    ["a weight multiplier above 5", { weights: { cost: 9 } }, "weights.cost"],
    ["a field that Answers does not have", { colour: "red" }, "colour"],
  ];

  it.each(cases)("rejects %s", async (_what, override, path) => {
    const res = await postJson({ ...VALID, ...override });
    expect(res.status).toBe(422);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(await paths(res)).toContain(path);
  });

  it("names every bad field at once, with a message for each", async () => {
    const res = await postJson({ ...VALID, budgetUsdPerMonth: -5, inputShare: 2, hosting: [] });
    const body = (await res.json()) as ErrorBody;
    expect(body.error).toBe("invalid answers");
    expect(body.issues?.map((i) => i.path).sort()).toEqual(["budgetUsdPerMonth", "hosting", "inputShare"]);
    expect(body.issues?.every((i) => i.message.length > 3)).toBe(true);
  });

  it("says a missing field is required", async () => {
    const { tokensPerMonth: _omit, ...rest } = VALID;
    const body = (await (await postJson(rest)).json()) as ErrorBody;
    expect(body.issues).toContainEqual({ path: "tokensPerMonth", message: "is required (expected number)" });
  });

  it("says an unknown task is not a task, and lists the tasks", async () => {
    const body = (await (await postJson({ ...VALID, tasks: { coding: 3, cooking: 2 } })).json()) as ErrorBody;
    expect(body.issues?.[0]).toEqual({ path: "tasks.cooking", message: expect.stringMatching(/^is not a task: expected one of coding, reasoning/) });
  });

  it.each([["an array", []], ["null", null], ["a number", 42], ["a string", '"answers"']])("rejects %s as the body with 422", async (_w, body) => {
    const res = await postJson(body);
    expect(res.status).toBe(422);
    expect(await paths(res)).toEqual([""]);
  });
});

describe("POST /api/recommend: unreadable requests", () => {
  it("answers malformed JSON with 400 and a clear message", async () => {
    const res = await postJson('{"tasks": {"coding": 3,');
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error).toMatch(/^request body is not valid JSON/);
  });

  it("answers a form post with 400 naming the expected content type", async () => {
    const res = await POST(new Request(URL_, { method: "POST", body: "tasks=coding", headers: { "content-type": "application/x-www-form-urlencoded" } }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error).toContain("application/json");
  });

  it("answers a body over 64 KB with 413 when Content-Length says so", async () => {
    const big = JSON.stringify({ ...VALID, pad: "x".repeat(70_000) });
    expect((await postJson(big, { "content-length": String(big.length) })).status).toBe(413);
  });

  it("answers a body over 64 KB with 413 when it comes without Content-Length", async () => {
    const chunk = new TextEncoder().encode(" ".repeat(8192));
    let n = 0;
    const body = new ReadableStream<Uint8Array>({ pull: (c) => (n++ < 10 ? c.enqueue(chunk) : c.close()) });
    const req = new Request(URL_, { method: "POST", body, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    expect((await POST(req)).status).toBe(413);
  });

  it("never answers 500 to arbitrary JSON", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const res = await postJson(JSON.stringify(value) ?? "null");
        expect([200, 400, 413, 422]).toContain(res.status);
      }),
      { numRuns: 150 },
    );
  });
});

describe("/api/recommend: methods", () => {
  it.each([["PUT", PUT], ["PATCH", PATCH], ["DELETE", DELETE]] as const)("answers %s with 405 and an Allow header", async (_m, handler) => {
    const res = await handler(new Request("http://localhost/api/recommend", { method: _m }));
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, POST, OPTIONS");
    expect(((await res.json()) as ErrorBody).error).toContain("method not allowed");
  });

  it("answers a CORS preflight for a JSON POST from any origin", async () => {
    const res = await OPTIONS(new Request("http://localhost/api/recommend", { method: "OPTIONS" }));
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    expect(res.headers.get("access-control-allow-headers")).toContain("Content-Type");
  });
});

describe("guarded", () => {
  it("turns a server fault into a generic 500 that leaks no detail, and logs it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = await guarded("test", () => {
      throw new Error("secret stack detail");
    });
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain("secret");
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
