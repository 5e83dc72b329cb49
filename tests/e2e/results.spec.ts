import { expect, test, type Page } from "@playwright/test";

test("a tampered link names the invalid answer and offers to fix it in the wizard", async ({ page }) => {
  const res = await page.goto("/results?t=coding:9&r=eu&h=api&b=2000&tok=30M");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: /cannot read/ })).toBeVisible();
  const list = page.getByRole("list", { name: "Invalid answers" });
  await expect(list).toContainText("Tasks");
  await page.getByRole("link", { name: "Fix it in the wizard" }).click();
  await expect(page).toHaveURL(/\/wizard\?.*r=eu.*step=1/);
  await expect(page.getByRole("heading", { name: /Your tasks/ })).toBeVisible();
});

test("a link with no answers at all says what is missing, not a crash", async ({ page }) => {
  const res = await page.goto("/results");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("list", { name: "Invalid answers" })).toContainText("Where data may be processed");
});

test("changing a weight in place re-ranks and keeps the change in the link", async ({ page }) => {
  await page.goto("/results?t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=30M");
  await expect(page.getByRole("article").first()).toBeVisible();
  const slider = page.getByRole("slider", { name: /Cost against your budget/ });
  await slider.focus();
  await page.keyboard.press("End");
  await expect(slider).toHaveAttribute("aria-valuetext", /3 times/);
  // The server re-ranks: allow for a loaded machine.
  await expect(page).toHaveURL(/w=cost:3/, { timeout: 30_000 });
});

test("two ticked options are compared side by side", async ({ page }) => {
  await page.goto("/results?t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=30M");
  const boxes = page.getByRole("checkbox", { name: /^Compare/ });
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole("button", { name: "Compare ticked options" }).first().click();
  await expect(page.getByRole("heading", { name: "Side by side" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Selected options compared" })).toBeVisible();
});

test("the embed button shows the script snippet with this result's query", async ({ page }) => {
  await page.goto("/results?t=coding:3&r=any&h=api&b=500&tok=300M");
  await page.getByRole("button", { name: "Embed" }).click();
  await expect(page.getByLabel(/Paste this into your page/)).toHaveValue(/<script src="http:\/\/[^"]+\/embed\.js" data-query="t=coding:3&r=any&h=api&b=500&tok=300M" async><\/script>/);
  await expect(page.getByRole("link", { name: "Download PDF" })).toHaveAttribute("href", "/api/report?t=coding:3&r=any&h=api&b=500&tok=300M");
});

const EU = "/results?t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=50M";

/** "74 options fit your answers; 189 were left out." as numbers, so the tests follow the catalog. */
async function counts(page: Page): Promise<{ fit: number; out: number }> {
  const text = (await page.getByText(/options? fits? your answers/).textContent()) ?? "";
  const m = /(\d+) options? fits? your answers; (\d+) were left out/.exec(text);
  expect(m, text).not.toBeNull();
  return { fit: Number(m?.[1]), out: Number(m?.[2]) };
}

test("the top ten are full cards, the next ones compact rows, and every option is one link away", async ({ page }) => {
  await page.goto(EU);
  const { fit } = await counts(page);
  expect(fit).toBeGreaterThan(20);
  await expect(page.getByRole("article")).toHaveCount(10);
  await expect(page.getByRole("article").first().getByText("Score breakdown")).toBeVisible();
  const rows = page.getByRole("table", { name: "More options, ranks 11 to 20" });
  await expect(rows).toBeVisible();
  await expect(rows.getByRole("row")).toHaveCount(11);
  await expect(rows.getByRole("rowheader").first()).toContainText("European Union");
  await page.getByRole("link", { name: `Show all ${fit} options` }).click();
  await expect(page).toHaveURL(/all=1/);
  await expect(page.getByRole("table", { name: `More options, ranks 11 to ${fit}` }).getByRole("row")).toHaveCount(fit - 10 + 1);
  await expect(page.getByRole("article")).toHaveCount(10);
});

test("a card's score breakdown and notes open on demand, with the engine's rows and reasons", async ({ page }) => {
  await page.goto(EU);
  const card = page.getByRole("article").first();
  await card.getByText("Score breakdown").click();
  const table = card.getByRole("table", { name: /How the score of [\d.]+ is made up/ });
  await expect(table.getByRole("rowheader", { name: /Quality on your tasks/ })).toBeVisible();
  expect(await table.getByRole("row").count()).toBeGreaterThan(4);
  await card.getByText(/^Notes \(\d+\)$/).click();
  await expect(card.getByRole("listitem").first()).toBeVisible();
});

test("left-out options are grouped by reason with counts, a few each, and all of them on request", async ({ page }) => {
  await page.goto(EU);
  const { out } = await counts(page);
  const group = page.getByText(/^Processed outside the regions you allowed \((\d+)\)$/);
  const total = Number(/\((\d+)\)/.exec((await group.textContent()) ?? "")?.[1]);
  expect(total).toBeGreaterThan(8);
  await group.click();
  const details = page.locator("details", { has: group });
  await expect(details.getByRole("listitem")).toHaveCount(8);
  await expect(details.getByRole("listitem").first()).toContainText("you allowed the EU only");
  await expect(details.getByText(`and ${total - 8} more`)).toBeVisible();
  await page.getByRole("link", { name: `List all ${out} left-out options with their reasons` }).click();
  await expect(page).toHaveURL(/excluded=all/);
  await expect(page.locator("details", { has: page.getByText(/^Processed outside the regions you allowed/) }).getByRole("listitem")).toHaveCount(total);
});
