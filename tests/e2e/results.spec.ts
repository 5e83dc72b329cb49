import { expect, test } from "@playwright/test";

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
