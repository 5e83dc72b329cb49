import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { catalog } from "@/lib/catalog";

vi.mock("server-only", () => ({}));

/**
 * Issue 13, item 1: every distinct unknown `/models/<id>` was rendered and kept on disk as an ISR
 * page. A page under a dynamic segment ([id]) must list its params and refuse the rest
 * (`dynamicParams = false`): an unknown id is then a 404 that writes nothing. The disk itself is
 * checked against a build in tests/e2e/headers.spec.ts ("unknown model ids are 404s that write
 * nothing to disk").
 */
const ROOT = join(import.meta.dirname, "..", "..", "..");
const APP = join(ROOT, "app");

function pagesUnderDynamicSegments(dir: string, dynamic = false): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...pagesUnderDynamicSegments(path, dynamic || /^\[.+\]$/.test(name)));
    else if (dynamic && /^(page|route)\.(tsx?|jsx?)$/.test(name)) out.push(relative(ROOT, path));
  }
  return out;
}

describe("pages under a dynamic segment", () => {
  const pages = pagesUnderDynamicSegments(APP);

  it("include the model page", () => {
    expect(pages).toContain(join("app", "(site)", "models", "[id]", "page.tsx"));
  });

  // A page that lists its params refuses the rest; a page rendered on every request (a catch-all
  // not-found page) keeps nothing either.
  it.each(pages)("%s refuses params it did not list, or is rendered per request", (file) => {
    const source = readFileSync(join(ROOT, file), "utf8");
    if (/^export const dynamic = "force-dynamic";$/m.test(source)) return;
    expect(source).toMatch(/^export const dynamicParams = false;$/m);
    expect(source).toMatch(/^export (async )?function generateStaticParams\(/m);
  });

  it("the model page lists exactly the catalog's ids and former ids", async () => {
    const page = (await import("@/app/(site)/models/[id]/page")) as { dynamicParams?: boolean; generateStaticParams: () => { id: string }[] };
    expect(page.dynamicParams).toBe(false);
    const ids = page.generateStaticParams().map((p) => p.id);
    const expected = catalog.models.flatMap((m) => [m.id, ...(m.aliases ?? [])]);
    expect(new Set(ids)).toEqual(new Set(expected));
    expect(ids.length).toBe(expected.length);
  });
});
