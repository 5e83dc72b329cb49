import { catalog } from "@/lib/catalog";

/**
 * What the site's footer shows about the catalog: its version, and whether any benchmark row was
 * read from llm-stats (CC BY 4.0 asks for credit where its rows are used).
 */
export function chromeProps(): { catalogVersion: string; creditsLlmStats: boolean } {
  const llmStats =
    catalog.models.some((m) => m.benchmarks.some((b) => b.source.includes("llm-stats"))) ||
    (catalog.quality?.sources ?? []).some((s) => s.source.includes("llm-stats") || (s.url ?? "").includes("llm-stats"));
  return { catalogVersion: catalog.version, creditsLlmStats: llmStats };
}

/**
 * Whether a browser's Accept-Language puts Chinese before English: then the English pages suggest
 * the Chinese ones with a link. Only a suggestion: a shared link is never redirected.
 */
export function prefersChinese(acceptLanguage: string | null): boolean {
  if (!acceptLanguage) return false;
  const ranked = acceptLanguage
    .split(",")
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = Number(params.find((x) => x.trim().startsWith("q="))?.trim().slice(2) ?? 1);
      return { tag, q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((x) => x.q > 0 && x.tag)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  const first = ranked.find((x) => x.tag.startsWith("zh") || x.tag.startsWith("en"));
  return first?.tag.startsWith("zh") ?? false;
}
