import { expect, test } from "@playwright/test";
import { CN_COMPANY, EU_BANK, HOBBYIST } from "./people";
import { overflowingElements } from "./overflow";

/** Every page a person reaches, at a phone's width: none may scroll sideways (issue 20, item 1). */
const PAGES: [string, string][] = [
  ["home", "/"],
  ["wizard step 1", "/wizard"],
  ["wizard step 2", "/wizard?t=coding:3&step=2"],
  ["wizard step 3", "/wizard?t=coding:3&r=eu&h=api,cloud-gpu,own-hardware&hw=apple-m2-ultra:1&step=3"],
  ["wizard step 3, own hardware only", `/wizard?${HOBBYIST}&step=3`],
  ["wizard step 4", "/wizard?t=coding:3&r=eu&h=api&step=4"],
  ["wizard step 5", "/wizard?t=coding:3&r=eu&h=api&b=2000&tok=30M&step=5"],
  ["results, EU bank", `/results?${EU_BANK}`],
  ["results, hobbyist", `/results?${HOBBYIST}`],
  ["results, China", `/results?${CN_COMPANY}`],
  ["results, one row per model", `/results?${EU_BANK}&group=model`],
  ["results, invalid", "/results?t=coding:9&r=mars&h=api&b=-1&tok=30M"],
  ["models", "/models"],
  ["a model", "/models/deepseek-v3"],
  ["an API-only model", "/models/claude-sonnet-4.5"],
  ["methodology", "/methodology"],
];

test.use({ viewport: { width: 390, height: 844 } });

for (const [name, path] of PAGES) {
  test(`${name} does not scroll sideways at 390 px`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // Open every fold, so that what a person can open is measured too.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    await page.waitForTimeout(300);
    const wide = await overflowingElements(page);
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}
