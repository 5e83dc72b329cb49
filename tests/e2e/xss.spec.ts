import { execFileSync } from "node:child_process";
import { expect, test, type Dialog, type Page } from "@playwright/test";
import { PARAM } from "../../lib/share/params";

/**
 * Every query parameter of /results, /embed and /api/report is attacker-controlled: a link can be
 * sent to anyone, and /embed is framed by any site. A script payload in any of them must be shown
 * as text, rejected with a message or ignored, and must never run. The payloads set a global flag,
 * open a dialog and carry an element id, so that running in any way is seen. Escaping is the first
 * defence; the CSP (scripts by nonce only, proxy.ts) is the second, tested on its own at the end.
 */
const BASE: Record<string, string> = { t: "coding:3,chat:2", r: "eu", h: "api,cloud-gpu", b: "2000", tok: "50M" };
const RUN = "window.__xss=1;alert(1)";
const PAYLOADS = [
  `<script>${RUN}</script>`,
  `"><img id=xss-probe src=x onerror="${RUN}">`,
  `javascript:${RUN}//`,
  `'><svg id=xss-probe onload=alert(1)>`,
];

/** The ways a payload can sit in a parameter: the whole value, or one atom of a list or pair. */
function placements(param: string, payload: string): string[] {
  const p = encodeURIComponent(payload);
  if (param === PARAM.tasks) return [`coding:3,${p}:2`, `coding:${p}`];
  if (param === PARAM.weights) return [`${p}:2`, `cost:${p}`];
  if (param === PARAM.hardware) return [`${p}:1`, `rtx-4090:${p}`];
  if ([PARAM.regions, PARAM.hosting, PARAM.excludedOrigins].includes(param)) return [`${BASE[param] ?? "eu"},${p}`, p];
  return [p];
}

function urlsFor(path: string, param: string): { url: string; payload: string }[] {
  return PAYLOADS.flatMap((payload) =>
    placements(param, payload).map((value) => {
      // BASE values are plain ASCII and written as they are; only the payload is percent-encoded.
      const query = Object.entries({ ...BASE, [param]: value }).map(([k, v]) => `${k}=${v}`);
      return { url: `${path}?${query.join("&")}`, payload };
    }),
  );
}

const SHARE_PARAMS = Object.values(PARAM);
const SURFACES = [
  { path: "/results", params: [...SHARE_PARAMS, "cmp", "step", "limit", "offset", "group", "lang", "xss"] },
  { path: "/embed", params: [...SHARE_PARAMS, "theme", "top", "id", "lang", "xss"] },
];

type Findings = { dialogs: string[]; flag: unknown; probes: number; jsUrls: number };

/** Everything that shows a payload ran or became markup, after `load` has run the page. */
async function findings(page: Page, load: () => Promise<void>): Promise<Findings> {
  const dialogs: string[] = [];
  const onDialog = (d: Dialog) => {
    dialogs.push(d.message());
    void d.dismiss();
  };
  page.on("dialog", onDialog);
  await load();
  await page.waitForTimeout(50);
  page.off("dialog", onDialog);
  return {
    dialogs,
    flag: await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    probes: await page.locator("#xss-probe").count(),
    jsUrls: await page.locator('a[href^="javascript:" i], iframe[src^="javascript:" i], form[action^="javascript:" i]').count(),
  };
}

async function expectInert(page: Page, url: string, payload: string): Promise<"shown" | "other"> {
  const found = await findings(page, async () => {
    const res = await page.goto(url, { waitUntil: "load" });
    expect(res?.status(), url).toBeLessThan(500);
  });
  expect(found, `the payload ran or became markup for ${url}`).toEqual({ dialogs: [], flag: undefined, probes: 0, jsUrls: 0 });
  const text = await page.locator("body").innerText();
  return text.includes(payload) ? "shown" : "other";
}

