import { beforeAll, describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { CRITERIA } from "@/lib/schema/common";
import { criterionWeights } from "@/lib/score/combine";
import { format, REASON_CODES } from "@/lib/vocab";
import { memoOf, pagesOf, PEOPLE, squash, type Rendered } from "./memo-fixture";
import { pdfInfo } from "./pdf-tools";

const raw = (pdf: Uint8Array) => Buffer.from(pdf).toString("latin1");

describe.each(Object.entries(PEOPLE))("the memo for %s", (_who, query) => {
  let m: Rendered;
  beforeAll(async () => {
    m = await memoOf(query);
  }, 120_000);

  it("is a tagged PDF with headings, paragraphs, lists, tables and links in its structure tree", () => {
    expect(pdfInfo(m.pdf).Tagged).toBe("yes");
    const pdf = raw(m.pdf);
    expect(pdf).toContain("/StructTreeRoot");
    expect(pdf).toContain("/Lang (en)");
    for (const type of ["Document", "Sect", "H1", "H2", "H3", "H4", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Link", "Figure"]) expect(pdf).toContain(`/S /${type}\n`);
  });

  it("details the top 5 options, each card on a single page from its heading to its last part", () => {
    expect(m.rec.ranked).toHaveLength(5);
    const heads = pagesOf(m.pages, "How well it does");
    expect(heads).toHaveLength(5);
    for (const marker of ["QUALITY BY TASK", "MONTHLY COST", "WHERE YOUR PROMPTS GO"]) expect(pagesOf(m.pages, marker)).toEqual(heads);
    m.rec.ranked.forEach((o, i) => expect(m.pages[(heads[i] ?? 0) - 1]).toContain(o.modelName));
  });

  it("shows each option's score with its interval, and says which tie with the top pick", () => {
    for (const o of m.rec.ranked) expect(m.text).toContain(`${format.grouped(o.scoreLow, 1, true)} to ${format.grouped(o.scoreHigh, 1, true)}`);
    expect(pagesOf(m.pages, "Tied with the top pick")).toHaveLength(m.rec.ranked.slice(1).filter((o) => o.tiedWithTop).length);
    expect(m.text).toContain("Top pick");
  });

  it("prints every cost line with its amount, the lines adding up to the total shown", () => {
    const heads = pagesOf(m.pages, "MONTHLY COST");
    m.rec.ranked.forEach((o, i) => {
      const page = squash(m.pages[(heads[i] ?? 0) - 1] ?? "");
      const sum = o.costLines.reduce((s, l) => s + l.usd, 0);
      expect(sum).toBeCloseTo(o.monthlyCostUsd, 2);
      for (const l of o.costLines) {
        expect(page).toContain(squash(l.label));
        expect(page).toContain(squash(m.W.money(l.usd)));
      }
      expect(page).toContain(squash(m.W.money(o.monthlyCostUsd)));
    });
  });

  it("gives quality per task with its range and evidence, and says not measured where no evaluation is", () => {
    for (const o of m.rec.ranked) {
      for (const t of o.quality.perTask) {
        if (t.score === undefined) expect(m.text).toContain("not measured");
        else expect(m.text).toContain(`${format.grouped(t.low, 0)} to ${format.grouped(t.high, 0)}`);
      }
    }
  });

  it("counts every exclusion reason with the engine's message", () => {
    const text = squash(m.text);
    for (const s of m.rec.excludedSummary) expect(text).toContain(squash(s.message));
  });

  it("words every what-if from its sentence", () => {
    for (const w of m.rec.whatIf) expect(squash(m.text)).toContain(squash(w.sentence));
  });

  it("generates the method from the engine: every hard rule, every criterion with its weight for these answers", () => {
    const text = squash(m.text);
    for (const code of REASON_CODES) expect(text).toContain(squash(m.W.tables.reason[code].heading));
    const weights = new Map(criterionWeights(m.answers).map((w) => [w.id, w.weight]));
    for (const c of CRITERIA) {
      const w = weights.get(c);
      expect(text).toContain(squash(`${m.W.tables.criterion[c].long}${w === undefined ? "0 %" : format.percent(w, 1)}`));
    }
    expect(text).toContain(squash(`${catalog.models.length} models`));
  });

  it("cites the sources of the top option's model, grouped by site", () => {
    const top = m.rec.ranked[0];
    const model = catalog.models.find((x) => x.id === top?.modelId);
    expect(m.text).toContain("Sources");
    expect(model?.sources.length).toBeGreaterThan(0);
    for (const s of model?.sources ?? []) expect(m.text).toContain(s.asOf);
  });
});

describe("where your prompts go", () => {
  it("names the EU bank's regions, operator and country, scope, data policy and contract links", async () => {
    const m = await memoOf(PEOPLE.euBank);
    const page = m.pages[(pagesOf(m.pages, "WHERE YOUR PROMPTS GO")[0] ?? 0) - 1] ?? "";
    const e = m.rec.ranked[0]?.evidence;
    expect(e).toBeDefined();
    if (!e) return;
    expect(page).toContain("Processed in");
    expect(page).toContain(m.W.regions(e.regions));
    if (e.operator) expect(squash(page)).toContain(squash(`${e.operator}, parent company in ${m.W.country(e.operatorCountry ?? "")}`));
    if (e.scope) expect(page).toContain(m.W.tables.scope[e.scope]);
    expect(page).toContain("Data policy");
    expect(page).toContain("Data processing agreement");
    expect(page).toContain("Sub-processors");
    expect(squash(page)).toContain(squash(e.dpaUrl ?? "not stated in the catalog"));
  });

  it("says location not guaranteed for a marketplace rental, and your premises for your own hardware", async () => {
    const market = await memoOf(PEOPLE.hobbyist, {
      recommendation: (r) => ({
        ...r,
        ranked: r.ranked.map((o, i) =>
          i === 0
            ? { ...o, deployment: { ...o.deployment, kind: "cloud-gpu" as const, regions: [], rental: { provider: "Vast.ai", cloudId: "vast", marketplace: true, usdPerGpuHour: 0.3, kind: "on-demand" as const, source: "https://vast.ai/pricing", asOf: "2026-11-01" } }, evidence: { regions: [], locationProven: false } }
            : o,
        ),
      }),
    });
    const pages = pagesOf(market.pages, "WHERE YOUR PROMPTS GO");
    expect(market.pages[(pages[0] ?? 0) - 1]).toContain("location not guaranteed (marketplace host)");
    expect(market.pages[(pages[1] ?? 0) - 1]).toContain("your premises: prompts never leave your machines");
  });
});
