import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";

type Model = { id: string; name: string; aliases?: string[]; successor?: string; openWeights: boolean };
/** The catalog the app was built from, to pick a model of each kind the tests need. */
const models = (JSON.parse(readFileSync("lib/catalog/generated/catalog.json", "utf8")) as { models: Model[] }).models;

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

test("a model page shows sourced facts, quality evidence, offerings with their operator, and a memory table", async ({ page }) => {
  await page.goto("/models/deepseek-v3");
  await expect(page.getByRole("heading", { level: 1, name: "DeepSeek-V3" })).toBeVisible();
  await expect(page.getByText("671 B total, 37 B active per token")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Quality evidence" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Where this model is offered as an API" }).getByRole("columnheader", { name: "Run by" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Memory to run it" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Q4_K_M" })).toBeVisible();
});

test("an API-only model's page says API only instead of missing architecture data", async ({ page }) => {
  const api = models.find((m) => !m.openWeights);
  // Skipped only if the shipped catalog stops holding such a model (the check needs one to exist); it holds one today.
  test.skip(!api, "the catalog has no API-only model");
  await page.goto(`/models/${api?.id}`);
  await expect(page.getByText("API only: the weights are not published, so there is nothing to run on your own or rented GPUs.")).toBeVisible();
  await expect(page.getByText(/Not enough architecture data/)).toHaveCount(0);
});

test("a release with a successor says a newer version is available, and links to it", async ({ page }) => {
  const old = models.find((m) => m.successor);
  // Skipped only if the shipped catalog stops holding such a model (the check needs one to exist); it holds one today.
  test.skip(!old, "the catalog links no successor");
  const next = models.find((m) => m.id === old?.successor);
  await page.goto(`/models/${old?.id}`);
  await page.getByText("Newer version available").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: next?.name ?? "" })).toBeVisible();
});

test("a former id redirects permanently to its release", async ({ request }) => {
  const aliased = models.find((m) => (m.aliases ?? []).length > 0);
  // No release in the shipped catalog has changed its id yet, so this skips today; it runs once a release
  // carries `aliases` (the redirect itself is wired for every alias: tests/unit/app/dynamic-params.test.ts).
  test.skip(!aliased, "the catalog has no former ids yet");
  const res = await request.get(`/models/${aliased?.aliases?.[0]}`, { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(res.headers().location).toMatch(new RegExp(`/models/${aliased?.id}$`));
});

test("an unknown model id is a friendly 404", async ({ page }) => {
  const res = await page.goto("/models/no-such-model");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
