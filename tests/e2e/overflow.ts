import type { Page } from "@playwright/test";

/**
 * The elements that stick out past the page's right edge (at most five), as "tag#id.class right=N":
 * an empty list means the page does not scroll sideways. Content inside a scrolling box (a wide
 * table) scrolls there, not the page, so it does not count.
 */
export function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    return [...document.querySelectorAll("body *")]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.right <= w + 1) return false;
        for (let p = el.parentElement; p; p = p.parentElement) if (["auto", "scroll"].includes(getComputedStyle(p).overflowX)) return false;
        return true;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].slice(0, 3).join(".")} right=${Math.round(el.getBoundingClientRect().right)}`);
  });
}
