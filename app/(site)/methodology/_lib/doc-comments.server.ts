import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The doc comment above each `export const NAME` of a library module, read from its source: the
 * methodology page shows every assumption with the reason the code gives for it, so the page and
 * the code cannot say different things. A constant right under another one without a comment of its
 * own shares that comment (a pair such as TTFT_GOOD_SECONDS and TTFT_BAD_SECONDS). Values always
 * come from the import itself; a build that ships without the sources shows the values alone.
 */
export function docComments(relativePath: string): Map<string, string> {
  const out = new Map<string, string>();
  let text = "";
  try {
    text = readFileSync(join(process.cwd(), relativePath), "utf8");
  } catch {
    return out;
  }
  let last = "";
  let pending: string | undefined;
  let inComment = false;
  let buffer: string[] = [];
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (inComment) {
      const body = t.replace(/\*\/$/, "").replace(/^\*\s?/, "").trim();
      if (body) buffer.push(body);
      if (t.endsWith("*/")) {
        inComment = false;
        pending = buffer.join(" ");
      }
      continue;
    }
    if (t.startsWith("/**")) {
      buffer = [];
      const body = t.replace(/^\/\*\*/, "").replace(/\*\/$/, "").trim();
      if (body) buffer.push(body);
      if (t.endsWith("*/")) pending = buffer.join(" ");
      else inComment = true;
      continue;
    }
    const m = /^export const ([A-Z0-9_]+)/.exec(t);
    if (m?.[1]) {
      last = pending ?? last;
      out.set(m[1], last);
      pending = undefined;
    } else {
      last = "";
      if (t !== "") pending = undefined;
    }
  }
  return out;
}
