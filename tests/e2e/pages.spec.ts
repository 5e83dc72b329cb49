import { expect, test } from "@playwright/test";

test("the home page says what flagless does and starts the wizard", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("not by its flag");
  await page.getByRole("link", { name: "Start the wizard" }).click();
  await expect(page.getByRole("heading", { name: /Your tasks/ })).toBeVisible();
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

test("the methodology lists every task's benchmarks", async ({ page }) => {
  await page.goto("/methodology");
  await expect(page.getByRole("heading", { name: "Coding" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "SWE-bench Verified" }).first()).toBeVisible();
});
