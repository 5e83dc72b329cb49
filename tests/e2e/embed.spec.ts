import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type FrameLocator, type Locator, type Page } from "@playwright/test";
import { APP } from "./people";

/**
 * The widget as another site sees it: a page on a different origin (another local port)
 * carries two embed.js snippets pointing at the app.
 */
const QUERY_A = "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=300M";
const QUERY_B = "t=reasoning:3&r=any&h=api&b=500&tok=50M";

const HOST_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title></head>
<body style="margin:0;font-family:serif">
  <h1>A blog post about language models</h1>
  <div style="width:320px"><script src="${APP}/embed.js" data-query="${QUERY_A}" async></script></div>
  <p>Some text between the widgets.</p>
  <div style="width:600px"><script src="${APP}/embed.js" data-query="?${QUERY_B}" data-theme="dark" data-top="5" async></script></div>
</body></html>`;

let server: Server;
let hostUrl = "";

test.beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(HOST_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** How far the iframe's height is from the widget's own height inside it. */
async function heightGap(iframe: Locator, frame: FrameLocator): Promise<number> {
  const box = await iframe.boundingBox();
  const content = await frame.locator("#flagless-widget").evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom));
  return Math.abs((box?.height ?? 0) - content);
}

test.describe("embed.js on another site", () => {
  test("renders both widgets, each at its content height", async ({ page }) => {
    await page.goto(hostUrl);
    const iframes = page.locator("iframe");
    await expect(iframes).toHaveCount(2);
    const ids = await iframes.evaluateAll((els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(2);

    for (const [i, top] of [[0, 3], [1, 5]] as const) {
      const iframe = iframes.nth(i);
      await expect(iframe).toHaveAttribute("title", /flagless/);
      await expect(iframe).toHaveAttribute("loading", "lazy");
      const frame = page.frameLocator(`#${ids[i]}`);
      await expect(frame.getByRole("heading", { name: `Top ${top} for these needs` })).toBeVisible();
      await expect(frame.getByRole("listitem")).toHaveCount(top);
      await expect.poll(() => heightGap(iframe, frame)).toBeLessThanOrEqual(1);
      const height = (await iframe.boundingBox())?.height ?? 0;
      expect(height).not.toBe(150);
      expect(height).not.toBe(220);
    }
    // The two widgets differ in length, so each was sized on its own.
    const [a, b] = await iframes.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(a).not.toBe(b);
    const scheme = await page.frameLocator(`#${ids[1]}`).locator("html").evaluate((el) => getComputedStyle(el).colorScheme);
    expect(scheme).toBe("dark");
  });

  test("ignores height messages from any other origin", async ({ page }) => {
    await page.goto(hostUrl);
    const iframe = page.locator("iframe").first();
    const id = await iframe.getAttribute("id");
    await expect.poll(() => heightGap(iframe, page.frameLocator(`#${id}`))).toBeLessThanOrEqual(1);
    const before = (await iframe.boundingBox())?.height;
    await page.evaluate((frameId) => window.postMessage({ type: "flagless:height", id: frameId, height: 3333 }, "*"), id);
    await page.waitForTimeout(300);
    expect((await iframe.boundingBox())?.height).toBe(before);
  });

  test("opens the full result in a new tab from each widget", async ({ page }) => {
    await page.goto(hostUrl);
    for (const [i, query] of [[0, QUERY_A], [1, QUERY_B]] as const) {
      const frame = page.frameLocator(`#${await page.locator("iframe").nth(i).getAttribute("id")}`);
      const link = frame.getByRole("link", { name: /Full result/ });
      await expect(link).toHaveAttribute("target", "_blank");
      await expect(link).toHaveAttribute("rel", "noopener");
      const [popup] = await Promise.all([page.waitForEvent("popup"), link.click()]);
      await popup.waitForLoadState("domcontentloaded");
      expect(popup.url()).toBe(`${APP}/results?${query}`);
      await popup.close();
    }
  });
});

