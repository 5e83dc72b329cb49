import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Answers } from "@/lib/schema/answers";
import { CRITERIA, HOSTINGS, REGIONS, TASKS } from "@/lib/schema/common";
import { normalizeAnswers } from "@/lib/share/normalize";
import { DEFAULTS } from "@/lib/share/params";
import { answersFromQuery } from "@/lib/answers";
import { encodeAnswers } from "@/lib/share/query";
import { formatCount, parseCount } from "@/lib/share/tokens";
import { makeAnswers } from "../../fixtures/answers";

/** Decode through the one boundary, with a catalog that knows every GPU the query names. */
function decodeAnswers(query: string | URLSearchParams) {
  const text = typeof query === "string" ? query : query.toString();
  const hw = new URLSearchParams(text).get("hw") ?? "";
  const gpus = hw.split(",").map((x) => ({ id: x.split(":")[0] ?? "" })) as never;
  return answersFromQuery(query, { gpus });
}

function decoded(query: string | URLSearchParams): Answers {
  const r = decodeAnswers(query);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.answers;
}

function issues(query: string) {
  const r = decodeAnswers(query);
  return r.ok ? [] : r.issues;
}

describe("encodeAnswers", () => {
  it("writes the documented example", () => {
    const a = makeAnswers({
      tasks: { chat: 2, coding: 3 },
      hosting: ["cloud-gpu", "api"],
      hardware: [{ gpu: "rtx-4090", count: 1 }],
      budgetIsHardLimit: true,
      openWeightsOnly: true,
      commercialUse: false,
      excludedOrigins: ["US", "CN"],
      sensitiveTopics: true,
      weights: { cost: 2 },
    });
    expect(encodeAnswers(a)).toBe(
      "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&hw=rtx-4090:1&b=2000&hard=1&tok=300M&open=1&com=0&ex=CN,US&sens=1&w=cost:2",
    );
  });

  it("leaves out fields at their default and zero importances", () => {
    expect(encodeAnswers(makeAnswers({ tasks: { coding: 3, vision: 0 }, weights: { cost: 1 } }))).toBe("t=coding:3&r=eu&h=api,cloud-gpu&b=2000&tok=300M");
  });

  it("writes regions any as r=any", () => {
    expect(encodeAnswers(makeAnswers({ regions: ["any"] }))).toContain("r=any&");
  });

  it("gives equal strings for answers that differ only in list order", () => {
    const a = makeAnswers({ regions: ["us", "eu"], excludedOrigins: ["US", "CN"] });
    const b = makeAnswers({ regions: ["eu", "us"], excludedOrigins: ["CN", "US"] });
    expect(encodeAnswers(a)).toBe(encodeAnswers(b));
  });

  it("rejects a GPU id that is not a catalog-style id (a lone surrogate, separators) by its field", () => {
    for (const gpu of ["a\uD800b", "rtx:4090", "a,b", "RTX 4090"]) {
      const r = Answers.safeParse({ tasks: { chat: 1 }, regions: ["eu"], hosting: ["own-hardware"], hardware: [{ gpu, count: 1 }], budgetUsdPerMonth: 0, tokensPerMonth: 0 });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(["hardware", 0, "gpu"]);
    }
  });

  it("uses the schema's defaults", () => {
    const min = Answers.parse({ tasks: { chat: 1 }, regions: ["eu"], hosting: ["api"], budgetUsdPerMonth: 0, tokensPerMonth: 0 });
    for (const [k, v] of Object.entries(DEFAULTS)) expect(min[k as keyof typeof DEFAULTS]).toBe(v);
  });
});

describe("decodeAnswers", () => {
  it("reads the documented example, with a leading ? and unknown parameters", () => {
    const a = decoded("?t=coding:3,chat:2&r=eu&h=api,cloud-gpu&hw=rtx-4090:1&b=2000&hard=1&tok=300M&in=0.75&ctx=8192&open=1&com=0&ex=CN,US&sens=1&w=cost:2&theme=dark&top=5&paper=a4");
    expect(a).toEqual(makeAnswers({
      hardware: [{ gpu: "rtx-4090", count: 1 }], budgetIsHardLimit: true, openWeightsOnly: true, commercialUse: false,
      excludedOrigins: ["CN", "US"], sensitiveTopics: true, weights: { cost: 2 },
    }));
  });

  it("reads URLSearchParams like a string", () => {
    const q = "t=coding:3&r=eu,us&h=api&hw=rtx-4090:2&b=10&tok=1.5B";
    expect(decoded(new URLSearchParams(q))).toEqual(decoded(q));
    expect(decoded(q).tokensPerMonth).toBe(1_500_000_000);
  });

  it.each([
    ["b=abc", "budgetUsdPerMonth", '"b"'],
    ["b=-5", "budgetUsdPerMonth", '"b"'],
    ["t=coding:7", "tasks.coding", '"t"'],
    ["t=cooking:2", "tasks.cooking", '"t"'],
    ["hw=rtx-4090:0", "hardware.0.count", '"hw"'],
    ["hw=rtx-4090:x", "hardware.0.count", '"hw"'],
    ["r=mars", "regions.0", '"r"'],
    ["hard=yes", "budgetIsHardLimit", '"hard"'],
    ["in=1.5", "inputShare", '"in"'],
    ["ex=cn", "excludedOrigins.0", '"ex"'],
    ["w=cost:9", "weights.cost", '"w"'],
  ])("reports %s at %s, naming the parameter", (bad, path, param) => {
    const base = new Map([["t", "coding:3"], ["r", "eu"], ["h", "api"], ["b", "100"], ["tok", "1M"]]);
    const [k = "", v = ""] = bad.split("=");
    base.set(k, v);
    const found = issues([...base].map(([key, val]) => `${key}=${val}`).join("&"));
    expect(found.map((i) => i.path)).toEqual([path]);
    expect(found[0]?.message).toContain(param);
  });

  it("reports each missing required parameter", () => {
    expect(issues("theme=dark").map((i) => i.path).sort()).toEqual(["budgetUsdPerMonth", "hosting", "regions", "tasks", "tokensPerMonth"]);
    expect(issues("theme=dark").find((i) => i.path === "budgetUsdPerMonth")?.message).toMatch(/"b" is missing/);
  });
});

