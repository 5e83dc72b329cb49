import { expect, test, type Page } from "@playwright/test";

/** People finish the wizard; each gets a top list that honours what they said, and edits survive every way back. */

async function pickTask(page: Page, task: string, level: string) {
  await page.getByRole("group", { name: task }).getByText(level, { exact: true }).click();
}

async function next(page: Page, label: RegExp) {
  await page.getByRole("button", { name: label }).click();
}

/** The top cards as a person reads them. */
async function topCards(page: Page, n = 3) {
  const cards = page.getByRole("article");
  await expect(cards.first()).toBeVisible();
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(((await cards.nth(i).textContent()) ?? "").slice(0, 600));
  return out;
}

/** Wait until the form's edits are mirrored into the address bar (FormUrlSync). */
async function synced(page: Page, pattern: RegExp) {
  await expect(page).toHaveURL(pattern, { timeout: 15_000 });
}

test("an EU bank allowing EU processing only gets options whose prompts are processed in the EU", async ({ page }) => {
  await page.goto("/wizard");
  await pickTask(page, "Coding", "Essential");
  await pickTask(page, "Chat and assistance", "Important");
  await next(page, /Next: Data residency/);
  await expect(page).toHaveURL(/step=2/);
  await page.getByLabel("EU only").check();
  await next(page, /Next: Hosting/);
  await page.getByLabel("API", { exact: true }).check();
  await page.getByLabel("Rented GPUs").check();
  await page.getByLabel("Own hardware").uncheck();
  await next(page, /Next: Budget/);
  await page.getByLabel("Monthly budget (US dollars)").fill("2000");
  await next(page, /Next: Constraints/);
  await next(page, /See my results/);
  await expect(page).toHaveURL(/\/results\?.*r=eu/);
  await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
  for (const card of await topCards(page, 5)) expect(card).toMatch(/Prompts processed in the EU/);
});

test("a hobbyist with one RTX 4090 and nothing leaving the house gets models that run on it, alone", async ({ page }) => {
  await page.goto("/wizard");
  await pickTask(page, "Reasoning and maths", "Essential");
  await next(page, /Next: Data residency/);
  await page.getByLabel("Nothing leaves our premises").check();
  await next(page, /Next: Hosting/);
  await expect(page.getByText("only your own hardware fits")).toBeVisible();
  await page.getByLabel("GPU you own").selectOption({ label: "NVIDIA GeForce RTX 4090 (24 GB)" });
  await next(page, /Next: Budget/);
  await page.getByLabel("About 100k tokens a day").check();
  await page.getByLabel(/Just me/).check();
  await page.getByLabel("Monthly budget (US dollars)").fill("0");
  await next(page, /Next: Constraints/);
  await next(page, /See my results/);
  await expect(page).toHaveURL(/\/results\?.*hw=rtx-4090:1/);
  // One request at a time is what 100k tokens a day implies, so the canonical link leaves conc out.
  await expect(page).not.toHaveURL(/conc=/);
  await expect(page.getByText("1 request at peak.", { exact: true })).toBeVisible();
  for (const card of await topCards(page, 5)) {
    expect(card).toContain("Prompts stay on your premises");
    expect(card).toContain("RTX 4090");
  }
});

test("a company in mainland China can exclude operators of a country and count its own hardware's full cost", async ({ page }) => {
  await page.goto("/wizard?t=chinese:3,chat:2&r=cn&step=3");
  await page.getByLabel("API", { exact: true }).check();
  await page.getByLabel("Own hardware").check();
  await page.getByLabel("GPU you own").selectOption({ label: "NVIDIA H20 (96 GB)" });
  await page.getByLabel("How many").first().fill("8");
  await page.getByLabel(/Full cost of ownership/).check();
  await page.getByLabel("Hours of operations work a month").fill("10");
  await page.getByLabel("Hourly rate of that work (US dollars)").fill("40");
  await next(page, /Next: Budget/);
  await expect(page.getByText("A product (default)")).toBeVisible();
  await page.getByLabel("Show prices in").selectOption("CNY");
  await next(page, /Next: Constraints/);
  await page.getByRole("group", { name: "Exclude providers operated from these countries" }).getByLabel("United States").check();
  await expect(page.getByRole("group", { name: "Exclude labs from these countries" }).getByRole("checkbox", { checked: true })).toHaveCount(0);
  await next(page, /See my results/);
  await expect(page).toHaveURL(/exop=US/);
  await expect(page).toHaveURL(/ohc=tco/);
  await expect(page).toHaveURL(/cur=CNY/);
  await expect(page.getByRole("article").first()).toContainText("¥");
});

