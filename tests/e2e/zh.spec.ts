import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { APP, CN_COMPANY, EU_BANK, HOBBYIST } from "./people";
import { overflowingElements } from "./overflow";

/**
 * The Chinese interface (issue 21): the wizard in Chinese for a company in mainland China and for
 * the EU bank (and the bank in English too), a shared /zh/results link, the language switch, the
 * Chinese widget and PDF; axe and 390 px on every Chinese page.
 */

async function pickTask(page: Page, task: string, level: string) {
  await page.getByRole("group", { name: task }).getByText(level, { exact: true }).click();
}
const next = (page: Page, label: RegExp) => page.getByRole("button", { name: label }).click();

/** English words of the interface that must not show on a Chinese page (proper names, ids and units may). */
const ENGLISH_UI = /(?<![-\w])(Your results|Score|Per month|Next|Back|Compare|Adjust in place|Left out|Step \d|Wizard|Models|Methodology|Skip to content|tokens a month|Where your prompts go|Ranked for you|Download PDF|Copy link|not measured|Quality)(?![-\w])/;
/** Catalog names that hold such a word (a provider, a model): proper names, left as they are. */
const PROPER = /Azure AI Foundry Models|Qwen3-(Coder-)?Next[-\w]*/g;

async function noEnglishUi(page: Page) {
  const text = (await page.locator("body").innerText()).replace(PROPER, "");
  expect(text.match(ENGLISH_UI)?.[0] ?? null).toBeNull();
}

async function topModel(page: Page): Promise<string> {
  const first = page.getByRole("article").first();
  await expect(first).toBeVisible();
  return (await first.getByRole("heading").getByRole("link").textContent()) ?? "";
}

test.describe("the Chinese wizard", () => {
  test("a company in mainland China completes the wizard in Chinese, budget typed in yuan, data kept in China", async ({ page }) => {
    await page.goto("/zh/wizard");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(page.getByRole("heading", { name: /您的任务/ })).toBeVisible();
    await pickTask(page, "中文", "必需");
    await pickTask(page, "对话与助理", "重要");
    await noEnglishUi(page);
    await next(page, /下一步：数据驻留/);
    await expect(page).toHaveURL(/\/zh\/wizard\?.*step=2/);
    await page.getByLabel("只限我选的地区").check();
    await page.getByRole("group", { name: "允许的地区" }).getByLabel("中国大陆").check();
    await next(page, /下一步：部署方式/);
    await expect(page).toHaveURL(/\/zh\/wizard\?.*r=cn/);
    await page.getByLabel("API", { exact: true }).check();
    await page.getByLabel("租用GPU").check();
    await page.getByLabel("私有化部署").uncheck();
    await next(page, /下一步：预算与用量/);
    // On the Chinese pages the budget is typed in yuan; the answers keep US dollars at the dated rate.
    const budget = page.getByLabel("月度预算（人民币）");
    await expect(budget).toBeVisible();
    await budget.fill("36000");
    await page.getByLabel("每天约 1,000 万 token").check();
    await noEnglishUi(page);
    await next(page, /下一步：其他约束/);
    await expect(page).toHaveURL(/b=5369\.47/);
    await expect(page).toHaveURL(/cur=CNY/);
    await next(page, /查看结果/);
    await expect(page).toHaveURL(/\/zh\/results\?.*r=cn/);
    await expect(page.getByRole("heading", { name: "您的结果" })).toBeVisible();
    const cards = page.getByRole("article");
    for (let i = 0; i < 3; i++) await expect(cards.nth(i)).toContainText("提示词在中国大陆处理");
    await expect(cards.first()).toContainText("¥");
    await expect(page.getByText("¥36,000").first()).toBeVisible();
    await noEnglishUi(page);
    // Links inside the Chinese pages stay under /zh.
    const hrefs = await page.locator("main a[href^='/']").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.filter((h) => !h.startsWith("/zh") && !h.startsWith("/api/"))).toEqual([]);
  });

  test("the EU bank gets the same top pick in Chinese and in English", async ({ page }) => {
    // English, as today.
    await page.goto("/wizard");
    await pickTask(page, "Coding", "Essential");
    await pickTask(page, "Chat and assistance", "Important");
    await next(page, /Next: Data residency/);
    await page.getByLabel("EU only").check();
    await next(page, /Next: Hosting/);
    await page.getByLabel("API", { exact: true }).check();
    await page.getByLabel("Rented GPUs").check();
    await page.getByLabel("Own hardware").uncheck();
    await next(page, /Next: Budget/);
    await page.getByLabel("Monthly budget (US dollars)").fill("2000");
    await page.getByLabel("Another amount").check();
    await page.getByLabel(/Tokens per month/).fill("200M");
    await next(page, /Next: Constraints/);
    await next(page, /See my results/);
    await expect(page).toHaveURL(/\/results\?.*r=eu.*b=2000/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const english = await topModel(page);

    // Chinese, with the budget typed in euros.
    await page.goto("/zh/wizard");
    await pickTask(page, "编程", "必需");
    await pickTask(page, "对话与助理", "重要");
    await next(page, /下一步：数据驻留/);
    await page.getByLabel("只限欧盟").check();
    await next(page, /下一步：部署方式/);
    await page.getByLabel("API", { exact: true }).check();
    await page.getByLabel("租用GPU").check();
    await page.getByLabel("私有化部署").uncheck();
    await next(page, /下一步：预算与用量/);
    await page.getByLabel("价格显示币种").selectOption("EUR");
    await page.getByLabel("月度预算（欧元）").fill("1774.78");
    await page.getByLabel("其他用量").check();
    await page.getByLabel(/每月 token 数/).fill("200M");
    await next(page, /下一步：其他约束/);
    await next(page, /查看结果/);
    await expect(page).toHaveURL(/\/zh\/results\?.*r=eu/);
    const b = Number(new URL(page.url()).searchParams.get("b"));
    expect(Math.abs(b - 2000)).toBeLessThan(0.01);
    await expect(page.getByRole("article").first()).toContainText("€");
    for (let i = 0; i < 3; i++) await expect(page.getByRole("article").nth(i)).toContainText("提示词在欧盟处理");
    expect(await topModel(page)).toBe(english);
    await noEnglishUi(page);
  });
});

