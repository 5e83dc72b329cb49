import { describe, expect, it, vi } from "vitest";
import { cachedMemo } from "@/app/api/report/memo-cache.server";

// Server modules import "server-only", which throws outside a React server build.
vi.mock("server-only", () => ({}));

describe("memo cache", () => {
  it("renders a memo once for the same key, however many ask at once", async () => {
    let renders = 0;
    const render = async () => {
      renders++;
      return new Uint8Array([37, 80, 68, 70]);
    };
    const all = await Promise.all([1, 2, 3].map(() => cachedMemo("q|a4|2026-11-28|http://x", render)));
    expect(renders).toBe(1);
    expect(all.every((b) => b[0] === 37)).toBe(true);
    await cachedMemo("q|letter|2026-11-28|http://x", render);
    expect(renders).toBe(2);
  });

  it("does not keep a failed render: the next request renders again", async () => {
    let renders = 0;
    const failing = async (): Promise<Uint8Array> => {
      renders++;
      throw new Error("layout failed");
    };
    await expect(cachedMemo("broken", failing)).rejects.toThrow("layout failed");
    await new Promise((r) => setTimeout(r, 0));
    await expect(cachedMemo("broken", failing)).rejects.toThrow("layout failed");
    expect(renders).toBe(2);
  });
});
