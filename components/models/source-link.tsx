/** A source (URL or owner/repo/path) and its as-of date, as a short link. */
export function SourceLink({ source, asOf }: { source: string; asOf?: string }) {
  const href = /^https?:\/\//.test(source) ? source : `https://github.com/${source.replace(/@.*$/, "")}`;
  let host = source;
  try {
    host = new URL(href).hostname.replace(/^www\./, "");
  } catch {
    // Not a URL: shown as written.
  }
  return (
    <span className="text-xs text-muted">
      <a href={href} rel="noreferrer">{host}</a>
      {asOf ? `, ${asOf}` : ""}
    </span>
  );
}
