import { describe, expect, it } from "vitest";
import { answersFromJson, answersFromQuery, capIssues, checkField } from "@/lib/answers";
import { makeCatalog } from "../../fixtures/catalog";

const catalog = makeCatalog();
const json = (x: unknown) => {
  const r = answersFromJson(x, catalog);
  return r.ok ? [] : r.issues;
};
const query = (q: string) => {
  const r = answersFromQuery(q, catalog);
  return r.ok ? [] : r.issues;
};
const base = { tasks: { coding: 3 }, regions: ["eu"], hosting: ["api"], budgetUsdPerMonth: 100, tokensPerMonth: 1e6 };

describe("one boundary for every surface", () => {
  it.each([
    ["an unknown GPU", { ...base, hardware: [{ gpu: "not-a-gpu", count: 1 }] }, "t=coding:3&r=eu&h=api&b=100&tok=1M&hw=not-a-gpu:1", "hardware.0.gpu", /not a GPU in the catalog/],
    ["a bad budget", { ...base, budgetUsdPerMonth: -5 }, "t=coding:3&r=eu&h=api&b=-5&tok=1M", "budgetUsdPerMonth", /0 or more|not a number/],
    ["an empty task list", { ...base, tasks: {} }, "t=&r=eu&h=api&b=100&tok=1M", "tasks", /at least one task must matter/],
  ])("names the field of %s the same way from JSON and from a share query", (_n, body, q, path, message) => {
    const j = json(body);
    const u = query(q);
    expect(j.map((i) => i.path)).toContain(path);
    expect(u.map((i) => i.path)).toContain(path);
    expect(j.find((i) => i.path === path)?.message).toMatch(message);
    expect(u.find((i) => i.path === path)?.message).toMatch(message);
    // URL surfaces also name the query parameter.
    expect(u.find((i) => i.path === path)?.message).toMatch(/query parameter "(hw|b|t)"/);
  });

  it("names __proto__ and constructor keys inside tasks and weights, as any unknown key", () => {
    const issues = answersFromJson(JSON.parse('{"tasks":{"coding":3,"__proto__":2},"regions":["eu"],"hosting":["api"],"budgetUsdPerMonth":1,"tokensPerMonth":1,"weights":{"constructor":1}}'), catalog);
    expect(issues.ok).toBe(false);
    if (!issues.ok) expect(issues.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["tasks.__proto__", "weights.constructor"]));
  });

  it("caps the issues of one field and says how many more there were", () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ path: `hardware.${i}.gpu`, message: "x" }));
    const capped = capIssues(many);
    expect(capped.length).toBe(6);
    expect(capped[5]?.message).toMatch(/and 35 more issues/);
    // A hostile query of thousands of commas is one issue, not thousands.
    expect(query(`t=coding:3&r=eu&h=api&b=1&tok=1M&w=${",".repeat(15_000)}`).length).toBeLessThanOrEqual(6);
  });

  it("applies the defaults once, derived ones included", () => {
    const r = answersFromJson({ ...base, tokensPerMonth: 200e6 }, catalog);
    expect(r.ok && r.answers.concurrentRequests).toBe(12);
    expect(r.ok && r.answers.promptTokens).toBe(8192);
    expect(r.ok && r.answers.currency).toBe("USD");
  });

  it("checks one wizard field at a time with the schema and the catalog", () => {
    expect(checkField("budgetUsdPerMonth", 10, catalog)).toEqual({ ok: true, value: 10 });
    expect(checkField("hardware", [{ gpu: "nope", count: 1 }], catalog).ok).toBe(false);
  });
});
