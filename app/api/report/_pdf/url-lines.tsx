import { T } from "./safe-text";

/**
 * A URL split into lines of at most `max` characters, after "/", "?", "&" or "#" where it can:
 * react-pdf draws a hyphen wherever it breaks a word, which would corrupt a URL, so URLs are
 * broken here instead and never reach the hyphenation callback longer than a line.
 */
export function urlLines(url: string, max: number): string[] {
  const lines: string[] = [];
  let rest = url;
  while (rest.length > max) {
    const head = rest.slice(0, max);
    const cut = Math.max(head.lastIndexOf("/"), head.lastIndexOf("?"), head.lastIndexOf("&"), head.lastIndexOf("#"));
    const at = cut > max / 3 ? cut + 1 : max;
    lines.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest.length > 0 || lines.length === 0) lines.push(rest);
  return lines;
}

/** A URL as one text of lines (selectable, and copied without stray hyphens). */
export function UrlText({ url, max, style }: { url: string; max: number; style?: { color?: string; fontSize?: number } }) {
  return <T style={style}>{urlLines(url, max).join("\n")}</T>;
}
