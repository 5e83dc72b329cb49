import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/report/route";
import { offeringOf } from "@/app/api/report/_pdf/collect-sources";
import { catalog } from "@/lib/catalog";
import { recommend } from "@/lib/engine";
import type { Recommendation } from "@/lib/schema/recommendation";
import { encodeAnswers } from "@/lib/share/query";
import { makeAnswers } from "@/tests/fixtures/answers";
import { pdfFonts, pdfInfo, pdfText, pdfWordBoxes, squash } from "./pdf-tools";

const NOW = new Date("2026-11-28T09:30:00Z");
const answers = makeAnswers({ tasks: { coding: 3, chat: 2 }, regions: ["eu"], hosting: ["api", "cloud-gpu"] });
const query = encodeAnswers(answers);

async function get(q: string): Promise<Response> {
  return GET(new Request(`https://flagless.example/api/report?${q}`));
}

describe("GET /api/report", () => {
  let res: Response;
  let pdf: Uint8Array;
  let text: string;
  let rec: Recommendation;

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: NOW });
    rec = recommend(answers, catalog, { now: NOW });
    res = await get(query);
    pdf = new Uint8Array(await res.arrayBuffer());
    text = pdfText(pdf);
  }, 120_000);
  afterAll(() => vi.useRealTimers());

  it("answers a PDF as a dated attachment, privately cached", () => {
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="flagless-recommendation-2026-11-28.pdf"');
    expect(res.headers.get("cache-control")).toMatch(/^private, max-age=\d+$/);
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  });

  it("names the top option's model, the date and the catalog version", () => {
    const top = rec.ranked[0];
    expect(top).toBeDefined();
    expect(text).toContain(top?.modelName);
    expect(text).toContain("Prepared 2026-11-28");
    expect(text).toContain(`catalog version ${catalog.version}`);
  });

  it("states the answers in words", () => {
    expect(text).toContain("coding (essential); chat and assistance (important).");
    expect(text).toContain("Only in the EU.");
    expect(text).toContain("A hosted API or rented cloud GPUs.");
    expect(text).toContain("$2,000 a month");
    expect(text).toContain("300 million tokens a month, 75% of them input.");
  });

  it("cites the sources of the top option's figures with their dates", () => {
    const top = rec.ranked[0];
    const model = catalog.models.find((m) => m.id === top?.modelId);
    expect(model).toBeDefined();
    for (const s of model?.sources ?? []) expect(squash(text)).toContain(squash(s.source));
    if (top?.deployment.kind === "api") {
      const offering = top ? offeringOf(top, catalog) : undefined;
      expect(squash(text)).toContain(squash(offering?.source ?? "missing offering"));
      expect(text).toContain(`as of ${offering?.asOf}`);
    }
    expect(text).toContain("Sources");
  });

  it("carries the share link with the request's origin, and page numbers", () => {
    expect(squash(text)).toContain(squash(`https://flagless.example/results?${rec.shareQuery}`));
    const pages = Number(pdfInfo(pdf).Pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(12);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it("is A4 by default and US Letter with paper=letter", async () => {
    expect(pdfInfo(pdf)["Page size"]).toContain("595.28 x 841.89 pts (A4)");
    const letter = await get(`${query}&paper=letter`);
    expect(letter.status).toBe(200);
    const info = pdfInfo(new Uint8Array(await letter.arrayBuffer()));
    expect(info["Page size"]).toContain("612 x 792 pts (letter)");
  });

  it("embeds Inter regular, semibold and bold, and no other font", () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.map((f) => f.name).sort()).toEqual(["Inter-Bold", "Inter-Regular", "Inter-SemiBold"]);
    for (const f of fonts) expect(f).toEqual(expect.objectContaining({ embedded: true }));
  });

  it("keeps every word inside the page, clear of the footer but the footer's own", () => {
    const words = pdfWordBoxes(pdf);
    expect(words.length).toBeGreaterThan(500);
    for (const w of words) {
      expect(w.xMin).toBeGreaterThanOrEqual(0);
      expect(w.xMax).toBeLessThanOrEqual(w.width);
      expect(w.yMin).toBeGreaterThanOrEqual(0);
      expect(w.yMax).toBeLessThanOrEqual(w.height);
    }
    // Content ends above the footer's rule (62 pt above the page's foot, drawn 18 pt below that line).
    const footer = /^(flagless|decision|memo|·|Page|of|catalog|\d+|\d{4}-\d{2}-\d{2})$/;
    const body = words.filter((w) => w.yMax < w.height - 40 || !footer.test(w.text));
    for (const w of body) expect(w.yMax).toBeLessThanOrEqual(w.height - 44);
  });

  it("stays under 300 KB", () => {
    expect(pdf.byteLength).toBeLessThan(300 * 1024);
  });
});
