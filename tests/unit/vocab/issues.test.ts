import { describe, expect, it } from "vitest";
import { answersFromJson, answersFromQuery, ISSUE_CODES, type BoundaryIssue, type IssueCode, type IssueParams } from "@/lib/answers";
import { PARAMS } from "@/lib/share/params";
import { GLOSSARY } from "@/lib/vocab/glossary";
import { fieldSentence, issueMessage, ZH_EXPECTED, ZH_ISSUES } from "@/lib/vocab/issues";
import { makeCatalog } from "../../fixtures/catalog";

const catalog = makeCatalog();
const CJK = /[\u4e00-\u9fff]/;

/** Sample params per code: a Record, so a new code fails to compile here until it has one. */
const SAMPLES: { [C in IssueCode]: IssueParams[C] } = {
  "not-object": {},
  "unknown-field": {},
  "unknown-task": { values: ["coding", "chat"] },
  "unknown-criterion": { values: ["cost", "quality"] },
  "unknown-key": {},
  required: { expected: "number" },
  type: { expected: "boolean" },
  "whole-number": {},
  min: { min: 0, inclusive: true },
  max: { max: 1e9, inclusive: true },
  "min-items": { min: 1 },
  "max-items": { max: 16 },
  "min-length": { min: 2 },
  "max-length": { max: 80 },
  format: { format: "gpu-id" },
  "one-of": { values: ["api", "cloud-gpu"] },
  "no-task": {},
  "any-alone": {},
  "no-repeat": { what: "region" },
  invalid: {},
  "query-unknown-key": { key: "cooking", values: ["coding"] },
  "query-pair": { text: "coding:" },
  "query-gpu-count": { text: "x" },
  "query-number": { text: "abc" },
  "query-bool": { text: "2" },
  "query-items": { count: 70, max: 64 },
  "query-missing": {},
  "unknown-gpu": { gpu: "nosuchgpu" },
  more: { count: 3 },
};

const base = { tasks: { coding: 3 }, regions: ["eu"], hosting: ["api"], budgetUsdPerMonth: 100, tokensPerMonth: 1e6 };
const Q = "t=coding:3&r=eu&h=api&b=100&tok=1M";

/** Bad inputs on both boundaries, one or more per kind the Answers schema and the share query can give. */
const JSON_INPUTS: unknown[] = [
  5,
  {},
  { ...base, foo: 1 },
  { ...base, tasks: { cooking: 1 } },
  { ...base, tasks: { coding: 5 } },
  { ...base, tasks: {} },
  { ...base, weights: { foo: 1, cost: 9 } },
  { ...base, hardware: [{ gpu: "rtx-4090", count: 1, x: 1 }] },
  { ...base, regions: [] },
  { ...base, regions: ["any", "eu"] },
  { ...base, regions: ["eu", "eu"] },
  { ...base, hosting: ["x"] },
  { ...base, hosting: ["api", "api"] },
  { ...base, hardware: [{ gpu: "A B", count: 1.5 }] },
  { ...base, hardware: [{ gpu: "x".repeat(90), count: 0 }] },
  { ...base, hardware: Array.from({ length: 17 }, () => ({ gpu: "rtx-4090", count: 1 })) },
  { ...base, hardware: Array.from({ length: 8 }, () => ({ gpu: "nosuchgpu", count: 1 })) },
  { ...base, budgetUsdPerMonth: "x" },
  { ...base, budgetUsdPerMonth: 2e9 },
  { ...base, minTokensPerSecond: 0 },
  { ...base, excludedOrigins: ["cn"] },
];
const QUERIES = [
  "t=coding:3&b=abc",
  "t=&r=eu&h=api&b=100&tok=1M",
  "t=cooking:1&r=eu&h=api&b=1&tok=1",
  "t=coding&r=eu&h=api&b=1&tok=1",
  `${Q}&hw=rtx-4090:x`,
  `${Q}&hard=2`,
  `${Q}&ex=${"CN,".repeat(70)}`,
  `${Q}&hw=nosuchgpu:1`,
  "t=coding:3&r=mars&h=api&b=1&tok=1M&cur=GBP&in=2&ctx=1.5",
];

