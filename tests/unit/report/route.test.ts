import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/report/route";
import { catalog } from "@/lib/catalog";
import { recommend } from "@/lib/engine";
import type { Recommendation } from "@/lib/schema/recommendation";
import { encodeAnswers } from "@/lib/share/query";
import { offeringOf } from "@/report/sources";
import { makeAnswers } from "@/tests/fixtures/answers";
import { answersOf } from "./memo-fixture";
import { pdfFonts, pdfInfo, pdfText, pdfWordBoxes, squash } from "./pdf-tools";

// Server modules import "server-only", which throws outside a React server build.
vi.mock("server-only", () => ({}));

const NOW = new Date("2026-11-28T09:30:00Z");
const answers = makeAnswers({ tasks: { coding: 3, chat: 2 }, regions: ["eu"], hosting: ["api", "cloud-gpu"] });
const query = encodeAnswers(answers);

async function get(q: string, init: RequestInit = {}, base = "https://flagless.example"): Promise<Response> {
  return GET(new Request(`${base}/api/report?${q}`, init));
}

describe("GET /api/report", () => {
  let res: Response;
  let pdf: Uint8Array;
  let text: string;
  let rec: Recommendation;

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: NOW });
    vi.stubEnv("PUBLIC_ORIGIN", "https://flagless.example");
    rec = recommend(answers, catalog, { now: NOW, limit: 5 });
    res = await get(query);
    pdf = new Uint8Array(await res.arrayBuffer());
    text = pdfText(pdf);
  }, 120_000);
  afterAll(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

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
    expect(text).toContain("$2,000.00 a month");
    expect(text).toContain("300M tokens a month, 75 % of them input");
  });

  it("cites the sources of the top option's figures with their dates", () => {
    const top = rec.ranked[0];
    const model = catalog.models.find((m) => m.id === top?.modelId);
    expect(model).toBeDefined();
    for (const s of model?.sources ?? []) expect(text).toContain(s.asOf);
    if (top?.deployment.kind === "api") {
      const offering = offeringOf(top, catalog);
      expect(offering).toBeDefined();
      expect(text).toContain(offering?.asOf);
    }
    expect(text).toContain("Sources");
  });

  it("carries the share link and QR code with the configured public origin, and page numbers", () => {
    expect(squash(text)).toContain(squash(`https://flagless.example/results?${rec.shareQuery}`));
    const pages = Number(pdfInfo(pdf).Pages);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(16);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it("is tagged", () => {
    expect(pdfInfo(pdf).Tagged).toBe("yes");
  });

  it("is A4 by default and US Letter with paper=letter (any case)", async () => {
    expect(pdfInfo(pdf)["Page size"]).toContain("595.28 x 841.89 pts (A4)");
    const letter = await get(`${query}&paper=LETTER`);
    expect(letter.status).toBe(200);
    const info = pdfInfo(new Uint8Array(await letter.arrayBuffer()));
    expect(info["Page size"]).toContain("612 x 792 pts (letter)");
  });

  it("embeds Inter regular, semibold and bold, and no other font for an English memo of Latin names", () => {
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

  it("stays under 400 KB", () => {
    expect(pdf.byteLength).toBeLessThan(400 * 1024);
  });
});

describe("GET /api/report links", () => {
  afterAll(() => vi.unstubAllEnvs());

  it("writes no absolute link for a host that is not allowed: the memo prints the result's path", async () => {
    vi.stubEnv("PUBLIC_ORIGIN", "");
    vi.stubEnv("ALLOWED_HOSTS", "flagless.example");
    const res = await get(query, { headers: { host: "evil.example" } }, "http://evil.example");
    expect(res.status).toBe(200);
    const text = pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).not.toContain("evil.example");
    expect(squash(text)).toContain(squash(`/results?${encodeAnswers(answers)}`));
  }, 60_000);

  it("links to an allowed request host when no public origin is configured", async () => {
    vi.stubEnv("PUBLIC_ORIGIN", "");
    vi.stubEnv("ALLOWED_HOSTS", "flagless.example");
    const res = await get(`${query}&b=2001`, { headers: { host: "flagless.example" } });
    const text = pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(squash(text)).toContain(squash("https://flagless.example/results?"));
  }, 60_000);
});

describe("GET /api/report?lang=zh", () => {
  afterAll(() => vi.unstubAllEnvs());

  it("answers the memo in Chinese, costs in yuan unless cur says otherwise, with the Chinese text extractable", async () => {
    vi.stubEnv("PUBLIC_ORIGIN", "https://flagless.example");
    const q = "t=chinese:3,chat:2&r=cn&h=api,cloud-gpu&b=5000&tok=500M";
    const res = await get(`${q}&lang=zh`);
    expect(res.status).toBe(200);
    const pdf = new Uint8Array(await res.arrayBuffer());
    const text = pdfText(pdf);
    expect(text).toContain("选用哪个大语言模型，以及如何部署");
    expect(text).toContain("提示词的去向");
    const rec = recommend({ ...answersOf(q), currency: "CNY" }, catalog, { now: new Date(), limit: 5, locale: "zh" });
    expect(text).toContain(rec.ranked[0]?.modelName);
    expect(text).toMatch(/每月约 ¥[\d,]+\.\d\d/);
    expect(squash(text)).toContain(squash("https://flagless.example/zh/results?"));
    expect(pdfFonts(pdf).map((f) => f.name)).toEqual(expect.arrayContaining(["NotoSansSC-Regular", "NotoSansSC-Bold"]));
    const usd = pdfText(new Uint8Array(await (await get(`${q}&lang=zh&cur=USD`)).arrayBuffer()));
    expect(usd).toMatch(/每月约 \$[\d,]+\.\d\d/);
  }, 120_000);
});
