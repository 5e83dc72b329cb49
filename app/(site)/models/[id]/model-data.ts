import { catalog } from "@/lib/catalog";
import { memoryFromCatalog } from "@/lib/engine";
import { formatChoices, physModel } from "@/lib/physics";
import type { Model } from "@/lib/schema/catalog";
import { format, words } from "@/lib/vocab";
import type { MemoryRows } from "@/components/models/memory-table";

const W = words("en");
const CONTEXTS = [8192, 32768, 131072];

/** Weights plus the KV cache of one sequence, per format the model can run in and per context, from the physics module. */
export function memoryRows(m: Model): MemoryRows | undefined {
  const pm = physModel(m);
  if (!pm) return undefined;
  const contexts = [...new Set([...CONTEXTS.filter((c) => c < m.contextTokens), m.contextTokens])];
  return {
    contexts: contexts.map((c) => format.tokens(c)),
    rows: formatChoices(pm).map((q) => ({
      format: W.quant(q),
      cells: contexts.map((c) => {
        const r = memoryFromCatalog({ model: m.id, quant: q, context: c, batch: 1 }, catalog);
        return r.ok ? format.gigabytes(r.value.totalBytes) : undefined;
      }),
    })),
  };
}

/** The catalog's evidence rows about one model: independent evaluations first, then vendor-reported tables. */
export function qualityRows(id: string) {
  const sources = catalog.quality?.sources ?? [];
  return sources
    .flatMap((s) =>
      s.rows
        .filter((r) => r.model === id)
        .map((r) => ({
          key: `${s.id}/${r.metric}/${r.setting ?? ""}/${r.as}`,
          source: s.name,
          kind: s.kind,
          secondary: s.secondary,
          metric: s.metrics[r.metric]?.label ?? r.metric,
          score: r.low !== undefined && r.high !== undefined ? `${format.grouped(r.score, 1)} (${format.grouped(r.low, 1)}-${format.grouped(r.high, 1)})` : format.grouped(r.score, 1),
          setting: r.setting,
          date: r.date ?? s.asOf,
          href: s.url ?? s.source,
          credit: s.credit,
        })),
    )
    .sort((a, b) => (a.kind === b.kind ? a.source.localeCompare(b.source) : a.kind === "independent" ? -1 : 1));
}

/** A model by its id or a former id (an alias redirects to its release). */
export function findModel(id: string): { model: Model; redirect: boolean } | undefined {
  const direct = catalog.models.find((x) => x.id === id);
  if (direct) return { model: direct, redirect: false };
  const aliased = catalog.models.find((x) => (x.aliases ?? []).includes(id));
  return aliased ? { model: aliased, redirect: true } : undefined;
}

export const modelById = (id: string) => catalog.models.find((x) => x.id === id);
