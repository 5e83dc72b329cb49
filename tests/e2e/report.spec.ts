import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

/** An EU bank's answers (issue 20). */
const QUERY = "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=200M";

/**
 * Plain fetch for direct requests: Playwright's request context re-encodes ":" and "," in the
 * query, which the share format keeps literal as separators.
 */
function absolute(path: string): string {
  const base = test.info().project.use.baseURL;
  if (!base) throw new Error("playwright.config.ts sets baseURL");
  return new URL(path, base).toString();
}

/** The PDF's text as pdftotext (poppler-utils) reads it. */
function pdfText(pdf: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), "flagless-e2e-")), "memo.pdf");
  writeFileSync(file, pdf);
  const r = spawnSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
}

async function memo(query: string): Promise<{ status: number; type: string | null; text: string }> {
  const res = await fetch(absolute(`/api/report?${query}`));
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get("content-type"), text: res.status === 200 ? pdfText(bytes) : "" };
}

test.describe("PDF decision memo", () => {
  test("the results page's Download PDF link downloads the memo", async ({ page }) => {
    await page.goto(`/results?${QUERY}`);
    const link = page.getByRole("link", { name: /Download PDF/ });
    await expect(link).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^flagless-recommendation-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(readFileSync(await download.path()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  test("the EU bank's memo says where its prompts go, for every option", async () => {
    const { status, type, text } = await memo(QUERY);
    expect(status).toBe(200);
    expect(type).toBe("application/pdf");
    expect(text.match(/WHERE YOUR PROMPTS GO/g)).toHaveLength(5);
    expect(text).toContain("Processed in");
    expect(text).toContain("the EU");
    expect(text).toMatch(/parent company in /);
    expect(text).toContain("Data processing agreement");
    expect(text).toContain("Left out, and why");
  });

  test("a Chinese company gets the memo in Chinese with costs in yuan", async () => {
    const { status, text } = await memo("t=chinese:3,chat:2&r=cn&h=api,cloud-gpu&b=5000&tok=500M&lang=zh");
    expect(status).toBe(200);
    expect(text).toContain("选用哪个大语言模型，以及如何部署");
    expect(text).toContain("提示词的去向");
    expect(text).toMatch(/¥[\d,]+\.\d\d/);
  });

  test.describe("bad paper sizes", () => {
    for (const paper of ["legal", "constructor", "__proto__"]) {
      test(`paper=${paper} is answered 422 naming the field`, async () => {
        const res = await fetch(absolute(`/api/report?${QUERY}&paper=${paper}`));
        expect(res.status).toBe(422);
        const body = (await res.json()) as { issues: { path: string }[] };
        expect(body.issues.map((i) => i.path)).toEqual(["paper"]);
      });
    }
  });
});
