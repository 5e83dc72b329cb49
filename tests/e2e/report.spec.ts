import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

const QUERY = "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=300M";

/**
 * Plain fetch for direct requests: Playwright's request context re-encodes ":" and "," in the
 * query, which the share format keeps literal as separators.
 */
function absolute(path: string): string {
  const base = test.info().project.use.baseURL;
  if (!base) throw new Error("playwright.config.ts sets baseURL");
  return new URL(path, base).toString();
}

test.describe("PDF decision memo", () => {
  test("the results page's Download PDF link downloads the memo", async ({ page }) => {
    await page.goto(`/results?${QUERY}`);
    const link = page.getByRole("link", { name: "Download PDF" });
    await expect(link).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^flagless-recommendation-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(readFileSync(await download.path()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/api\/report\?/);
    const res = await fetch(absolute(href ?? ""));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
  });

  test("a bad paper size is answered 422 naming the field", async () => {
    const res = await fetch(absolute(`/api/report?${QUERY}&paper=legal`));
    expect(res.status).toBe(422);
    const body = (await res.json()) as { issues: { path: string }[] };
    expect(body.issues.map((i) => i.path)).toEqual(["paper"]);
  });
});
