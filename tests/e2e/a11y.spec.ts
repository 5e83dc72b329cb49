import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { CN_COMPANY, EU_BANK, HOBBYIST } from "./people";

/** Every page: no serious or critical axe violation, in both themes; screenshots at phone and desktop widths. */
const PAGES: [string, string][] = [
  ["home", "/"],
  ["wizard-1", "/wizard"],
  ["wizard-2", "/wizard?t=coding:3&step=2"],
  ["wizard-3", `/wizard?${HOBBYIST}&step=3`],
  ["wizard-4", "/wizard?t=coding:3&r=eu&h=api&step=4"],
  ["wizard-5", "/wizard?t=coding:3&r=eu&h=api&b=2000&tok=30M&step=5"],
  ["results-eu", `/results?${EU_BANK}`],
  ["results-hobbyist", `/results?${HOBBYIST}`],
  ["results-cn", `/results?${CN_COMPANY}&group=model`],
  ["results-invalid", "/results?t=coding:9&r=mars&h=api&b=-1&tok=30M"],
  ["models", "/models"],
  ["model", "/models/deepseek-v3"],
  ["model-api", "/models/claude-sonnet-4.5"],
  ["embed", `/embed?${EU_BANK}`],
  ["methodology", "/methodology"],
  ["not-found", "/nope"],
];

for (const [name, path] of PAGES) {
  for (const scheme of ["light", "dark"] as const) {
    test(`${name} (${scheme}) has no serious accessibility violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      // Folds open, so their tables and links are checked too.
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      await page.waitForTimeout(300);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: `test-results/screenshots/${name}-${scheme}-${width}.png`, fullPage: true });
      }
      expect(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
    });
  }
}
