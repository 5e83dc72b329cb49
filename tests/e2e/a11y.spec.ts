import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

/** Every page: no serious or critical axe violation, in both themes; screenshots at phone and desktop widths. */
const PAGES: [string, string][] = [
  ["home", "/"],
  ["wizard-1", "/wizard"],
  ["wizard-3", "/wizard?t=reasoning:3&r=any&h=own-hardware&hw=rtx-4090:1&step=3"],
  ["wizard-4", "/wizard?t=coding:3&r=eu&h=api&step=4"],
  ["wizard-5", "/wizard?t=coding:3&r=eu&h=api&b=2000&tok=30M&step=5"],
  ["results", "/results?t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=30M"],
  ["results-invalid", "/results?t=coding:9&r=mars&h=api&b=-1&tok=30M"],
  ["models", "/models"],
  ["model", "/models/deepseek-v3"],
  ["methodology", "/methodology"],
  ["not-found", "/nope"],
];

for (const [name, path] of PAGES) {
  for (const scheme of ["light", "dark"] as const) {
    test(`${name} (${scheme}) has no serious accessibility violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await page.waitForLoadState("networkidle");
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
