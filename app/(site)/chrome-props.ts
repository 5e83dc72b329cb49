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
