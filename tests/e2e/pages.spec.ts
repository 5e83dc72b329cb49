import { expect, test } from "@playwright/test";

test("the home page says what flagless does, counts the wizard's steps, and starts it", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("not by its flag");
  const steps = page.getByRole("region", { name: /What you tell it, in (\d+) steps/ }).getByRole("listitem");
  const n = Number(/in (\d+) steps/.exec((await page.getByRole("heading", { name: /What you tell it/ }).textContent()) ?? "")?.[1]);
  await expect(steps).toHaveCount(n);
  await expect(page.getByText(`${n} short steps, about a minute.`, { exact: false })).toBeVisible();
  await page.getByRole("link", { name: "Start the wizard" }).click();
  await expect(page.getByRole("heading", { name: /Your tasks/ })).toBeVisible();
  // The step's heading says it (the route announcer repeats the same words for screen readers).
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Step 1 of ${n}`);
});

test("an example result is one click from the home page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "An EU bank" }).click();
  await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
  await expect(page.getByRole("article").first()).toBeVisible();
});

test("the header navigates and marks the current page; the footer shows the catalog version", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Methodology" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "How flagless ranks" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Methodology" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("contentinfo")).toContainText(/Catalog version \d{4}-\d{2}-\d{2}/);
});

test("the skip link is the first stop and jumps to the content", async ({ page }) => {
  await page.goto("/models");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("the theme toggle switches to dark and the choice survives a reload without a flash", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: /Theme: System/ }).click();
  await page.getByRole("button", { name: /Theme: Light/ }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("the methodology shows the time model's accuracy by class, the criteria, the quality mapping and every assumption", async ({ page }) => {
  await page.goto("/methodology");
  await expect(page.getByRole("table", { name: "Held-out rows" }).getByRole("rowheader", { name: "One GPU, dense model" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Efficiency and fixed costs by runtime" }).getByRole("rowheader", { name: "llama.cpp" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Base weight of each criterion for two sets of answers" }).getByRole("rowheader", { name: "Quality on your tasks" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Assumptions (lib/core/assumptions.ts)" }).getByRole("rowheader", { name: "HOURS_PER_MONTH" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Quality: sources/ })).toBeVisible();
});

test("the favicon is served", async ({ request }) => {
  const res = await request.get("/favicon.ico");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/icon/);
});
