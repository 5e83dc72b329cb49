import { expect, test, type Page } from "@playwright/test";

/** Three people finish the wizard; each gets a top list that honours what they said. */

async function pickTask(page: Page, task: string, level: string) {
  await page.getByRole("group", { name: task }).getByText(level, { exact: true }).click();
}

async function next(page: Page, label: RegExp) {
  await page.getByRole("button", { name: label }).click();
}

/** The top cards' headings ("Rank 1: ...") and deployment lines, as a person reads them. */
async function topList(page: Page, n = 3) {
  const cards = page.getByRole("article");
  await expect(cards.first()).toBeVisible();
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(((await cards.nth(i).textContent()) ?? "").slice(0, 400));
  return out;
}

async function sameAfterReloadAndCopiedLink(page: Page) {
  const before = await topList(page);
  await page.reload();
  expect(await topList(page)).toEqual(before);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain("/results?");
  const other = await page.context().newPage();
  await other.goto(link);
  expect(await topList(other)).toEqual(before);
  await other.close();
}

test("an EU company allowing EU processing only gets API or rented-GPU options processed in the EU", async ({ page }) => {
  await page.goto("/wizard");
  await pickTask(page, "Coding", "Essential");
  await pickTask(page, "Chat and assistance", "Important");
  await next(page, /Next: Data residency/);
  await expect(page).toHaveURL(/step=2/);
  await page.getByLabel("EU only").check();
  await next(page, /Next: Hosting/);
  await page.getByLabel("A provider's API").check();
  await page.getByLabel("Rented GPUs").check();
  await page.getByLabel("Own hardware").uncheck();
  await next(page, /Next: Budget/);
  await page.getByLabel("Monthly budget (US dollars)").fill("2000");
  await next(page, /Next: Constraints/);
  await next(page, /See my results/);
  await expect(page).toHaveURL(/\/results\?.*r=eu/);
  await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
  for (const card of await topList(page, 5)) {
    expect(card).toContain("Prompts processed in: European Union");
    expect(card).toMatch(/A provider's API|Rented GPUs/);
  }
  await sameAfterReloadAndCopiedLink(page);
});

test("a hobbyist with one RTX 4090 and nothing leaving the house gets models that run on it", async ({ page }) => {
  await page.goto("/wizard");
  await pickTask(page, "Reasoning and maths", "Essential");
  await next(page, /Next: Data residency/);
  await page.getByLabel("Nothing leaves our premises").check();
  await next(page, /Next: Hosting/);
  await expect(page.getByText("only your own hardware fits")).toBeVisible();
  await page.getByLabel("GPU you own").selectOption({ label: "NVIDIA GeForce RTX 4090 (24 GB)" });
  await page.getByLabel("How many").first().fill("1");
  await next(page, /Next: Budget/);
  await page.getByLabel("About 100k tokens a day").check();
  await page.getByLabel("Monthly budget (US dollars)").fill("50");
  await next(page, /Next: Constraints/);
  await next(page, /See my results/);
  await expect(page).toHaveURL(/hw=rtx-4090:1/);
  for (const card of await topList(page, 5)) {
    expect(card).toContain("Own hardware");
    expect(card).toContain("Prompts processed in: Your premises");
    expect(card).toContain("RTX 4090");
  }
  await sameAfterReloadAndCopiedLink(page);
});

test("a US startup on APIs at 300M tokens a month gets API options", async ({ page }) => {
  await page.goto("/wizard");
  await pickTask(page, "Agents and tools", "Essential");
  await pickTask(page, "Coding", "Important");
  await next(page, /Next: Data residency/);
  await page.getByLabel("Anywhere", { exact: true }).check();
  await next(page, /Next: Hosting/);
  await page.getByLabel("A provider's API").check();
  await page.getByLabel("Rented GPUs").uncheck();
  await page.getByLabel("Own hardware").uncheck();
  await next(page, /Next: Budget/);
  await page.getByLabel("About 10M tokens a day").check();
  await expect(page.getByText(/300M tokens a month is about 10M a day/)).toBeVisible();
  await page.getByLabel("Monthly budget (US dollars)").fill("500");
  await next(page, /Next: Constraints/);
  await next(page, /See my results/);
  await expect(page).toHaveURL(/tok=300M/);
  for (const card of await topList(page, 5)) expect(card).toContain("A provider's API");
  await sameAfterReloadAndCopiedLink(page);
});

test("the wizard will not go on without a task, and says so next to the tasks", async ({ page }) => {
  await page.goto("/wizard");
  await next(page, /Next: Data residency/);
  await expect(page.getByText(/at least one task/i).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: /Your tasks/ })).toBeVisible();
});

test("reload and the back button keep the answers", async ({ page }) => {
  await page.goto("/wizard");
  await pickTask(page, "Writing", "Important");
  await next(page, /Next: Data residency/);
  await page.getByLabel("EU only").check();
  await next(page, /Next: Hosting/);
  await expect(page).toHaveURL(/step=3/);
  await page.reload();
  await expect(page.getByRole("heading", { name: /Hosting/ })).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel("EU only")).toBeChecked();
  await page.goBack();
  await expect(page.getByRole("group", { name: "Writing" }).getByLabel("Important")).toBeChecked();
});
