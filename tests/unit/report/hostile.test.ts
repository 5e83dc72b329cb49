import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/report/route";
import { renderMemo } from "@/app/api/report/_pdf/render";
import { catalog } from "@/lib/catalog";
import { recommend } from "@/lib/engine";
import type { Recommendation } from "@/lib/schema/recommendation";
import { encodeAnswers } from "@/lib/share/query";
import { makeAnswers } from "@/tests/fixtures/answers";
import { pdfFonts, pdfInfo, pdfText, pdfWordBoxes } from "./pdf-tools";

const answers = makeAnswers();
const query = encodeAnswers(answers);
const RLO = "\u202e";
const EMOJI = "\u{1F680}";

async function get(q: string): Promise<Response> {
  return GET(new Request(`https://flagless.example/api/report?${q}`));
}

async function issuesOf(res: Response): Promise<{ path: string; message: string }[]> {
  expect(res.headers.get("content-type")).toContain("application/json");
  const body = (await res.json()) as { error: string; issues: { path: string; message: string }[] };
  expect(typeof body.error).toBe("string");
  return body.issues;
}

describe("GET /api/report with hostile input", () => {
  it("answers 422 naming the GPU when a hardware id carries emoji and right-to-left marks", async () => {
    const res = await get(`${query}&h=own-hardware&hw=${encodeURIComponent(`rtx${RLO}4090${EMOJI}`)}:1`);
    expect(res.status).toBe(422);
    expect((await issuesOf(res)).map((i) => i.path)).toContain("hardware[0].gpu");
  });

  it("answers 422 naming paper for a paper size other than a4 or letter", async () => {
    const res = await get(`${query}&paper=legal`);
    expect(res.status).toBe(422);
    expect(await issuesOf(res)).toEqual([expect.objectContaining({ path: "paper" })]);
  });

  it("answers 422, not 500, for markup in a field and for a very long query", async () => {
    const markup = await get(`t=${encodeURIComponent("<script>alert(1)</script>")}:3&r=eu&h=api&b=1&tok=1M`);
    expect(markup.status).toBe(422);
    expect((await issuesOf(markup)).some((i) => i.path.startsWith("tasks"))).toBe(true);
    const long = await get(`${query.replace(/b=\d+/, `b=${"9".repeat(20_000)}`)}`);
    expect(long.status).toBe(422);
    expect((await issuesOf(long)).map((i) => i.path)).toContain("budgetUsdPerMonth");
  });

  it("ignores unknown parameters, markup and emoji included, and still answers a PDF", async () => {
    const res = await get(`${query}&note=${encodeURIComponent(`<b>hi</b>${EMOJI}${RLO}`)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
  });
});

/** Words outside their page's box: text that ran off the page. */
function offPage(pdf: Uint8Array): string[] {
  return pdfWordBoxes(pdf)
    .filter((w) => w.xMin < 0 || w.yMin < 0 || w.xMax > w.width + 0.5 || w.yMax > w.height + 0.5)
    .map((w) => `page ${w.page}: ${w.text.slice(0, 20)}`);
}

describe("the memo document with hostile text", () => {
  it("stays a valid, readable PDF when names carry emoji, bidi marks, markup, CJK and huge words", async () => {
    const rec = recommend(answers, catalog, { now: new Date("2026-11-28T00:00:00Z") });
    const top = rec.ranked[0];
    expect(top).toBeDefined();
    if (!top) return;
    const hostile: Recommendation = {
      ...rec,
      ranked: [
        {
          ...top,
          modelName: `Evil${RLO}Model ${EMOJI} <b>bold</b> \u6a21\u578b \u0000\u0007end`,
          notes: [`${"x".repeat(3000)}`, `\u200fRTL\u200e note \u{1F1E8}\u{1F1F3} caf\u00e9 \u0141\u00f3d\u017a`],
          whyHere: "A".repeat(500),
        },
        ...rec.ranked.slice(1),
      ],
    };
    const pdf = await renderMemo({
      answers,
      recommendation: hostile,
      catalog,
      date: "2026-11-28",
      shareUrl: `https://flagless.example/results?${rec.shareQuery}`,
      origin: "https://flagless.example",
      paper: "a4",
    });
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const pages = Number(pdfInfo(pdf).Pages);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThan(20);
    const text = pdfText(pdf);
    expect(text).toContain("EvilModel ? <b>bold</b> ? end");
    expect(text).toContain("RTL note ? caf\u00e9 \u0141\u00f3d\u017a");
    expect(text).not.toContain(RLO);
    // "Ł" and "ó"-like letters come from the latin-ext file: still Inter, still embedded, no fallback font.
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toEqual(expect.objectContaining({ name: expect.stringMatching(/^Inter-(Regular|SemiBold|Bold)$/), embedded: true }));
    expect(offPage(pdf)).toEqual([]);
  });

  it("keeps a 5,000-character model name on the page, cut with an ellipsis, on A4 and Letter", async () => {
    const rec = recommend(answers, catalog, { now: new Date("2026-11-28T00:00:00Z") });
    const top = rec.ranked[0];
    expect(top).toBeDefined();
    if (!top) return;
    const longName = `Long ${"name ".repeat(400)}${"W".repeat(3000)}`;
    const recommendation: Recommendation = { ...rec, ranked: [{ ...top, modelName: longName }, ...rec.ranked.slice(1)] };
    for (const paper of ["a4", "letter"] as const) {
      const pdf = await renderMemo({
        answers,
        recommendation,
        catalog,
        date: "2026-11-28",
        shareUrl: `https://flagless.example/results?${rec.shareQuery}`,
        origin: "https://flagless.example",
        paper,
      });
      expect(Number(pdfInfo(pdf).Pages)).toBeLessThan(20);
      expect(pdfText(pdf)).toContain("Long name name");
      expect(pdfText(pdf)).toContain("\u2026");
      expect(offPage(pdf)).toEqual([]);
    }
  });
});
