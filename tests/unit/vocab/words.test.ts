import { describe, expect, it } from "vitest";
import { format, LOCALES, msg, words } from "@/lib/vocab";
import { EN } from "@/lib/vocab/en";

describe("the vocabulary", () => {
  it("words every message code in every locale", () => {
    for (const locale of LOCALES) {
      const W = words(locale);
      for (const code of Object.keys(EN) as (keyof typeof EN)[]) expect(typeof EN[code], code).toBe("function");
      expect(W.say(msg("budget", { cost: 1234.5, limit: 1000 }))).toMatch(/1,234\.50/);
    }
  });

  it("formats money once, in the display currency at the dated rate", () => {
    expect(format.money(1234.5)).toBe("$1,234.50");
    expect(format.money(1234.5, { whole: true })).toBe("$1,235");
    expect(format.money(1126.9, { currency: "EUR", fx: { EUR: { usdPer: 1.1269, asOf: "2026-10-06" } } })).toBe("€1,000.00");
    expect(format.money(10, { currency: "CNY" })).toBe("$10.00");
  });

  it("reads a region the same everywhere", () => {
    const W = words("en");
    expect(W.region("eu")).toBe("the EU");
    expect(W.regions(["eu", "us"])).toBe("the EU and the US");
    expect(W.regions([])).toBe("no documented region");
  });
});