test.describe("/embed page", () => {
  test("fits 300 and 600 px without sideways scrolling, with no site header", async ({ page }) => {
    for (const width of [300, 600]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`/embed?${QUERY_A}&top=5`);
      await expect(page.getByRole("listitem")).toHaveCount(5);
      await expect(page.getByRole("banner")).toBeHidden();
      await expect(page.getByRole("contentinfo")).toBeHidden();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  });

  test("names the bad field of an invalid query and links to the wizard", async ({ page }) => {
    await page.goto("/embed?t=coding:3&r=eu&h=api&b=lots&tok=1M");
    const alert = page.getByRole("alert").filter({ hasText: "answers are not valid" });
    await expect(alert).toContainText("budgetUsdPerMonth");
    await expect(alert.getByRole("link", { name: /wizard/ })).toHaveAttribute("href", "/wizard");
  });

  test("shows the catalog's field error for a GPU it does not know, as the API does", async ({ page }) => {
    await page.goto("/embed?t=coding:3&r=eu&h=api&b=100&tok=1M&hw=not-a-gpu:1");
    const alert = page.getByRole("alert").filter({ hasText: "answers are not valid" });
    await expect(alert).toContainText("hardware.0.gpu");
    await expect(alert).toContainText("not a GPU in the catalog");
  });

  test("shows 1 to 5 options as data-top asks, 3 by default", async ({ page }) => {
    for (const [top, n] of [["", 3], ["1", 1], ["5", 5], ["9", 5]] as const) {
      await page.goto(`/embed?${QUERY_A}${top ? `&top=${top}` : ""}`);
      await expect(page.getByRole("listitem")).toHaveCount(n);
    }
  });

  test("sets no cookie", async ({ page, context }) => {
    const res = await page.goto(`/embed?${QUERY_A}`);
    expect(res?.headers()["set-cookie"]).toBeUndefined();
    expect(await context.cookies()).toEqual([]);
  });
});

/** The colour of one pixel of the page, read from a screenshot drawn on a canvas. */
async function pixel(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = (await page.screenshot({ clip: { x, y, width: 1, height: 1 } })).toString("base64");
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = 1;
    c.height = 1;
    const ctx = c.getContext("2d");
    ctx?.drawImage(img, 0, 0);
    const d = ctx?.getImageData(0, 0, 1, 1).data ?? [0, 0, 0];
    return [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0] as [number, number, number];
  }, png);
}

test.describe("the widget's frame in a dark-mode browser on a light site", () => {
  test.use({ colorScheme: "dark" });

  test("shows the site through the frame's corners, never the frame's own background", async ({ page }) => {
    await page.goto(hostUrl);
    for (const i of [0, 1]) {
      const iframe = page.locator("iframe").nth(i);
      const id = await iframe.getAttribute("id");
      await expect(page.frameLocator(`#${id}`).getByRole("heading", { name: /for these needs/ })).toBeVisible();
      await iframe.scrollIntoViewIfNeeded();
      const box = await iframe.boundingBox();
      if (!box) throw new Error("no frame box");
      // The host page is white: each corner outside the card's rounding shows it.
      const corners: [number, number][] = [[box.x + 1, box.y + 1], [box.x + box.width - 2, box.y + 1], [box.x + 1, box.y + box.height - 2]];
      for (const [x, y] of corners) {
        const [r, g, b] = await pixel(page, x, y);
        expect(Math.min(r, g, b), `frame ${i} corner at ${x},${y}`).toBeGreaterThan(240);
      }
    }
  });
});

test.describe("framing rules", () => {
  test("/embed may be framed by any site", async ({ request }) => {
    const h = (await request.get(`/embed?${QUERY_A}`)).headers();
    expect(h["content-security-policy"]).toContain("frame-ancestors *");
    expect(h["x-frame-options"]).toBeUndefined();
  });

  for (const path of ["/", `/results?${QUERY_A}`, "/api/recommend?x=1"]) {
    test(`${path} may not be framed`, async ({ request }) => {
      const h = (await request.get(path)).headers();
      expect(h["x-frame-options"]).toBe("DENY");
      expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    });
  }

  test("/embed.js is served as JavaScript", async ({ request }) => {
    const res = await request.get("/embed.js");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toMatch(/javascript/);
  });
});