describe("token counts", () => {
  it.each([[300_000_000, "300M"], [1_500_000_000, "1.5B"], [20_000, "20k"], [999, "999"], [1_234_567, "1234567"], [0, "0"]])(
    "writes %d as %s and reads it back",
    (n, text) => {
      expect(formatCount(n)).toBe(text);
      expect(parseCount(text)).toBe(n);
    },
  );
  it("rejects a unit it does not know", () => expect(parseCount("5X")).toBeUndefined());
});

const answersArb = fc
  .record({
    tasks: fc.dictionary(fc.constantFrom(...TASKS), fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>),
    regions: fc.oneof(fc.constant(["any"] as const), fc.uniqueArray(fc.constantFrom(...REGIONS), { minLength: 1 })),
    hosting: fc.uniqueArray(fc.constantFrom(...HOSTINGS), { minLength: 1 }),
    hardware: fc.array(fc.record({ gpu: fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,10}$/), count: fc.integer({ min: 1, max: 64 }) }), { maxLength: 3 }),
    budgetUsdPerMonth: fc.oneof(fc.integer({ min: 0, max: 1e9 }), fc.double({ min: 0, max: 1e6, noNaN: true })),
    budgetIsHardLimit: fc.boolean(),
    tokensPerMonth: fc.oneof(fc.integer({ min: 0, max: 1e13 }), fc.constantFrom(1.5e9, 2.25e6, 300e6)),
    inputShare: fc.double({ min: 0, max: 1, noNaN: true }),
    minContextTokens: fc.integer({ min: 0, max: 10_000_000 }),
    openWeightsOnly: fc.boolean(),
    commercialUse: fc.boolean(),
    excludedOrigins: fc.array(fc.stringMatching(/^[A-Z]{2}$/), { maxLength: 3 }),
    sensitiveTopics: fc.boolean(),
    weights: fc.option(fc.dictionary(fc.constantFrom(...CRITERIA), fc.double({ min: 0, max: 5, noNaN: true })), { nil: undefined }),
    concurrentRequests: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }),
    minTokensPerSecond: fc.option(fc.double({ min: 0.5, max: 500, noNaN: true }), { nil: undefined }),
    maxTimeToFirstTokenSeconds: fc.option(fc.double({ min: 0.1, max: 60, noNaN: true }), { nil: undefined }),
    promptTokens: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: undefined }),
    cachedInputShare: fc.double({ min: 0, max: 1, noNaN: true }),
    batchShare: fc.double({ min: 0, max: 1, noNaN: true }),
    excludedOperatorCountries: fc.array(fc.stringMatching(/^[A-Z]{2}$/), { maxLength: 3 }),
    currency: fc.constantFrom("USD", "EUR", "CNY"),
    ownHardwareCost: fc.constantFrom("electricity", "tco"),
    gpuPriceUsd: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }),
    amortizationMonths: fc.integer({ min: 1, max: 120 }),
    opsHoursPerMonth: fc.integer({ min: 0, max: 100 }),
  })
  .filter((a) => Object.values(a.tasks).some((v) => v > 0))
  .map((a) => Answers.parse(Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined))));

describe("share round-trip", () => {
  it("decodes every encoded answer set to the same answers, in canonical order", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const q = encodeAnswers(a);
        expect(decoded(q)).toEqual(normalizeAnswers(a));
        // URLSearchParams arrive decoded: ids holding "," or ":" (never catalog ids) cannot be split back.
        if (!a.hardware.some((h) => /[,:]/.test(h.gpu))) expect(decoded(new URLSearchParams(q))).toEqual(normalizeAnswers(a));
        expect(encodeAnswers(decoded(q))).toBe(q);
      }),
      { numRuns: 500 },
    );
  });
});

