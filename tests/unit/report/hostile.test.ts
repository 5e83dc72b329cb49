import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/report/route";
import type { Option, Recommendation } from "@/lib/schema/recommendation";
import { encodeAnswers } from "@/lib/share/query";
import { makeAnswers } from "@/tests/fixtures/answers";
import { memoOf, pagesOf, PEOPLE } from "./memo-fixture";
import { pdfFonts, pdfInfo, pdfWordBoxes } from "./pdf-tools";

// Server modules import "server-only", which throws outside a React server build.
vi.mock("server-only", () => ({}));

const query = encodeAnswers(makeAnswers());
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
    expect((await issuesOf(res)).map((i) => i.path)).toContain("hardware.0.gpu");
  });

  it.each(["legal", "constructor", "__proto__", "CONSTRUCTOR", "__PROTO__", "toString", "hasOwnProperty"])("answers 422 naming paper for paper=%s", async (paper) => {
    const res = await get(`${query}&paper=${paper}`);
    expect(res.status).toBe(422);
    expect(await issuesOf(res)).toEqual([expect.objectContaining({ path: "paper" })]);
  });

  it.each(["fr", "constructor", "__proto__"])("answers 422 naming lang for lang=%s", async (lang) => {
    const res = await get(`${query}&lang=${lang}`);
    expect(res.status).toBe(422);
    expect(await issuesOf(res)).toEqual([expect.objectContaining({ path: "lang" })]);
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

const withTop = (change: (o: Option) => Option) => (r: Recommendation): Recommendation => ({ ...r, ranked: r.ranked.map((o, i) => (i === 0 ? change(o) : o)) });

describe("the memo document with hostile text", () => {
  it("stays a valid, readable PDF when names carry emoji, bidi marks, markup, CJK and huge words", async () => {
    const m = await memoOf(PEOPLE.euBank, {
      recommendation: withTop((o) => ({
        ...o,
        modelName: `Evil${RLO}Model ${EMOJI} <b>bold</b> \u6a21\u578b \u0000\u0007end`,
        notes: [`${"x".repeat(3000)}`, `\u200fRTL\u200e note \u{1F1E8}\u{1F1F3} caf\u00e9 \u0141\u00f3d\u017a`],
        whyHere: "A".repeat(500),
      })),
    });
    expect(Buffer.from(m.pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const pages = Number(pdfInfo(m.pdf).Pages);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThan(25);
    expect(m.text).toContain("EvilModel ? <b>bold</b> \u6a21\u578b end");
    expect(m.text).toContain("RTL note ? caf\u00e9 \u0141\u00f3d\u017a");
    expect(m.text).not.toContain(RLO);
    // Chinese comes from Noto Sans SC, "Ł" from Inter's latin-ext file: every font embedded, no fallback font.
    const fonts = pdfFonts(m.pdf);
    expect(fonts.map((f) => f.name)).toContain("NotoSansSC-SemiBold");
    for (const f of fonts) expect(f).toEqual(expect.objectContaining({ name: expect.stringMatching(/^(Inter|NotoSansSC)-(Regular|SemiBold|Bold)$/), embedded: true }));
    expect(offPage(m.pdf)).toEqual([]);
  });

  it("keeps a 5,000-character model name on the page, cut with an ellipsis", async () => {
    const m = await memoOf(PEOPLE.euBank, { recommendation: withTop((o) => ({ ...o, modelName: `Long ${"name ".repeat(400)}${"W".repeat(3000)}` })) });
    expect(Number(pdfInfo(m.pdf).Pages)).toBeLessThan(25);
    expect(m.text).toContain("Long name name");
    expect(m.text).toContain("\u2026");
    expect(offPage(m.pdf)).toEqual([]);
  });

  it("breaks a card taller than a page between its parts only: its head and breakdown stay together", async () => {
    const notes = Array.from({ length: 60 }, (_, i) => `Note ${i + 1}: ${"a long caveat that goes on ".repeat(6)}`);
    const m = await memoOf(PEOPLE.euBank, { recommendation: withTop((o) => ({ ...o, notes })) });
    const top = m.rec.ranked[0];
    const head = pagesOf(m.pages, "How well it does")[0];
    expect(m.pages[(head ?? 0) - 1]).toContain(top?.modelName);
    expect(pagesOf(m.pages, "Note 60:")[0]).toBeGreaterThan(head ?? 0);
    expect(offPage(m.pdf)).toEqual([]);
  });
});
