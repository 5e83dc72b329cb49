/**
 * A URL split into lines of at most `max` characters, after "/", "?", "&" or "#" where it can, so
 * that a printed link breaks where a reader expects and copies back without stray characters.
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
