import { describe, expect, it } from "vitest";
import { prefersChinese } from "@/app/(site)/chrome-props";
import { CHROME, HOME } from "@/lib/vocab/ui/chrome";
import { METHOD } from "@/lib/vocab/ui/methodology";
import { MODELS_UI } from "@/lib/vocab/ui/models";
import { inLocale, localeOfPath, localePath, otherLocalePath, type Dict } from "@/lib/vocab/ui/pair";
import { RESULTS, WIDGET } from "@/lib/vocab/ui/results";
import { WIZARD } from "@/lib/vocab/ui/wizard";

/** Every store of interface words the pages, the widget and the wizard read. */
const DICTS: Record<string, Dict> = { CHROME, HOME, WIZARD, RESULTS, WIDGET, MODELS_UI, METHOD };

const CJK = /[\u4e00-\u9fff]/;
/** Chinese entries that need no Chinese character: symbols, units and names kept as written. */
const AS_WRITTEN = new Set(["½×", "1.5×", "2×", "2.5×", "3×", "#", "English", "中文", "", "API"]);
/** Chinese punctuation alone (a list separator, a full stop). */
const PUNCTUATION = /^[\u3000-\u303f\uff00-\uffef]+$/;

/** Sample arguments for an entry's function: numbers stand in for counts and strings, `true` for flags. */
function call(fn: (...a: unknown[]) => unknown): unknown {
  return fn(...Array.from({ length: fn.length }, (_, i) => (i % 2 === 0 ? 3 : "X")));
}

/** Walks an English value and its Chinese twin; returns what is missing or not Chinese. */
function check(en: unknown, zh: unknown, where: string, out: string[]): void {
  if (typeof en === "string") {
    if (typeof zh !== "string") out.push(`${where}: no Chinese string`);
    else if (!CJK.test(zh) && !AS_WRITTEN.has(zh) && !PUNCTUATION.test(zh) && !(en === zh && /=|^\d+$/.test(zh))) out.push(`${where}: "${zh}" is not Chinese`);
    return;
  }
  if (typeof en === "number" || typeof en === "boolean") {
    if (en !== zh) out.push(`${where}: ${String(zh)} differs from ${String(en)}`);
    return;
  }
  if (typeof en === "function") {
    if (typeof zh !== "function") return void out.push(`${where}: no Chinese function`);
    if (zh.length !== en.length) out.push(`${where}: takes ${zh.length} arguments, English takes ${en.length}`);
    check(call(en as never), call(zh as never), `${where}()`, out);
    return;
  }
  if (Array.isArray(en)) {
    if (!Array.isArray(zh) || zh.length !== en.length) return void out.push(`${where}: ${Array.isArray(zh) ? zh.length : "no"} entries, English has ${en.length}`);
    en.forEach((v, i) => check(v, zh[i], `${where}[${i}]`, out));
    return;
  }
  if (en && typeof en === "object") {
    if (!zh || typeof zh !== "object") return void out.push(`${where}: no Chinese object`);
    const ek = Object.keys(en).sort();
    const zk = Object.keys(zh).sort();
    for (const k of ek) if (!zk.includes(k)) out.push(`${where}.${k}: missing in Chinese`);
    for (const k of zk) if (!ek.includes(k)) out.push(`${where}.${k}: only in Chinese`);
    for (const k of ek) if (zk.includes(k)) check((en as Record<string, unknown>)[k], (zh as Record<string, unknown>)[k], `${where}.${k}`, out);
  }
}

describe("the interface's words", () => {
  it("every key the pages read has its Chinese, Chinese in characters, in the English shape", () => {
    const out: string[] = [];
    let entries = 0;
    for (const [name, dict] of Object.entries(DICTS)) {
      for (const [key, pair] of Object.entries(dict)) {
        entries++;
        if (!Object.hasOwn(pair, "zh")) out.push(`${name}.${key}: missing in Chinese`);
        else check(pair.en, pair.zh, `${name}.${key}`, out);
      }
    }
    expect(out).toEqual([]);
    expect(entries).toBeGreaterThan(250);
  });

  it("a missing Chinese entry fails the check", () => {
    const out: string[] = [];
    check({ a: "Back", b: { c: "Next" }, d: (n: number) => `${n} more` }, { a: "上一步", b: {}, d: (n: number) => `${n} more` }, "X", out);
    expect(out).toEqual(["X.b.c: missing in Chinese", 'X.d(): "3 more" is not Chinese']);
  });

  it("reads one locale's side", () => {
    expect(inLocale(WIZARD, "zh").back).toBe("上一步");
    expect(inLocale(WIZARD, "en").back).toBe("Back");
    expect(inLocale(RESULTS, "zh").showMore(21, 40, 57)).toBe("显示更多（第 21-40 个，共 57 个）");
  });

  it("uses the glossary's terms on the pages too", () => {
    const zh = inLocale(WIZARD, "zh");
    expect(zh.steps.residency.title).toBe("数据驻留");
    expect(zh.open[0]).toContain("开放权重");
    expect(zh.minContext).toContain("上下文长度");
    expect(inLocale(RESULTS, "zh").howRuns).toContain("显存");
  });
});

describe("locale paths", () => {
  it("puts Chinese pages under /zh and leaves English, the API and anchors alone", () => {
    expect(localePath("zh", "/")).toBe("/zh");
    expect(localePath("zh", "/results?t=coding:3")).toBe("/zh/results?t=coding:3");
    expect(localePath("zh", "/zh/wizard")).toBe("/zh/wizard");
    expect(localePath("zh", "/api/report?x=1")).toBe("/api/report?x=1");
    expect(localePath("zh", "#rank-2")).toBe("#rank-2");
    expect(localePath("en", "/results?x")).toBe("/results?x");
  });

  it("switches language keeping the query, literal", () => {
    expect(otherLocalePath("/zh/results?t=coding%3A3%2Cchat%3A2&r=eu")).toEqual({ locale: "en", href: "/results?t=coding:3,chat:2&r=eu" });
    expect(otherLocalePath("/results?t=coding:3&r=eu")).toEqual({ locale: "zh", href: "/zh/results?t=coding:3&r=eu" });
    expect(otherLocalePath("/zh")).toEqual({ locale: "en", href: "/" });
    expect(otherLocalePath("/")).toEqual({ locale: "zh", href: "/zh" });
    expect(otherLocalePath("/zh//evil.example/x").href).toBe("/evil.example/x");
    expect(otherLocalePath("//evil.example").href).toBe("/zh/evil.example");
    expect(localeOfPath("/zh/models/x")).toBe("zh");
    expect(localeOfPath("/zhx")).toBe("en");
  });

  it("suggests Chinese only when the browser ranks it before English", () => {
    expect(prefersChinese("zh-CN,zh;q=0.9,en;q=0.8")).toBe(true);
    expect(prefersChinese("en-US,en;q=0.9,zh-CN;q=0.8")).toBe(false);
    expect(prefersChinese("en;q=0.5,zh-TW;q=0.9")).toBe(true);
    expect(prefersChinese("de-DE")).toBe(false);
    expect(prefersChinese(null)).toBe(false);
  });
});
