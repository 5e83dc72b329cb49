import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeRaw } from "@/lib/share/decode-raw";
import { normalizeAnswers } from "@/lib/share/normalize";
import { FIELD_OF, PARAM, PARAMS } from "@/lib/share/params";
import { encodeAnswers } from "@/lib/share/query";
import { formatCount, parseCount } from "@/lib/share/tokens";
import type { Answers } from "@/lib/schema/answers";
import { makeAnswers } from "../../fixtures/answers";

const raw = (q: string) => decodeRaw(new URLSearchParams(q));
const messages = (q: string) => raw(q).issues.map((i) => `${i.path}: ${i.message}`);

describe("decodeRaw, field by field", () => {
  it("reads a task map and names the known tasks for an unknown one", () => {
    expect(raw("t=coding:3,chat:0.5").raw).toStrictEqual({ tasks: { coding: 3, chat: 0.5 } });
    const [issue] = raw("t=cooking:2").issues;
    expect(issue?.path).toBe("tasks.cooking");
    expect(issue?.message).toMatch(/^query parameter "t": "cooking" is not one of coding, [a-z-]+(, [a-z-]+)+ \(expected tasks with an importance 0-3/);
  });

  it("needs a number after the colon: missing, empty or followed by more", () => {
    expect(messages("t=coding")).toEqual([`tasks.coding: query parameter "t": "coding:" needs a number after ":" (expected ${PARAMS.tasks.expected})`]);
    expect(messages("t=coding:")).toEqual([`tasks.coding: query parameter "t": "coding:" needs a number after ":" (expected ${PARAMS.tasks.expected})`]);
    expect(raw("t=coding:").raw).toStrictEqual({ tasks: {} });
    expect(messages("w=cost:1:2")[0]).toContain('"cost:1:2" needs a number after ":"');
    expect(raw("w=cost:2,quality:0").raw).toStrictEqual({ weights: { cost: 2, quality: 0 } });
  });

  it("reads GPUs with a count of 1 when none is given, and reports a count that is empty or not a number", () => {
    expect(raw("hw=rtx-4090,h100:8").raw).toStrictEqual({ hardware: [{ gpu: "rtx-4090", count: 1 }, { gpu: "h100", count: 8 }] });
    expect(messages("hw=rtx-4090:")).toEqual([`hardware.0.count: query parameter "hw": "" is not a GPU count (expected ${PARAMS.hardware.expected})`]);
    expect(messages("hw=a:1,b:x")).toEqual([`hardware.1.count: query parameter "hw": "x" is not a GPU count (expected ${PARAMS.hardware.expected})`]);
    expect(messages("hw=a:1:2")[0]).toContain('"1" is not a GPU count');
  });

  it("keeps a list item that holds a colon whole", () => {
    expect(raw("ex=CN:US,FR").raw).toStrictEqual({ excludedOrigins: ["CN:US", "FR"] });
    expect(raw("r=").raw).toStrictEqual({ regions: [] });
  });

  it("reads counts with suffixes, and plain numbers without", () => {
    expect(raw("tok=2k&tps=2.5").raw).toStrictEqual({ tokensPerMonth: 2000, minTokensPerSecond: 2.5 });
    expect(messages("tps=2k")).toEqual([`minTokensPerSecond: query parameter "tps": "2k" is not a number (expected ${PARAMS.minTokensPerSecond.expected})`]);
    expect(messages("in=")[0]).toBe(`inputShare: query parameter "in": "" is not a number (expected ${PARAMS.inputShare.expected})`);
    expect(raw("in=").raw).toStrictEqual({});
  });

  it("quotes a number's whole text, separators included, cut after 40 characters", () => {
    expect(messages("b=1,2")[0]).toContain('"1,2" is not a number');
    expect(messages("b=1:2")[0]).toContain('"1:2" is not a number');
    const forty = "x".repeat(40);
    expect(messages(`b=${forty}`)[0]).toContain(`"${forty}" is not a number`);
    expect(messages(`b=${forty}yz`)[0]).toContain(`"${forty}..." is not a number`);
  });

  it("sets no field for a value it reports", () => {
    const r = raw("b=abc&hard=maybe&tok=1M");
    expect(r.raw).toStrictEqual({ tokensPerMonth: 1e6 });
    expect(Object.keys(r.raw)).toEqual(["tokensPerMonth"]);
    expect(r.issues.map((i) => i.field)).toEqual(["budgetUsdPerMonth", "budgetIsHardLimit"]);
  });

  it("reads text as it is", () => {
    expect(raw("cur=EUR&ohc=a:b,c").raw).toStrictEqual({ currency: "EUR", ownHardwareCost: "a:b,c" });
  });
});

describe("the parameter names", () => {
  it("map each parameter back to its field", () => {
    for (const [field, spec] of Object.entries(PARAMS)) {
      expect(FIELD_OF.get(spec.param)).toBe(field);
      expect(PARAM[field as keyof typeof PARAM]).toBe(spec.param);
    }
    expect(FIELD_OF.size).toBe(Object.keys(PARAMS).length);
  });
});

describe("normalizeAnswers", () => {
  it("orders GPUs by id, then by count", () => {
    const a = makeAnswers({ hosting: ["own-hardware"], hardware: [{ gpu: "rtx-4090", count: 2 }, { gpu: "a100", count: 4 }, { gpu: "rtx-4090", count: 1 }, { gpu: "a100", count: 1 }] });
    expect(normalizeAnswers(a).hardware).toEqual([{ gpu: "a100", count: 1 }, { gpu: "a100", count: 4 }, { gpu: "rtx-4090", count: 1 }, { gpu: "rtx-4090", count: 2 }]);
  });

  it("gives every order of the same GPUs one canonical list (property)", () => {
    const gpus = fc.uniqueArray(fc.record({ gpu: fc.constantFrom("a100", "h100", "rtx-4090", "l4"), count: fc.integer({ min: 1, max: 8 }) }), { selector: (h) => `${h.gpu}:${h.count}`, maxLength: 6 });
    fc.assert(fc.property(gpus, (hw) => {
      const a = { ...makeAnswers(), hardware: hw };
      const b = { ...makeAnswers(), hardware: [...hw].reverse() };
      const x = normalizeAnswers(a).hardware;
      expect(normalizeAnswers(b).hardware).toEqual(x);
      for (let i = 1; i < x.length; i++) {
        const p = x[i - 1]!;
        const q = x[i]!;
        expect(p.gpu < q.gpu || (p.gpu === q.gpu && p.count < q.count)).toBe(true);
      }
    }));
  });

  it("sorts and de-duplicates the operator countries", () => {
    expect(normalizeAnswers(makeAnswers({ excludedOperatorCountries: ["US", "CN", "US", "DE"] })).excludedOperatorCountries).toEqual(["CN", "DE", "US"]);
  });
});

describe("encodeAnswers, the optional fields", () => {
  it("writes reasoning tokens, the ops rate and the electricity price when given", () => {
    const q = encodeAnswers(makeAnswers({ reasoningTokensPerOutputToken: 2, opsUsdPerHour: 80, electricityUsdPerKwh: 0.25 }));
    expect(q).toBe("t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=300M&rsn=2&opsr=80&kwh=0.25");
  });

  it("writes a lone surrogate as U+FFFD and keeps a surrogate pair", () => {
    const hw = (gpu: string) => encodeAnswers({ ...makeAnswers(), hardware: [{ gpu, count: 1 }] } as Answers).split("&").find((p) => p.startsWith("hw="));
    expect(hw("a\uD800b")).toBe("hw=a%EF%BF%BDb:1");
    expect(hw("a\uDC00b")).toBe("hw=a%EF%BF%BDb:1");
    expect(hw("\uDC00")).toBe("hw=%EF%BF%BD:1");
    expect(hw("a\uD800")).toBe("hw=a%EF%BF%BD:1");
    expect(hw("a\uD83D\uDE00")).toBe("hw=a%F0%9F%98%80:1");
  });
});

describe("token counts, edge by edge", () => {
  it.each([
    ["300M", 3e8],
    [" 300M ", 3e8],
    [".25", 0.25],
    [".25k", 250],
    ["1e6", 1e6],
    ["1.5e3k", 1.5e6],
    ["2e-3M", 2000],
    ["2e+3", 2000],
    ["1G", 1e9],
    ["3K", 3000],
    ["2T", 2e12],
  ])("reads %j as %d", (text, n) => expect(parseCount(text)).toBe(n));

  it.each(["300Mx", "300 M", "5X", "1e", ".", "-5", "", "1e400"])("refuses %j", (text) => expect(parseCount(text)).toBeUndefined());

  it.each([
    [1e12, "1T"],
    [1e9, "1B"],
    [1e6, "1M"],
    [1e3, "1k"],
    [1500, "1.5k"],
    [2.5e12, "2.5T"],
    [-5e6, "-5000000"],
  ])("writes %d as %s", (n, text) => expect(formatCount(n)).toBe(text));

  it("reads back every count it writes, never longer than the plain number (property)", () => {
    fc.assert(fc.property(fc.oneof(fc.integer({ min: 0, max: 1e15 }), fc.double({ min: 0, max: 1e15, noNaN: true })), (n) => {
      const text = formatCount(n);
      expect(parseCount(text)).toBe(n);
      expect(text.length).toBeLessThanOrEqual(String(n).length);
    }));
  });
});
