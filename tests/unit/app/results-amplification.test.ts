import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Invalid } from "@/app/(site)/results/invalid";
import { answersFromQuery } from "@/lib/answers";
import { catalog } from "@/lib/catalog";

vi.mock("server-only", () => ({}));

/**
 * Issue 13, item 5, on the page: `/results?...&w=` followed by 15,000 commas rendered 12.8 MB of
 * HTML (one row per comma). The page reads the query with answersFromQuery and shows its issues
 * through <Invalid>; both must stay small however long the lists in the URL.
 */
const BASE = "t=coding:3&r=eu&h=api&b=1&tok=1M";

function page(query: string): { html: string; issues: number } {
  const params = new URLSearchParams(query);
  const parsed = answersFromQuery(params, catalog);
  expect(parsed.ok).toBe(false);
  const issues = parsed.ok ? [] : parsed.issues;
  return { html: renderToStaticMarkup(createElement(Invalid, { issues, params })), issues: issues.length };
}

describe("/results for a query with very long lists", () => {
  it.each([
    ["w= and 15,000 commas", `${BASE}&w=${",".repeat(15_000)}`],
    ["t= and 15,000 commas", `t=${",".repeat(15_000)}&r=eu&h=api&b=1&tok=1M`],
    ["5,000 unknown regions", `t=coding:3&r=${Array.from({ length: 5_000 }, () => "mars").join(",")}&h=api&b=1&tok=1M`],
    ["5,000 unknown tasks", `t=${Array.from({ length: 5_000 }, (_, i) => `x${i}:3`).join(",")}&r=eu&h=api&b=1&tok=1M`],
    ["60 bad GPU counts", `${BASE.replace("h=api", "h=own-hardware")}&hw=${Array.from({ length: 60 }, () => "rtx-4090:0").join(",")}`],
    ["every list long at once", `t=${",".repeat(9_000)}&r=${",".repeat(9_000)}&h=${",".repeat(9_000)}&b=1&tok=1M&w=${",".repeat(9_000)}&ex=${",".repeat(9_000)}`],
  ])("shows a few issues in a few KB of HTML: %s", (_, query) => {
    const { html, issues } = page(query);
    expect(issues).toBeLessThanOrEqual(6 * 5);
    expect(html.length).toBeLessThan(20_000);
    expect(html.length).toBeLessThan(query.length + 20_000);
  });

  it("caps the issues of one field and says how many more there are", () => {
    const query = `${BASE.replace("h=api", "h=own-hardware")}&hw=${Array.from({ length: 12 }, () => "no-such-gpu:1").join(",")}`;
    const { html } = page(query);
    expect(html).toMatch(/and \d+ more issues? with this field/);
  });
});
