import { expect, test } from "@playwright/test";
import { CN_COMPANY, EU_BANK, HOBBYIST } from "./people";

const R = (q: string) => `/results?${q}`;

test("a link with a GPU the catalog lacks is an error page naming the field, never a ranking", async ({ page }) => {
  const res = await page.goto(R(`${EU_BANK}&hw=not-a-gpu:1`));
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: /cannot read/ })).toBeVisible();
  const list = page.getByRole("list", { name: "Invalid answers" });
  await expect(list).toContainText("Your GPUs");
  await expect(list).toContainText(/query parameter "hw".*"not-a-gpu" is not a GPU in the catalog/);
  await expect(page.getByRole("article")).toHaveCount(0);
  await page.getByRole("link", { name: "Fix it in the wizard" }).click();
  await expect(page).toHaveURL(/\/wizard\?.*r=eu.*step=3/);
});

test("a link with several bad answers lists each with the message the API gives", async ({ page, request }) => {
  const q = "t=coding:9&r=eu&h=api&b=-1&tok=30M";
  await page.goto(R(q));
  const items = page.getByRole("list", { name: "Invalid answers" }).getByRole("listitem");
  await expect(items).toHaveCount(2);
  const api = await request.get(`/api/recommend?${q}`);
  if (api.status() === 422) {
    for (const issue of ((await api.json()) as { issues: { message: string }[] }).issues) await expect(page.getByText(issue.message, { exact: true })).toBeVisible();
  }
});

test("the first page holds 20, and Show more adds the next 20 below them", async ({ page }) => {
  await page.goto(R(EU_BANK));
  await expect(page.getByRole("article")).toHaveCount(10);
  await expect(page.getByRole("list", { name: "More options, ranks 11 to 20" }).getByRole("listitem")).toHaveCount(10);
  await expect(page.getByText(/^Showing 20 of \d+ options\.$/)).toBeVisible();
  await page.getByRole("link", { name: /^Show more \(21-40 of \d+\)$/ }).click();
  await expect(page).toHaveURL(/offset=20/);
  await expect(page.getByRole("list", { name: "More options, ranks 11 to 40" }).getByRole("listitem")).toHaveCount(30);
  await expect(page.getByText(/^Showing 40 of \d+ options\.$/)).toBeVisible();
});

test("one row per model shows each model once, with its other ways to run it behind a link", async ({ page }) => {
  await page.goto(R(EU_BANK));
  await page.getByRole("navigation", { name: "Rows" }).getByRole("link", { name: "one row per model" }).click();
  await expect(page).toHaveURL(/group=model/);
  await expect(page.getByText(/models fit your answers/)).toBeVisible();
  const names = await page.getByRole("article").getByRole("heading", { level: 3 }).allTextContents();
  expect(new Set(names).size).toBe(names.length);
  const more = page.getByRole("link", { name: /^\d+ other ways? to run it$/ }).first();
  const n = Number(/^(\d+)/.exec((await more.textContent()) ?? "")?.[1]);
  await more.click();
  await expect(page).toHaveURL(/ways=/);
  await expect(page.getByRole("list", { name: /^Other ways to run / }).getByRole("listitem")).toHaveCount(n);
  await expect(page.getByRole("link", { name: "Hide the other ways" })).toHaveAttribute("aria-expanded", "true");
});

test("left-out options are summarised by reason, a few each, and all of one reason on request", async ({ page }) => {
  await page.goto(R(EU_BANK));
  const first = page.locator("#left-residency");
  await first.locator("summary").click();
  const count = Number(/\((\d+)\)/.exec((await first.locator("summary").textContent()) ?? "")?.[1]);
  expect(count).toBeGreaterThan(5);
  await expect(first.getByRole("listitem")).toHaveCount(5);
  await expect(first.getByRole("listitem").first()).toContainText("you allowed the EU only");
  await first.getByRole("link", { name: `Show all ${count} for this reason` }).click();
  await expect(page).toHaveURL(/excluded=all/);
  await expect(page.locator("#left-residency").getByRole("listitem")).toHaveCount(count);
});