test.describe("a shared Chinese link", () => {
  test("opens in Chinese with costs in yuan, and the language switch keeps the answers", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto(`/zh/results?${CN_COMPANY}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(page.getByRole("heading", { name: "您的结果" })).toBeVisible();
    await expect(page.getByRole("article").first()).toContainText("¥");
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `/results?${CN_COMPANY}`);
    await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute("href", `/zh/results?${CN_COMPANY}`);
    const zhTop = await topModel(page);

    await page.getByRole("link", { name: "English", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/results\\?${CN_COMPANY.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    expect(new URL(page.url()).pathname).toBe("/results");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
    await expect(page.getByRole("article").first()).toContainText("$");
    expect(await topModel(page)).toBe(zhTop);
    await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute("href", `/zh/results?${CN_COMPANY}`);

    await page.getByRole("link", { name: "中文", exact: true }).click();
    await expect(page).toHaveURL(/\/zh\/results\?/);
    await expect(page.getByRole("heading", { name: "您的结果" })).toBeVisible();
    await context.close();
  });

  test("the share link of a Chinese result points at /zh/results", async ({ browser }) => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.goto(`/zh/results?${EU_BANK}`);
    await page.getByRole("button", { name: "复制链接" }).click();
    await expect(page.getByRole("status").filter({ hasText: "链接已复制。" })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/zh\/results\?t=coding:3,chat:2&r=eu/);
    const other = await browser.newContext();
    const shared = await other.newPage();
    await shared.goto(link);
    await expect(shared.getByRole("heading", { name: "您的结果" })).toBeVisible();
    await expect(shared.getByRole("article").first()).toContainText("¥");
    await other.close();
    await context.close();
  });

  test("Accept-Language only suggests the Chinese pages, it never redirects", async ({ browser }) => {
    const context = await browser.newContext({ locale: "zh-CN", extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8" } });
    const page = await context.newPage();
    const res = await page.goto(`/results?${EU_BANK}`);
    expect(res?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe("/results");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
    const suggestion = page.getByText("本站也有中文版").getByRole("link", { name: "中文版" });
    await expect(suggestion).toHaveAttribute("href", `/zh/results?${EU_BANK}`);
    await context.close();
    // An English browser sees no suggestion.
    const en = await browser.newContext({ locale: "en-GB" });
    const p2 = await en.newPage();
    await p2.goto(`/results?${EU_BANK}`);
    await expect(p2.getByText("本站也有中文版")).toHaveCount(0);
    await en.close();
  });
});

test("a Chinese address with nothing at it answers 404 in Chinese", async ({ page }) => {
  const res = await page.goto("/zh/nope");
  expect(res?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("heading", { name: "找不到页面" })).toBeVisible();
  await noEnglishUi(page);
});

/** Every Chinese page. */
const ZH_PAGES: [string, string][] = [
  ["home", "/zh"],
  ["wizard-1", "/zh/wizard"],
  ["wizard-2", "/zh/wizard?t=coding:3&step=2"],
  ["wizard-3", `/zh/wizard?${HOBBYIST}&step=3`],
  ["wizard-3-all", "/zh/wizard?t=coding:3&r=eu&h=api,cloud-gpu,own-hardware&hw=apple-m2-ultra:1&step=3"],
  ["wizard-4", "/zh/wizard?t=coding:3&r=eu&h=api&step=4"],
  ["wizard-5", "/zh/wizard?t=coding:3&r=eu&h=api&b=2000&tok=30M&step=5"],
  ["results-cn", `/zh/results?${CN_COMPANY}`],
  ["results-eu", `/zh/results?${EU_BANK}`],
  ["results-hobbyist", `/zh/results?${HOBBYIST}`],
  ["results-grouped", `/zh/results?${CN_COMPANY}&group=model`],
  ["models", "/zh/models"],
  ["model", "/zh/models/deepseek-v3"],
  ["model-api", "/zh/models/claude-sonnet-4.5"],
  ["methodology", "/zh/methodology"],
  ["embed", `/embed?${CN_COMPANY}&lang=zh`],
];

async function openFolds(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  await page.waitForTimeout(300);
}

for (const [name, path] of ZH_PAGES) {
  test(`zh ${name}: Chinese, axe clean in both themes`, async ({ page }) => {
    // Two axe passes and two full-page screenshots of long pages (the model list, every fold open).
    test.slow();
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
      await openFolds(page);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(bad.map((v) => `${scheme} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
    }
    await noEnglishUi(page);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${process.env.ZH_SHOTS ?? "test-results/screenshots"}/zh-${name}-${width}.png`, fullPage: true });
    }
  });

  test(`zh ${name} does not scroll sideways at 390 px`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await openFolds(page);
    const wide = await overflowingElements(page);
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}

test.describe("the Chinese widget", () => {
  let server: Server;
  let hostUrl = "";
  test.beforeAll(async () => {
    const html = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>另一个网站</title></head><body>
      <div style="width:320px"><script src="${APP}/embed.js" data-query="${CN_COMPANY}" data-locale="zh" async></script></div></body></html>`;
    server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    hostUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  test.afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('data-locale="zh" renders the widget in Chinese, framed as before', async ({ page }) => {
    await page.goto(hostUrl);
    const iframe = page.locator("iframe");
    await expect(iframe).toHaveAttribute("src", /[?&]lang=zh(&|$)/);
    await expect(iframe).toHaveAttribute("title", /flagless/);
    const frame = page.frameLocator("iframe");
    await expect(frame.getByRole("heading", { name: "符合这些需求的前 3 名" })).toBeVisible();
    await expect(frame.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(frame.getByRole("listitem")).toHaveCount(3);
    await expect(frame.getByRole("listitem").first()).toContainText("¥");
    await expect(frame.getByRole("link", { name: /完整结果和理由/ })).toHaveAttribute("href", /^\/zh\/results\?/);
    const res = await page.request.get(`/embed?${CN_COMPANY}&lang=zh`);
    expect(res.headers()["x-frame-options"]).toBeUndefined();
    expect(res.headers()["content-security-policy"]).toMatch(/frame-ancestors \*/);
  });
});

test.describe("the Chinese PDF memo", () => {
  test("holds the top pick's name and a cost in yuan", async ({ page }) => {
    const base = test.info().project.use.baseURL ?? APP;
    const api = await (await fetch(new URL(`/api/recommend?${CN_COMPANY}&lang=zh&cur=CNY&limit=1`, base))).json();
    const top: string = api.ranked[0].modelName;
    const res = await fetch(new URL(`/api/report?${CN_COMPANY}&lang=zh`, base));
    expect(res.status).toBe(200);
    const file = join(mkdtempSync(join(tmpdir(), "flagless-zh-")), "memo.pdf");
    writeFileSync(file, new Uint8Array(await res.arrayBuffer()));
    const text = spawnSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).stdout;
    expect(text).toContain(top);
    expect(text).toMatch(/¥\d/);
    expect(text).toContain("推荐方案");
    // The results page's own Download PDF link asks for the Chinese memo.
    await page.goto(`/zh/results?${CN_COMPANY}`);
    await expect(page.getByRole("link", { name: "下载 PDF" })).toHaveAttribute("href", /lang=zh/);
  });
});
