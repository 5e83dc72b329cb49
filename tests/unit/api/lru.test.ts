import { describe, expect, it, vi } from "vitest";
import { LruCache } from "@/app/_lib/lru.server";

// Server modules import "server-only", which throws outside a React server build.
vi.mock("server-only", () => ({}));

describe("LruCache", () => {
  it("evicts the least recently used entry beyond its size", () => {
    const c = new LruCache<number>(2, 1000, () => 0);
    c.set("a", 1);
    c.set("b", 2);
    expect(c.get("a")).toBe(1); // "b" is now the least recently used
    c.set("c", 3);
    expect(c.get("b")).toBeUndefined();
    expect(c.get("a")).toBe(1);
    expect(c.get("c")).toBe(3);
    expect(c.size).toBe(2);
  });

  it("forgets an entry exactly at its time to live, not a millisecond before", () => {
    let now = 0;
    const c = new LruCache<string>(4, 100, () => now);
    c.set("k", "v");
    now = 99;
    expect(c.get("k")).toBe("v");
    now = 100;
    expect(c.get("k")).toBeUndefined();
    expect(c.size).toBe(0);
  });

  it("replaces the value of a key set twice", () => {
    const c = new LruCache<number>(2, 1000, () => 0);
    c.set("k", 1);
    c.set("k", 2);
    expect(c.get("k")).toBe(2);
    expect(c.size).toBe(1);
  });
});