test("find says where a model ranks and links to it, or why it is left out", async ({ page }) => {
  await page.goto(R(EU_BANK));
  const search = page.getByRole("search", { name: "Find a model in this result" });
  await search.getByLabel("Where is a model, and why?").fill("Qwen3.5-397B-A17B");
  await search.getByRole("button", { name: "Find" }).click();
  await expect(page).toHaveURL(/find=/);
  await expect(page.getByRole("status").filter({ hasText: "is ranked #" })).toBeVisible();
  await page.getByRole("search").getByLabel("Where is a model, and why?").fill("DeepSeek-R1");
  await page.getByRole("search").getByRole("button", { name: "Find" }).click();
  const status = page.getByRole("status").filter({ hasText: /DeepSeek-R1/ });
  await expect(status).toContainText(/is ranked #|is left out of this result/);
  await page.getByRole("search").getByLabel("Where is a model, and why?").fill("no such model at all");
  await page.getByRole("search").getByRole("button", { name: "Find" }).click();
  await expect(page.getByText("No model in the catalog matches “no such model at all”.")).toBeVisible();
});

test("options tied with the top pick are said as a group, with what separates them", async ({ page }) => {
  await page.goto(R(CN_COMPANY));
  const tie = page.getByRole("region", { name: /^These \d+ are tied within the evidence$/ });
  await expect(tie).toBeVisible();
  await expect(tie).toContainText(/cost from/);
});

test("each option says where prompts go, who runs it, its cost line by line and its quality with a range", async ({ page }) => {
  await page.goto(R(EU_BANK));
  const card = page.getByRole("article").first();
  await expect(card.getByRole("list", { name: "Key figures" })).toContainText(/Quality: (\d+ \(\d+-\d+\)|not measured)/);
  await card.getByText("Where your prompts go").click();
  await expect(card.getByText("Run by", { exact: true })).toBeVisible();
  await expect(card.getByText("Scope", { exact: true })).toBeVisible();
  await card.getByText(/^Cost, line by line/).click();
  const lines = card.getByRole("table", { name: "Monthly cost, line by line" });
  await expect(lines.getByRole("rowheader", { name: "Total" })).toBeVisible();
  await expect(lines.getByRole("rowheader", { name: /^Input/ })).toBeVisible();
  await card.getByText(/^Quality by task/).click();
  await expect(card.getByRole("table", { name: "Quality by task" }).getByRole("rowheader", { name: "Coding" })).toBeVisible();
});

test("a self-hosted option says its runtime, parallelism, format, concurrency and speed with a range", async ({ page }) => {
  await page.goto(R(HOBBYIST));
  const card = page.getByRole("article").first();
  await expect(card).toContainText("Prompts stay on your premises");
  await expect(card.getByRole("list", { name: "Key figures" })).toContainText(/Speed: [\d.]+-[\d.]+ tokens\/s/);
  await card.getByText(/^How it runs/).click();
  for (const label of ["Runtime", "Parallelism", "Weight format", "Serves at once", "Speed per request", "Memory"]) await expect(card.getByText(label, { exact: true })).toBeVisible();
  await expect(card).not.toContainText("Prompts processed in");
});

test("what-ifs are the engine's sentences, and a same-model new top pick says the deployment changes", async ({ page }) => {
  await page.goto(R(EU_BANK));
  const list = page.getByRole("region", { name: "What would change the top pick" });
  await expect(list.getByRole("listitem").first()).toBeVisible({ timeout: 30_000 });
  const texts = await list.getByRole("listitem").allTextContents();
  for (const t of texts) expect(t).toMatch(/the top pick would (become|stay) /);
  if (texts.some((t) => t.includes("would stay"))) expect(texts.find((t) => t.includes("would stay"))).toMatch(/instead/);
});

test("each answer in the summary links to its wizard step with the other answers kept", async ({ page }) => {
  await page.goto(R(EU_BANK));
  await page.getByRole("link", { name: "Change volume" }).click();
  await expect(page).toHaveURL(/\/wizard\?.*r=eu.*tok=200M.*step=4/);
  await expect(page.getByRole("heading", { name: /Budget and volume/ })).toBeVisible();
  await expect(page.getByLabel("Monthly budget (US dollars)")).toHaveValue("2000");
});

test("two ticked options are compared side by side, cost lines and where prompts go included", async ({ page }) => {
  await page.goto(R(EU_BANK));
  const boxes = page.getByRole("checkbox", { name: /^Compare/ });
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole("button", { name: "Compare ticked options" }).first().click();
  const table = page.getByRole("table", { name: "Selected options compared" });
  await expect(table).toBeVisible();
  for (const row of ["Where prompts go", "Run by", "Cost lines", "Break-even", "Speed per request"]) await expect(table.getByRole("rowheader", { name: row })).toBeVisible();
});

test("the embed panel offers the theme and length, and the snippet follows them", async ({ page }) => {
  await page.goto(R("t=coding:3&r=any&h=api&b=500&tok=300M"));
  await page.getByRole("button", { name: "Embed" }).click();
  const code = page.getByLabel(/Paste this into your page/);
  await expect(code).toHaveValue(/<script src="http:\/\/[^"]+\/embed\.js" data-query="t=coding:3&r=any&h=api&b=500&tok=300M" async><\/script>/);
  await page.getByLabel("Widget colours").selectOption("dark");
  await page.getByLabel("Options shown").selectOption("5");
  await expect(code).toHaveValue(/data-theme="dark" data-top="5" async/);
  await expect(page.getByRole("link", { name: "Download PDF" })).toHaveAttribute("href", "/api/report?t=coding:3&r=any&h=api&b=500&tok=300M");
});

test("changing a weight in place re-ranks and keeps the change in the link", async ({ page }) => {
  await page.goto(R(EU_BANK));
  const slider = page.getByRole("slider", { name: /Cost against your budget/ });
  await slider.focus();
  await page.keyboard.press("End");
  await expect(slider).toHaveAttribute("aria-valuetext", /3 times/);
  await expect(page).toHaveURL(/w=cost:3/, { timeout: 30_000 });
});

test("the score bar has a legend, and every chart point has a name", async ({ page }) => {
  await page.goto(R(CN_COMPANY));
  await expect(page.getByRole("list", { name: "Score bar colours" }).getByRole("listitem")).not.toHaveCount(0);
  await expect(page.getByRole("article").first().getByRole("img", { name: /^Points by criterion: Quality/ })).toBeVisible();
  const chart = page.getByRole("region", { name: "Quality against cost" });
  const titles = await chart.locator("svg:visible g > title").allTextContents();
  expect(titles.length).toBeGreaterThan(3);
  for (const t of titles) expect(t).toMatch(/^#\d+ .+: quality .+ a month/);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("Adjust in place comes before the ranking and opens in place", async ({ page }) => {
    await page.goto(R(EU_BANK));
    const tune = page.locator("#tune");
    const first = page.getByRole("article").first();
    expect((await tune.boundingBox())?.y ?? 1e9).toBeLessThan((await first.boundingBox())?.y ?? 0);
    await tune.locator("summary").click();
    await expect(page.getByLabel("Monthly budget (US dollars)")).toBeVisible();
  });

  test("compact rows give the option's name the row's width", async ({ page }) => {
    await page.goto(R(EU_BANK));
    const row = page.getByRole("list", { name: /^More options/ }).getByRole("listitem").first();
    const name = row.getByRole("link").first();
    expect((await name.boundingBox())?.width ?? 0).toBeGreaterThan(60);
    expect((await row.boundingBox())?.height ?? 999).toBeLessThan(160);
  });
});