describe("reading each kind of parameter", () => {
  const base = "t=coding:3&r=eu&h=api&b=100&tok=1M";
  it.each([
    ["conc=4", "concurrentRequests", 4],
    ["tps=22.5", "minTokensPerSecond", 22.5],
    ["ttft=2", "maxTimeToFirstTokenSeconds", 2],
    ["pt=4k", "promptTokens", 4000],
    ["cache=0.5", "cachedInputShare", 0.5],
    ["batch=0.25", "batchShare", 0.25],
    ["rsn=3", "reasoningTokensPerOutputToken", 3],
    ["exop=US,CN", "excludedOperatorCountries", ["US", "CN"]],
    ["cur=EUR", "currency", "EUR"],
    ["ohc=tco", "ownHardwareCost", "tco"],
    ["gpup=1.8k", "gpuPriceUsd", 1800],
    ["amort=24", "amortizationMonths", 24],
    ["opsh=4", "opsHoursPerMonth", 4],
    ["opsr=80", "opsUsdPerHour", 80],
    ["kwh=0.3", "electricityUsdPerKwh", 0.3],
    ["hard=true", "budgetIsHardLimit", true],
    ["open=false", "openWeightsOnly", false],
    ["hw=rtx-4090", "hardware", [{ gpu: "rtx-4090", count: 1 }]],
  ] as const)("%s sets %s", (extra, field, value) => {
    expect(decoded(`${base}&${extra}`)[field]).toEqual(value);
  });

  it("keeps the first of a repeated parameter", () => {
    expect(decoded(`${base}&b=5&b=9`).budgetUsdPerMonth).toBe(100);
    expect(decoded(`b=7&${base}`).budgetUsdPerMonth).toBe(7);
  });

  it.each([
    ["tps=fast", "minTokensPerSecond", '"tps": "fast" is not a number'],
    ["conc=", "concurrentRequests", '"conc": "" is not a number'],
    ["cur=GBP", "currency", '"cur"'],
    ["t=coding:x", "tasks.coding", '"coding:x" needs a number after ":"'],
    ["t=coding:3:1", "tasks.coding", '"coding:3:1" needs a number after ":"'],
    ["hw=rtx-4090:2:1", "hardware.0.count", "is not a GPU count"],
    ["hard=maybe", "budgetIsHardLimit", '"maybe" is not 1 or 0'],
  ])("reports %s at %s", (bad, path, text) => {
    const params = new URLSearchParams(base);
    const [k = "", v = ""] = bad.split("=");
    params.set(k, v);
    const found = issues(params.toString());
    expect(found.map((i) => i.path)).toContain(path);
    expect(found.find((i) => i.path === path)?.message).toContain(text);
  });

  it("refuses a list of more than 64 items as one issue", () => {
    const found = issues(`${base}&ex=${Array.from({ length: 65 }, () => "US").join(",")}`);
    expect(found).toEqual([expect.objectContaining({ path: "excludedOrigins", message: expect.stringContaining("has 65 items; at most 64"), kind: { code: "query-items", params: { count: 65, max: 64 } } })]);
    expect(issues(`${base}&ex=${Array.from({ length: 64 }, () => "US").join(",")}`)[0]?.message).toContain("can list at most 50 countries");
  });

  it("reads percent-encoded separators as separators", () => {
    expect(decoded("t=coding%3A3%2Cchat%3A2&r=eu&h=api&b=100&tok=1M").tasks).toEqual({ coding: 3, chat: 2 });
  });
});

describe("writing the canonical query", () => {
  it("writes contract-2 answers only where they differ from their default or derived value", () => {
    const a = decoded("t=coding:3&r=eu&h=api&b=100&tok=200M");
    expect(a.concurrentRequests).toBe(12);
    expect(encodeAnswers(a)).toBe("t=coding:3&r=eu&h=api&b=100&tok=200M");
    expect(encodeAnswers({ ...a, concurrentRequests: 3, promptTokens: 2000, cachedInputShare: 0.5, currency: "CNY", excludedOperatorCountries: ["US"] })).toBe("t=coding:3&r=eu&h=api&b=100&tok=200M&conc=3&pt=2000&cache=0.5&exop=US&cur=CNY");
  });
});

import { PARAMS, SURFACE_PARAMS } from "@/lib/share/params";
describe("the parameter table", () => {
  it("gives every answer a distinct short parameter, none of the surfaces' own, and an example that uses it", () => {
    const names = Object.values(PARAMS).map((p) => p.param);
    expect(new Set(names).size).toBe(names.length);
    for (const [field, spec] of Object.entries(PARAMS)) {
      expect(spec.param, field).toMatch(/^[a-z]{1,5}$/);
      expect(SURFACE_PARAMS as readonly string[]).not.toContain(spec.param);
      if (spec.kind !== "bool") expect(spec.expected, field).toMatch(new RegExp(`e\\.g\\. ${spec.param}=\\S+`));
      else expect(spec.expected, field).toMatch(/^1 \(.+\) or 0$/);
    }
  });
});