test("the detector sees each payload when it is pasted into a page unescaped", async ({ page }) => {
  // A blank page: on an app page, the framework's client router may replace the pasted markup.
  await page.goto("about:blank");
  const found = await findings(page, () => page.setContent(`<main>${PAYLOADS.join("")}<a href="${PAYLOADS[2]}">x</a></main>`));
  expect(found.dialogs.length).toBeGreaterThan(0);
  expect(found.flag).toBe(1);
  expect(found.probes).toBeGreaterThan(0);
  expect(found.jsUrls).toBeGreaterThan(0);
});

for (const surface of SURFACES) {
  test.describe(`XSS through ${surface.path}`, () => {
    for (const param of surface.params) {
      test(`a script payload in "${param}" never runs`, async ({ page }) => {
        // Up to 8 page loads, each a full ranking when the payload leaves the answers valid.
        test.slow();
        const seen: string[] = [];
        for (const { url, payload } of urlsFor(surface.path, param)) seen.push(await expectInert(page, url, payload));
        test.info().annotations.push({ type: "payload shown as text", description: `${seen.filter((s) => s === "shown").length} of ${seen.length}` });
      });
    }
  });
}

/** A PDF may carry scripts or links of its own: the memo must carry neither a script action nor a javascript: link. */
function pdfIsInert(pdf: Buffer): void {
  const raw = pdf.toString("latin1");
  expect(raw.startsWith("%PDF-")).toBe(true);
  expect(raw).not.toMatch(/\/(JavaScript|JS|Launch)\b/);
  for (const m of raw.matchAll(/\/URI\s*\(([^)]*)\)/g)) expect(m[1] ?? "").toMatch(/^https?:\/\//);
}

test.describe("XSS through /api/report", () => {
  for (const param of [...SHARE_PARAMS, "paper", "xss"]) {
    test(`a script payload in "${param}" gives a PDF without scripts, or a JSON error, never HTML`, async ({ request }) => {
      for (const { url, payload } of urlsFor("/api/report", param)) {
        const res = await request.get(url);
        expect(res.status(), url).toBeLessThan(500);
        const type = res.headers()["content-type"] ?? "";
        expect(res.headers()["x-content-type-options"]).toBe("nosniff");
        if (res.status() === 200) {
          expect(type).toBe("application/pdf");
          const pdf = await res.body();
          pdfIsInert(pdf);
          // Whatever of the payload reaches the memo is text on the page.
          const text = execFileSync("pdftotext", ["-", "-"], { input: pdf }).toString();
          expect(text.length).toBeGreaterThan(0);
        } else {
          expect(type, url).toMatch(/^application\/json/);
          const body = (await res.json()) as { error: string; issues?: { path: string; message: string }[] };
          expect(body.issues?.length, `${url} (payload ${payload})`).toBeGreaterThan(0);
        }
      }
    });
  }
});

test.describe("the CSP as a second defence", () => {
  for (const path of ["/", `/results?${Object.entries(BASE).map(([k, v]) => `${k}=${v}`).join("&")}`, "/embed?t=coding:3&r=eu&h=api&b=500&tok=50M"]) {
    test(`an inline script or handler injected into ${path.split("?")[0]} does not run`, async ({ page }) => {
      const violations: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" && /Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      await page.goto(path, { waitUntil: "load" });
      // The page itself runs under its policy without a violation: every script of its own is allowed.
      expect(violations).toEqual([]);
      const ran = await page.evaluate(async () => {
        const w = window as unknown as { __xss?: number };
        const s = document.createElement("script");
        s.textContent = "window.__xss=1";
        document.body.append(s);
        const img = document.createElement("img");
        img.setAttribute("onerror", "window.__xss=2");
        img.src = "data:,x";
        document.body.append(img);
        await new Promise((r) => setTimeout(r, 100));
        return w.__xss;
      });
      expect(ran).toBeUndefined();
      expect(violations.length).toBeGreaterThan(0);
    });
  }

  test("an API answer carrying a payload is JSON that may not run anything", async ({ request }) => {
    const res = await request.get(`/api/recommend?t=coding:3&r=eu&h=api&b=1&tok=1M&ex=${encodeURIComponent(PAYLOADS[0] ?? "")}`);
    expect(res.status()).toBe(422);
    expect(res.headers()["content-type"]).toMatch(/^application\/json/);
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