test("the wizard will not go on without a task, and says so next to the tasks in the schema's words", async ({ page }) => {
  await page.goto("/wizard");
  await next(page, /Next: Data residency/);
  await expect(page.getByText(/at least one task must matter: mark one "Nice to have" or more/i)).toBeVisible();
  await expect(page.getByRole("heading", { name: /Your tasks/ })).toBeVisible();
  await expect(page).toHaveURL(/step=1/);
});

test("after an invalid Next the address bar holds the answers in the share format, not the raw form", async ({ page }) => {
  await page.goto("/wizard?t=coding:3&r=eu&h=api,own-hardware&step=3");
  await page.getByLabel("How many").first().fill("0");
  await page.getByLabel("GPU you own").selectOption({ label: "NVIDIA GeForce RTX 4090 (24 GB)" });
  await next(page, /Next: Budget/);
  await expect(page.getByText("Enter a whole number of GPUs from 1 to 64.")).toBeVisible();
  await expect(page).not.toHaveURL(/state=|go=|gpu\.0|count\.0/);
  await expect(page).toHaveURL(/step=3/);
});

test("the wizard's Back then Next keeps what was typed on a step", async ({ page }) => {
  await page.goto("/wizard?t=coding:3&r=eu&h=api&step=4");
  await page.getByLabel("Monthly budget (US dollars)").fill("1234");
  await page.getByLabel("About 10M tokens a day").check();
  await page.getByRole("button", { name: /Back/ }).click();
  await expect(page.getByRole("heading", { name: /Hosting/ })).toBeVisible();
  await next(page, /Next: Budget/);
  await expect(page.getByLabel("Monthly budget (US dollars)")).toHaveValue("1234");
  await expect(page.getByLabel("About 10M tokens a day")).toBeChecked();
});

test("browser Back then Forward shows the edited answers the address bar names", async ({ page }) => {
  await page.goto("/wizard?t=writing:2&r=eu&h=api&step=3");
  await next(page, /Next: Budget/);
  await expect(page).toHaveURL(/step=4/);
  await page.getByLabel("Monthly budget (US dollars)").fill("1234");
  await page.getByLabel("Monthly budget (US dollars)").blur();
  await synced(page, /b=1234/);
  await page.goBack();
  await expect(page.getByRole("heading", { name: /Hosting/ })).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL(/b=1234/);
  await expect(page.getByLabel("Monthly budget (US dollars)")).toHaveValue("1234");
});

test("reload keeps the answers, and a step in the progress bar keeps this step's edits", async ({ page }) => {
  await page.goto("/wizard");
  await pickTask(page, "Writing", "Important");
  await next(page, /Next: Data residency/);
  await page.getByLabel("EU only").check();
  await synced(page, /r=eu/);
  await page.reload();
  await expect(page.getByLabel("EU only")).toBeChecked();
  await page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button", { name: /Your tasks/ }).click();
  await expect(page.getByRole("group", { name: "Writing" }).getByLabel("Important")).toBeChecked();
  await expect(page).toHaveURL(/r=eu/);
});

test("a task left at Not needed does not look chosen", async ({ page }) => {
  await page.goto("/wizard?t=coding:3&step=1");
  const look = (task: string, level: string) =>
    page.getByRole("group", { name: task }).getByText(level, { exact: true }).evaluate((el) => {
      const s = getComputedStyle(el);
      return `${s.backgroundColor} ${s.borderStyle} ${s.color}`;
    });
  const notNeeded = await look("Writing", "Not needed");
  const chosen = await look("Coding", "Essential");
  expect(notNeeded).not.toBe(chosen);
  expect(notNeeded).toContain("dashed");
  await expect(page.getByRole("group", { name: "Writing" }).getByLabel("Not needed")).toBeChecked();
});

test("GPU names carry their memory once", async ({ page }) => {
  await page.goto("/wizard?t=coding:3&r=any&h=own-hardware&step=3");
  const options = await page.getByLabel("GPU you own").locator("option").allTextContents();
  expect(options).toContain("Apple M2 Ultra (192 GB)");
  expect(options.filter((o) => /\(\d+ GB\).*\(\d+ GB\)/.test(o))).toEqual([]);
});
