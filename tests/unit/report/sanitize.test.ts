import { describe, expect, it } from "vitest";
import { sanitizeText } from "@/report/pdf/sanitize";
import { textWidth } from "@/report/pdf/metrics";
import { STYLE } from "@/report/pdf/styles";
import { breakWord, layoutText, run } from "@/report/pdf/text-layout";
import { urlLines } from "@/report/pdf/url-lines";

describe("sanitizeText", () => {
  it.each([
    ["plain ASCII", "DeepSeek-V3 on 8 x H100", "DeepSeek-V3 on 8 x H100"],
    ["Latin-1 and WinAnsi punctuation", "café – “quoted” … €5 • ok", "café – “quoted” … €5 • ok"],
    ["bidi overrides and marks", "a\u202eb\u200fc\u2066d\u2069", "abcd"],
    ["zero-width characters and BOM", "x\u200by\ufeffz\u2060", "xyz"],
    ["control characters, keeping line feeds", "a\u0000b\u0007c\u009fd\ne\rf", "a b c d\ne f"],
    ["emoji, with its variation selector", "ok \u2764\ufe0f \u{1F680}\u{1F680}", "ok ? ?"],
    ["Chinese, drawn by Noto Sans SC", "\u6a21\u578b model，数据驻留。", "\u6a21\u578b model，数据驻留。"],
    ["letters of Latin Extended-A and -B, kept", "Łódź Čapek ő Ș", "Łódź Čapek ő Ș"],
    ["Vietnamese letters outside Inter's latin subsets, drawn by Noto Sans SC", "Việt Nam", "Việt Nam"],
    ["Greek and Cyrillic, drawn by Noto Sans SC", "Ωmega Привет", "Ωmega Привет"],
    ["private-use and unassigned code points", "a\ue000b\u{10ffff}c", "a?b?c"],
    ["combining marks left after composition (Zalgo)", "Z\u0351\u0364a\u0489l", "Zal"],
    ["maths and arrows", "≈ 3 ≤ 4 → 5 − 1", "~ 3 <= 4 -> 5 − 1"],
    ["markup is kept as text", "<b>bold</b> &amp;", "<b>bold</b> &amp;"],
  ])("draws %s", (_name, input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });

  it("cuts text longer than maxLength with an ellipsis", () => {
    const out = sanitizeText("y".repeat(5000), { maxLength: 100 });
    expect(out).toHaveLength(100);
    expect(out.endsWith("\u2026")).toBe(true);
  });

  it("leaves text exactly at maxLength whole", () => {
    expect(sanitizeText("z".repeat(100), { maxLength: 100 })).toBe("z".repeat(100));
  });
});

describe("layoutText (line breaking)", () => {
  const body = STYLE.body;
  const width = (line: { width: number }) => line.width;

  it("never splits an ordinary word: lines break at spaces, within the width", () => {
    const text = "Every option is a model together with a way to run it, recommendation included.";
    const lines = layoutText([run(text, body)], 120);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.pieces.map((p) => p.text).join("")).join(" ")).toBe(text);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(120);
  });

  it("breaks a word wider than the line into pieces that rejoin to it, each within the width", () => {
    const word = "b".repeat(300);
    const lines = layoutText([run(word, body)], 100);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.pieces.map((p) => p.text).join("")).join("")).toBe(word);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(100);
  });

  it("breaks a long URL after a separator in the second half of the line", () => {
    const url = "https://github.com/owner/repository/blob/0123456789abcdef/path/to/a/file.md";
    const parts = breakWord(url, body, 100);
    expect(parts.join("")).toBe(url);
    expect(parts[0]?.slice(-1)).toMatch(/[/\-_.?&=,:]/);
    for (const p of parts) expect(textWidth(p, "regular", body.size)).toBeLessThanOrEqual(100);
  });

  it("breaks Chinese between characters, without spaces, never before closing punctuation", () => {
    const text = "每个方案都是一个模型加一种运行方式，违反硬性需求的方案被排除，其余方案按得分排序。";
    const lines = layoutText([run(text, body)], 90);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map((l) => l.pieces.map((p) => p.text).join("")).join("")).toBe(text);
    for (const l of lines) {
      expect(width(l)).toBeLessThanOrEqual(90);
      expect(l.pieces[0]?.text.charAt(0)).not.toMatch(/[，。]/);
    }
  });

  it("keeps Latin words whole inside Chinese text", () => {
    const lines = layoutText([run("部署 Qwen3-235B-A22B 模型需要显存", body)], 110);
    expect(lines.some((l) => l.pieces.map((p) => p.text).join("").includes("Qwen3-235B-A22B"))).toBe(true);
  });

  it("starts a new line at each line feed and keeps a styled name with the colon after it", () => {
    const lines = layoutText([run("Name:", STYLE.bodyBold), run(" one\ntwo", body)], 500);
    expect(lines.map((l) => l.pieces.map((p) => p.text).join(""))).toEqual(["Name: one", "two"]);
    expect(lines[0]?.pieces[0]?.style).toBe(STYLE.bodyBold);
  });
});

describe("urlLines", () => {
  it("keeps a short URL on one line", () => {
    expect(urlLines("https://example.com/a", 40)).toEqual(["https://example.com/a"]);
  });

  it("breaks a long URL after a slash, each line within the limit, rejoining to the URL", () => {
    const url = "https://github.com/owner/repository/blob/0123456789abcdef/path/to/a/file.md";
    const lines = urlLines(url, 30);
    expect(lines.join("")).toBe(url);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(30);
    expect(lines[0]?.endsWith("/")).toBe(true);
  });

  it("cuts a URL without separators at the limit", () => {
    expect(urlLines("x".repeat(25), 10)).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
  });
});
