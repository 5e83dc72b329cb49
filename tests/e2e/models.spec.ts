import { expect, test } from "@playwright/test";

test("the models table filters and sorts through the URL, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/models");
  const rows = page.getByRole("table").getByRole("row");
  const all = await rows.count();
  await page.getByLabel("Open weights").check();
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/open=1/);
  expect(await rows.count()).toBeLessThan(all);
  await page.getByRole("link", { name: /^Context/ }).click();
  await expect(page.getByRole("columnheader", { name: /Context/ })).toHaveAttribute("aria-sort", "ascending");
  await context.close();
});

test("a model page shows sourced facts, offerings and a memory table", async ({ page }) => {
  await page.goto("/models/deepseek-v3");
  await expect(page.getByRole("heading", { level: 1, name: "DeepSeek-V3" })).toBeVisible();
  await expect(page.getByText("671 B total, 37 B active per token")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Memory to run it" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Q4" })).toBeVisible();
});

test("an unknown model id is a friendly 404", async ({ page }) => {
  const res = await page.goto("/models/no-such-model");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