function allIssues(): BoundaryIssue[] {
  const out: BoundaryIssue[] = [];
  for (const j of JSON_INPUTS) {
    const r = answersFromJson(j, catalog);
    if (!r.ok) out.push(...r.issues);
  }
  for (const q of QUERIES) {
    const r = answersFromQuery(q, catalog);
    if (!r.ok) out.push(...r.issues);
  }
  return out;
}

describe("the boundary's issues in Chinese", () => {
  it("words every issue code in Chinese", () => {
    const missing = ISSUE_CODES.filter((c) => !Object.hasOwn(ZH_ISSUES, c));
    expect(missing).toEqual([]);
    for (const code of ISSUE_CODES) expect((ZH_ISSUES[code] as (p: unknown) => string)(SAMPLES[code]), code).toMatch(CJK);
  });

  it("gives every issue the boundary emits a code of the list and a Chinese message", () => {
    const issues = allIssues();
    const seen = new Set(issues.map((i) => i.kind.code));
    for (const i of issues) {
      expect(ISSUE_CODES, i.message).toContain(i.kind.code);
      const zh = issueMessage(i, "zh");
      expect(zh, i.message).toMatch(CJK);
      expect(issueMessage(i, "en")).toBe(i.message);
    }
    // Every code is reached by one of these inputs, but the two the Answers schema cannot give today
    // (no string field has a minimum length; every refinement names its kind).
    expect(ISSUE_CODES.filter((c) => !seen.has(c) && c !== "min-length" && c !== "invalid")).toEqual([]);
  });

  it.each([
    ["a budget that is not a number", "t=coding:3&b=abc", "budgetUsdPerMonth", "b", /“abc” 不是数字；应填以美元计的每月预算，例如 b=2000/],
    ["an unknown GPU", "t=chat:1&r=eu&h=own-hardware&b=1&tok=1M&hw=nosuchgpu:1", "hardware.0.gpu", "hw", /“nosuchgpu” 不是目录中的 GPU/],
    ["an empty task list", "t=&r=eu&h=api&b=100&tok=1M", "tasks", "t", /至少要有一项任务用得上.*应填任务及其重要程度 0-3，例如 t=coding:3,chat:2/],
    ["a missing region", "t=coding:3&h=api&b=100&tok=1M", "regions", "r", /未填写；应填允许处理提示词的地区/],
  ])("names the field and its query parameter for %s", (_what, query, path, param, text) => {
    const r = answersFromQuery(query, catalog);
    expect(r.ok).toBe(false);
    const issue = r.ok ? undefined : r.issues.find((i) => i.path === path);
    expect(issue?.message).toContain(`query parameter "${param}"`);
    const zh = issue ? issueMessage(issue, "zh") : "";
    expect(zh.startsWith(`查询参数 ${param}：`)).toBe(true);
    expect(zh).toMatch(text);
    expect(zh).not.toMatch(/query parameter|expected|is not/);
  });

  it("words a field beside the wizard's input in the page's language", () => {
    const r = answersFromJson({ ...base, budgetUsdPerMonth: -5 }, catalog);
    const issue = r.ok ? undefined : r.issues[0];
    expect(issue && fieldSentence(issue, "en")).toBe("Must be 0 or more.");
    expect(issue && fieldSentence(issue, "zh")).toBe("不能小于 0。");
  });

  it("says what each query parameter expects, with its example and the glossary's terms", () => {
    for (const [field, spec] of Object.entries(PARAMS) as [keyof typeof PARAMS, (typeof PARAMS)[keyof typeof PARAMS]][]) {
      const zh = ZH_EXPECTED[field];
      expect(zh, field).toMatch(CJK);
      const example = new RegExp(`\\b${spec.param}=\\S+`).exec(spec.expected)?.[0].replace(/[),]$/, "");
      if (example) expect(zh, field).toContain(example);
      for (const g of GLOSSARY) if (g.en.test(spec.expected)) expect(zh, `${field}: "${spec.expected}" has ${g.en}`).toContain(g.zh);
    }
  });
});
